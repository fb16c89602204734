// A whole game in the browser, played with the keyboard alone and found by accessible names, and
// the same seed and choices giving the same game in Chromium as in Node.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { INDICATOR_IDS, INDICATORS } from '../../src/sim/indicators.ts';
import { playThrough } from '../../src/sim/playthrough.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import { firstOptionStrategy } from '../../src/sim/strategies.ts';
import { shownNumber } from '../../src/ui/panels/changeTone.ts';
import { expectNoAxeViolations, finishRound, playByClicking, screenState } from './support.ts';

const SEED = 11;
const scenario = loadScenarioText(
  readFileSync('scenarios/solomon-islands.yaml', 'utf8'),
  'solomon-islands.yaml',
);

/** Tabs forward until the focused element is the one wanted, then presses Enter on it. */
async function pressByKeyboard(page: Page, name: RegExp) {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement;
      return el && el !== document.body
        ? (el.getAttribute('aria-label') ?? el.textContent ?? '')
        : '';
    });
    if (name.test(text.trim())) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`no focusable control named ${name}`);
}

test('a student plays the Solomon Islands from the title to the ending with the keyboard alone', async ({
  page,
}) => {
  await page.goto(`/?seed=${SEED}`);
  await pressByKeyboard(page, new RegExp(`^Play: ${scenario.title}$`));
  let decisions = 0;
  for (let step = 0; step < 100; step++) {
    const now = await screenState(page);
    if (now === 'ended') break;
    if (now === 'choose') decisions += 1;
    await pressByKeyboard(page, now === 'choose' ? /^Choose: / : /^(Continue|See how it ended)$/);
  }
  expect(decisions).toBeGreaterThanOrEqual(5);
  const titles = scenario.endings.map((e) => e.title);
  expect(titles).toContain(await page.locator('#ending-title').textContent());
});

test('the same seed and choices end the same way in Chromium as in Node', async ({ page }) => {
  const expected = playThrough(scenario, { seed: SEED, strategy: firstOptionStrategy });
  await page.goto(`/?seed=${SEED}`);
  await page.getByRole('button', { name: `Play: ${scenario.title}` }).click();
  await playByClicking(page);
  const endingTitle = scenario.endings.find((e) => e.id === expected.ending)?.title ?? '';
  await expect(page.locator('#ending-title')).toHaveText(endingTitle);
  for (const id of INDICATOR_IDS) {
    // Node's figure by the screen's one rounding rule (scores whole, percentages to a tenth).
    const value = shownNumber(id, expected.indicators[id]);
    const unit = INDICATORS[id].unit === '/100' ? '' : INDICATORS[id].unit;
    await expect(page.locator(`.ending tr[data-indicator="${id}"] .value`)).toHaveText(
      unit ? new RegExp(`^${value}\\s?${unit.replace('%', '\\%')}$`) : `${value}`,
    );
  }
});

test('every screen of a game passes axe', async ({ page }) => {
  await page.goto(`/?seed=${SEED}`);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: `Play: ${scenario.title}` }).click();
  await expect(page.getByRole('button', { name: /^Choose: / }).first()).toBeVisible();
  await page.getByText('Why? Sources').first().click();
  await expectNoAxeViolations(page);
  await page
    .getByRole('button', { name: /^Choose: / })
    .first()
    .click();
  await finishRound(page);
  await expectNoAxeViolations(page);
  await playByClicking(page);
  await expectNoAxeViolations(page);
});
