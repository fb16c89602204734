// The strategy lab (#/lab): its ending shares for 10,000 games in the browser's workers equal the
// command-line batch's for the same seed and strategy; composed strategies run; any game opens in
// the game view and steps; Cancel stops a run; the page is usable by keyboard and passes axe.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { runBatch } from '../../src/cli/batchCommand.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import { expectNoAxeViolations } from './support.ts';

const scenario = loadScenarioText(
  readFileSync('scenarios/solomon-islands.yaml', 'utf8'),
  'solomon-islands.yaml',
);

/** Ending counts as the results table shows them: "12.3% (1234)" per ending, for one strategy. */
async function shownCounts(page: Page, strategy: string): Promise<Record<string, number>> {
  const table = page.locator('.lab-results table').first();
  const titles = await table.locator('thead th').allTextContents();
  const cells = await table
    .locator('tbody tr', { has: page.getByRole('rowheader', { name: strategy, exact: true }) })
    .locator('td')
    .allTextContents();
  return Object.fromEntries(
    scenario.endings.map((e) => {
      const cell = cells[titles.indexOf(e.title) - 1] ?? '';
      return [e.id, Number(/\((\d+)\)/.exec(cell)?.[1] ?? NaN)];
    }),
  );
}

async function openLab(page: Page) {
  await page.goto('/#/lab');
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy lab' })).toBeFocused();
  await page.getByLabel('Scenario').selectOption(scenario.id);
}

test('10,000 games in the browser end exactly as `sim batch` ends them for the same seed', async ({
  page,
}) => {
  // 10,000 games in the page and again in Node on a shared 2-core machine: minutes, not seconds.
  test.setTimeout(900_000);
  const runs = 10_000;
  const seed = 7;
  await openLab(page);
  await page.getByLabel(/^Games per strategy/).fill(String(runs));
  await page.getByLabel('First seed').fill(String(seed));
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible({ timeout: 600_000 });
  // The CLI's figures, computed here on the Node side while the page waits.
  const cli = runBatch(scenario, { runs, seed, strategy: 'random' });
  const shown = await shownCounts(page, 'random');
  expect(shown).toEqual(cli.endings);
  expect(Object.values(shown).reduce((a, b) => a + b, 0)).toBe(runs);
  await expect(page.locator('.lab-speed')).toContainText('10,000 games played');
});

test('a composed strategy runs beside a built-in one, and any game replays step by step', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await openLab(page);
  await page.getByLabel(/^Games per strategy/).fill('1000');
  await page.getByLabel('Start from').selectOption({ label: 'Always the cheapest option' });
  await page.getByRole('button', { name: 'Add a strategy' }).click();
  await expect(page.getByLabel('Name')).toHaveValue('Always the cheapest option');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible({ timeout: 240_000 });
  const endings = page.getByRole('table', { name: /How the games ended/ });
  await expect(
    endings.getByRole('rowheader', { name: 'Always the cheapest option' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync((await (await download).path()) as string, 'utf8');
  expect(csv.startsWith('\uFEFFscenario,country,strategy,')).toBe(true);
  expect(csv).toContain(',Always the cheapest option,1000,1,');

  // The numbers behind each histogram are in a table too.
  await page.getByLabel('Indicator', { exact: true }).selectOption({ label: 'Public debt' });
  await expect(page.getByRole('table').filter({ hasText: 'Public debt' })).toBeVisible();

  await page
    .getByRole('button', { name: /^Open game \d+ of random/ })
    .first()
    .click();
  const title = page.getByRole('heading', { name: /of random \(seed \d+\): step 0 of \d+/ });
  await expect(title).toBeFocused();
  await expect(page.getByRole('button', { name: /^Choose: / }).first()).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: /^Next step: the strategy chooses "/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByRole('heading', { name: /step 1 of/ })).toBeVisible();
  await page.getByRole('button', { name: 'Previous step' }).click();
  await expect(page.getByRole('heading', { name: /step 0 of/ })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the results' }).click();
  await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
});

test('Cancel stops a long run and says so', async ({ page }) => {
  await openLab(page);
  await page.getByLabel(/^Games per strategy/).fill('100000');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByRole('progressbar', { name: 'Games played' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.lab-speed')).toHaveText('Run cancelled.');
  await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();
  await expect(page.getByRole('heading', { name: 'Results' })).toHaveCount(0);
});

test('the lab is reached from the title screen and refuses a run it cannot do, in words', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Strategy lab/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy lab' })).toBeVisible();
  await page.getByLabel(/^Games per strategy/).fill('10');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByRole('alert')).toHaveText(/from 1,000 to 100,000/);
  await page.getByLabel(/^Games per strategy/).fill('1000');
  await page.getByLabel('random: any open option, at random').uncheck();
  await page.getByLabel('First seed').press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Pick at least one strategy.');
});

test('the workers warming up as the lab opens stop when the user leaves the lab', async ({
  page,
}) => {
  await openLab(page);
  // The warm-up plays thrown-away games on every core: it must not outlive the page that wanted it.
  await expect.poll(() => page.workers().length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Back to the scenarios' }).click();
  await expect(page.getByRole('button', { name: /^Play: / }).first()).toBeVisible();
  await expect.poll(() => page.workers().length).toBe(0);
});
