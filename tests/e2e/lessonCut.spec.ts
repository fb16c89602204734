// The lesson cut in the browser: chosen on the scenario card or by `?length=lesson`, played to its
// ending with the decisions of the cut only (the same game as in Node), and resumed after a reload
// as the cut it was started on.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { playThrough } from '../../src/sim/playthrough.ts';
import { lessonCut } from '../../src/sim/scenario/lessonCut.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import type { ScenarioData } from '../../src/sim/scenario/scenario.schema.ts';
import { firstOptionStrategy } from '../../src/sim/strategies.ts';
import { expectNoAxeViolations, playByClicking, playSteps, screenState } from './support.ts';

const SEED = 11;
const load = (file: string) => loadScenarioText(readFileSync(`scenarios/${file}`, 'utf8'), file);
const islands = load('solomon-islands.yaml');
const asia = load('central-asia.yaml');

const endingTitle = (scenario: ScenarioData, id: string | null) =>
  scenario.endings.find((e) => e.id === id)?.title ?? `(no ending ${id})`;

test('a student picks the lesson on the card and plays the cut to the same ending as in Node', async ({
  page,
}) => {
  const cut = lessonCut(islands);
  const expected = playThrough(cut, { seed: SEED, strategy: firstOptionStrategy });
  const full = playThrough(islands, { seed: SEED, strategy: firstOptionStrategy });
  expect(expected.choices.length).toBeLessThan(full.choices.length);

  await page.goto(`/?seed=${SEED}`);
  const card = page.getByRole('listitem').filter({ hasText: islands.title });
  const lesson = card.getByRole('radio', { name: `Lesson (about ${cut.minutes} min)` });
  await expect(card.getByRole('radio', { name: /^Full game/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await lesson.check();
  await card.getByRole('button', { name: `Play: ${islands.title}` }).click();

  const seen: string[] = [];
  for (let step = 0; step < 100; step++) {
    const now = await screenState(page);
    if (now === 'ended') break;
    if (now === 'choose') {
      seen.push((await page.locator('.main-panel h2').first().textContent()) ?? '');
      await page
        .getByRole('button', { name: /^Choose: / })
        .first()
        .click();
    } else await page.getByRole('button', { name: /^(Continue|See how it ended)$/ }).click();
  }
  await expect(page.locator('#ending-title')).toHaveText(endingTitle(cut, expected.ending));
  expect(seen).toHaveLength(expected.choices.length);
  const left = islands.decisions.filter((d) => !cut.decisions.includes(d)).map((d) => d.title);
  for (const title of seen) expect(left, `"${title}" is not in the cut`).not.toContain(title);
});

test('?length=lesson chooses the cut, the country screen says so, and a reload resumes the cut', async ({
  page,
}) => {
  const cut = lessonCut(asia);
  const country = asia.countries[1] as ScenarioData['countries'][number];
  const expected = playThrough(cut, {
    seed: SEED,
    countryId: country.id,
    strategy: firstOptionStrategy,
  });

  await page.goto(`/?seed=${SEED}&length=lesson`);
  const card = page.getByRole('listitem').filter({ hasText: asia.title });
  await expect(
    card.getByRole('radio', { name: `Lesson (about ${cut.minutes} min)` }),
  ).toBeChecked();
  await card.getByRole('button', { name: `Play: ${asia.title}` }).click();
  await expect(page.getByText(`You play: Lesson (about ${cut.minutes} min)`)).toBeVisible();
  await page.getByRole('button', { name: `Play as ${country.name}` }).click();
  await playSteps(page, 6);

  await page.goto(`/?seed=${SEED}`);
  await playByClicking(page);
  await expect(page.locator('#ending-title')).toHaveText(endingTitle(cut, expected.ending));
});

test('an address with a length that is not one says so in words and offers the full game', async ({
  page,
}) => {
  await page.goto('/?length=short');
  const notice = page.getByRole('complementary', { name: 'Game length' });
  await expect(notice).toContainText('"length=short"');
  await expect(notice).toContainText('"full" or "lesson"');
  const card = page.getByRole('listitem').filter({ hasText: islands.title });
  await expect(card.getByRole('radio', { name: /^Full game/ })).toBeChecked();
});
