// The debrief as a student meets it at the end of a game: a short default view (the ending, the
// three choices that mattered most, charts with a legend, their years beside history), the rest one
// key away, nothing for axe to find, and "what you did not see" telling the truth.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { endingAsRead } from '../../src/sim/endings.ts';
import { INDICATORS } from '../../src/sim/indicators.ts';
import { playThrough } from '../../src/sim/playthrough.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import { indexScenario } from '../../src/sim/scenario/scenarioIndex.ts';
import { firstOptionStrategy } from '../../src/sim/strategies.ts';
import { expectNoAxeViolations, playByClicking } from './support.ts';

const SEED = 11;
const scenario = loadScenarioText(
  readFileSync('scenarios/solomon-islands.yaml', 'utf8'),
  'solomon-islands.yaml',
);
const expected = playThrough(scenario, { seed: SEED, strategy: firstOptionStrategy });
/** The ending as the player reads it: only the parts of its text true of this game. */
const read = endingAsRead(expected, indexScenario(scenario));

async function playToDebrief(page: Page) {
  await page.goto(`/?seed=${SEED}`);
  await page.getByRole('button', { name: `Play: ${scenario.title}` }).click();
  await playByClicking(page);
  await expect(page.locator('#ending-title')).toBeVisible();
}

/** Tabs to the section's summary and opens it with Enter, as a keyboard user would. */
async function openByKeyboard(page: Page, title: string) {
  const summary = page.locator('.debrief summary').filter({ hasText: title });
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if (await summary.evaluate((el) => el === document.activeElement)) {
      await page.keyboard.press('Enter');
      return summary.locator('xpath=..');
    }
  }
  throw new Error(`no summary "${title}" reached by Tab`);
}

test.describe('at 1366x768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the default view shows the ending, three choices, charts with a legend and the years beside history', async ({
    page,
  }) => {
    await playToDebrief(page);
    const ending = scenario.endings.find((e) => e.id === expected.ending);
    await expect(page.locator('#ending-title')).toHaveText(ending?.title ?? '');
    await expect(page.locator('.debrief .summary')).toHaveText(read?.summary ?? '');

    const top = page.getByRole('region', { name: 'The 3 choices that mattered most' });
    await expect(top.getByRole('listitem')).toHaveCount(3);
    await expect(top.getByRole('listitem').first()).toContainText(/▲ up|▼ down/);

    const charts = page.getByRole('region', { name: 'What changed most' });
    await expect(charts.getByRole('list', { name: 'Lines on the charts' })).toHaveText(
      'Your choices',
    );
    const figures = charts.locator('figure');
    expect(await figures.count()).toBeGreaterThanOrEqual(3);
    expect(await figures.count()).toBeLessThanOrEqual(4);
    // The indicators that moved most, not a fixed list: hidden PRC visibility rose 67 points here.
    await expect(figures.filter({ hasText: INDICATORS.prcVisibility.label })).toHaveCount(1);

    const years = page.getByRole('region', { name: 'Your years beside what really happened' });
    await expect(years.getByRole('row')).toHaveCount(scenario.rounds.length + 1);
    const first = scenario.history[0];
    await expect(years).toContainText(first?.short ?? first?.title ?? '');
    const firstChoice = expected.choices[0];
    const firstOption = scenario.decisions
      .find((d) => d.id === firstChoice?.decision)
      ?.options.find((o) => o.id === firstChoice?.option);
    await expect(years.getByRole('row', { name: /^2018/ })).toContainText(
      firstOption?.headline ?? '?',
    );

    // Everything else is folded away, its headings in view.
    await expect(page.getByRole('heading', { name: 'Why it ended this way' })).toBeVisible();
    await expect(page.getByText(read?.explanation ?? '')).toBeHidden();
    const height = await page
      .locator('.debrief')
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThan(3000);
    await page.locator('.debrief').screenshot({ path: '.reports/debrief-1366.png' });
    await expectNoAxeViolations(page);
  });

  test('sections open by keyboard, and what you did not see tells the truth about hidden visibility', async ({
    page,
  }) => {
    await playToDebrief(page);
    const from = Math.round(expected.history[0]?.prcVisibility ?? 0);
    const to = Math.round(expected.indicators.prcVisibility);
    expect(to).toBeGreaterThan(from);

    const unseen = await openByKeyboard(page, 'What you did not see');
    await expect(unseen).toHaveAttribute('open', '');
    await expect(unseen.locator('[data-indicator="prcVisibility"]')).toHaveText(
      new RegExp(`^PRC visibility \\(hidden\\) grew from ${from} to ${to} out of 100`),
    );
    await expect(unseen).not.toContainText('Nothing happened behind your back');

    const why = await openByKeyboard(page, 'Why it ended this way');
    await expect(why.getByText(read?.explanation ?? '')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(why).not.toHaveAttribute('open');

    for (const summary of await page.locator('.debrief summary').all()) await summary.click();
    await expectNoAxeViolations(page);
  });

  test('a what-if compares both games on charts whose legend names each line and its dash', async ({
    page,
  }) => {
    await playToDebrief(page);
    await openByKeyboard(page, 'What if?');
    await page
      .getByRole('button', { name: /^Rewind to 2018: / })
      .first()
      .click();
    await playByClicking(page, 1);
    const charts = page.getByRole('region', { name: 'What changed most' });
    const legend = charts.getByRole('list', { name: 'Lines on the charts' });
    await expect(legend.getByRole('listitem')).toHaveText(['Your game', 'The what-if']);
    const dashes = await legend
      .locator('line')
      .evaluateAll((lines) => lines.map((l) => l.getAttribute('stroke-dasharray')));
    expect(new Set(dashes).size).toBe(2);
    const years = page.getByRole('region', { name: 'Your years beside what really happened' });
    await expect(years.getByRole('columnheader')).toHaveText([
      'Year',
      'Your game',
      'The what-if',
      'In reality',
    ]);
    const paths = charts.locator('figure').first().locator('path.series');
    await expect(paths).toHaveCount(2);
    expect(await paths.nth(1).getAttribute('stroke-dasharray')).toBe(dashes[1]);
    await page.locator('.debrief').screenshot({ path: '.reports/debrief-what-if-1366.png' });
    await expectNoAxeViolations(page);
  });
});

test.describe('on a 390x844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the default view fits the width and stays short', async ({ page }) => {
    await playToDebrief(page);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    const height = await page
      .locator('.debrief')
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThan(6000);
    await page.locator('.debrief').screenshot({ path: '.reports/debrief-390.png' });
    await expectNoAxeViolations(page);
  });
});
