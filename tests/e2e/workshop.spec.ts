// The facilitator's workshop console: a 3-team workshop on the Solomon Islands with injects, a
// reload in the middle, the hot wash and its exports; a damaged save; the timer; the team tabs.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { finishedWorkshopSave } from './finishedWorkshop.ts';
import { pageFill, pdfPages } from './pdf.ts';
import { expectNoAxeViolations } from './support.ts';

const TEAMS = ['Honiara', 'Auki', 'Gizo'];

async function setUp(page: Page, options: { minutes?: string } = {}) {
  await page.goto('/#/workshop');
  await expect(page.getByRole('heading', { name: 'Set up a workshop' })).toBeVisible();
  await page.getByRole('radio', { name: /Solomon Islands/ }).check();
  for (const [i, name] of TEAMS.entries())
    await page.getByLabel(`Name of team ${i + 1}`).fill(name);
  await page.getByLabel('Shared seed').fill('7');
  if (options.minutes) await page.getByLabel('Minutes per round').fill(options.minutes);
}

const panel = (page: Page) => page.getByRole('tabpanel');

/** Each team takes a different option (team i the i-th open one), until every team has decided. */
async function decideRound(page: Page) {
  for (let step = 0; step < 100; step++) {
    const resolve = page.getByRole('button', { name: 'Resolve the round' });
    const choose = panel(page).getByRole('button', { name: /^Choose: / });
    const deciding = page.getByRole('tab', { name: /deciding$/ });
    await expect(resolve.or(choose).or(deciding).first()).toBeVisible();
    if (await resolve.isVisible()) return;
    if (!(await choose.first().isVisible())) {
      await deciding.first().click();
      continue;
    }
    const selected = await page.getByRole('tab', { selected: true }).getAttribute('id');
    const team = Number(selected?.replace('ws-tab-', ''));
    await choose.nth(team % (await choose.count())).click();
  }
}

/** Answers every decision a team has this round (as decideRound picks) until its panel says so. */
async function decideTeam(page: Page, name: string) {
  const tab = page.getByRole('tab', { name: new RegExp(name) });
  const done = panel(page).getByRole('heading', { name: `${name} has decided` });
  const heading = panel(page).locator('.decision h2').first();
  for (let i = 0; i < 8; i++) {
    // After a choice the view moves on to the next team that is deciding: come back each time.
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(heading.or(done).first()).toBeVisible();
    if (await done.isVisible()) return;
    const title = (await heading.textContent()) ?? '';
    const choose = panel(page).getByRole('button', { name: /^Choose: / });
    const team = Number((await tab.getAttribute('id'))?.replace('ws-tab-', ''));
    await choose.nth(team % (await choose.count())).click();
    await expect(done.or(heading.filter({ hasNotText: title })).first()).toBeVisible();
  }
}

async function playToHotWash(page: Page) {
  for (let round = 0; round < 20; round++) {
    if (await page.getByRole('heading', { name: 'Hot wash', level: 2 }).isVisible()) return;
    await decideRound(page);
    await page.getByRole('button', { name: 'Resolve the round' }).click();
    await page
      .getByRole('button', { name: /^(Start |Go to the hot wash)/ })
      .first()
      .click();
  }
}

test('a facilitator runs a 3-team workshop with injects, survives a reload and exports the hot wash', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await setUp(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start the workshop' }).click();

  await expect(page.getByRole('tab')).toHaveText(TEAMS.map((n) => new RegExp(`^${n}`)));
  await expect(page.getByRole('tab', { name: /Honiara/ })).toHaveAttribute('aria-selected', 'true');

  // One of the scenario's own injects for every team, and one written on the spot for Auki.
  await page.getByText('Injects: fire an event').click();
  const event = page.getByLabel('Event', { exact: true });
  // The last inject in the list happens only when a facilitator fires it; the first has already
  // happened on its own in round 1, and an inject fires at most once per game.
  const last = event.locator('option').last();
  await event.selectOption((await last.getAttribute('value')) ?? '');
  const eventTitle = (await last.textContent()) ?? '';
  await page.getByRole('button', { name: 'Fire the inject' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inject fired' })).toHaveText(
    `Inject fired for All teams: ${eventTitle}.`,
  );
  await page.getByLabel('Title', { exact: true }).fill('Cyclone Ita hits Guadalcanal');
  await page.getByLabel('What happened').fill('Towers are down across the island.');
  await page.getByLabel('Connectivity', { exact: true }).fill('-8');
  await page.locator('#ws-custom-target').selectOption({ label: 'Auki' });
  await page.getByRole('button', { name: 'Fire your inject' }).click();
  await expect(
    page.getByText('Inject fired for Auki: Cyclone Ita hits Guadalcanal.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Round 1: each team a different option; the report shows them side by side.
  await decideRound(page);
  await page.getByRole('button', { name: 'Resolve the round' }).click();
  const reports = page.locator('.team-report');
  await expect(reports).toHaveCount(3);
  // Each team's first choice of the year (2018 holds more than one decision).
  const firstChoices = await Promise.all(
    [0, 1, 2].map((i) =>
      reports.nth(i).locator('.log-entry.decision .log-title').first().textContent(),
    ),
  );
  expect(new Set(firstChoices).size).toBe(3);
  await expect(reports.nth(1)).toContainText('Cyclone Ita hits Guadalcanal');
  await expect(reports.nth(0)).not.toContainText('Cyclone Ita hits Guadalcanal');
  await page
    .getByRole('button', { name: /^Start / })
    .first()
    .click();

  // Round 2, part-way: Honiara has decided when the browser reloads.
  await decideTeam(page, 'Honiara');
  const round = await page.locator('.ws-round-title').textContent();
  const tabs = await page.getByRole('tab').allTextContents();
  const compare = await page.locator('.teams-compare').textContent();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Resume the workshop?' })).toBeVisible();
  await expect(page.getByText(/Honiara, Auki, Gizo/)).toBeVisible();
  await page.getByRole('button', { name: 'Resume the workshop' }).click();
  await expect(page.locator('.ws-round-title')).toHaveText(round ?? '');
  await expect(page.getByRole('tab')).toHaveText(tabs);
  await expect(page.locator('.teams-compare')).toHaveText(compare ?? '');
  await page.getByRole('tab', { name: /Honiara/ }).click();
  await expect(panel(page).getByRole('heading', { name: 'Honiara has decided' })).toBeVisible();

  await playToHotWash(page);
  await expect(page.getByRole('heading', { name: 'How each team ended' })).toBeVisible();
  const endings = page.locator('.ws-ending');
  await expect(endings).toHaveCount(3);
  for (const [i, name] of TEAMS.entries()) {
    await expect(endings.nth(i).getByRole('heading', { name })).toBeVisible();
    await expect(endings.nth(i).locator('.ws-ending-title')).not.toBeEmpty();
  }
  await expect(page.getByRole('heading', { name: 'What really happened' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'For discussion' })).toBeVisible();
  await expect(page.locator('.ws-charts .chart-figure').first().locator('path.series')).toHaveCount(
    3,
  );
  await expectNoAxeViolations(page);

  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON' }).click();
  const jsonFile = await json;
  expect(jsonFile.suggestedFilename()).toBe('workshop-solomon-islands-seed-7.json');
  const report = JSON.parse(await readFile((await jsonFile.path()) as string, 'utf8'));
  expect(report.scenario.id).toBe('solomon-islands');
  expect(report.seed).toBe(7);
  expect(report.teams.map((t: { name: string }) => t.name)).toEqual(TEAMS);
  for (const team of report.teams) {
    expect(team.country.id).toBe('solomon-islands');
    expect(team.ending.title).toBeTruthy();
    expect(team.inputs.length).toBeGreaterThan(8);
    expect(team.indicators.history.length).toBeGreaterThan(2);
  }
  expect(report.injects.map((i: { team: string; kind: string }) => `${i.team}:${i.kind}`)).toEqual([
    'Honiara:scenario',
    'Auki:scenario',
    'Auki:custom',
    'Gizo:scenario',
  ]);

  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csvFile = await csv;
  expect(csvFile.suggestedFilename()).toBe('workshop-solomon-islands-seed-7.csv');
  const rows = (await readFile((await csvFile.path()) as string, 'utf8')).trimEnd().split('\r\n');
  expect(rows).toHaveLength(4);
  expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(TEAMS);

  // The printed report keeps the teams side by side and drops the controls.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Download JSON' })).toBeHidden();
  await expect(page.locator('.ws-timer')).toBeHidden();
  await expect(endings.first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a damaged saved workshop is explained, never crashes, and can be discarded', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/#/workshop');
  await page.evaluate(() => localStorage.setItem('dsr:workshop', '{"format":"dsr-workshop/1",'));
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'The saved workshop could not be loaded' }),
  ).toBeVisible();
  await expect(page.getByText(/not valid JSON/)).toBeVisible();
  await expectNoAxeViolations(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the saved workshop' }).click();
  expect((await download).suggestedFilename()).toBe('digital-silk-road-damaged-workshop.json');
  await page.getByRole('button', { name: 'Discard it and set up a new workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Set up a workshop' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('dsr:workshop'))).toBeNull();
  expect(errors).toEqual([]);
});

test('a saved workshop that no longer replays is reported, not half-loaded', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/#/workshop');
  await page.evaluate(() => {
    const team = (name: string) => ({
      name,
      countryId: 'solomon-islands',
      inputs: [{ type: 'choose', decision: 'no-such-decision', option: 'x' }],
    });
    localStorage.setItem(
      'dsr:workshop',
      JSON.stringify({
        format: 'dsr-workshop/1',
        scenarioId: 'solomon-islands',
        seed: 7,
        teams: [team('Honiara'), team('Auki')],
        timer: { minutes: null, remainingMs: 0 },
        view: { screen: 'round', team: 0 },
      }),
    );
  });
  await page.reload();
  await page.getByRole('button', { name: 'Resume the workshop' }).click();
  await expect(
    page.getByRole('heading', { name: 'The saved workshop could not be loaded' }),
  ).toBeVisible();
  await expect(
    // A workshop of the older format recorded no scenario hash: only an earlier game is known.
    page.getByText(/could not be rebuilt: This save was made by an earlier version of the game/),
  ).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('dsr:workshop'))).not.toBeNull();
  expect(errors).toEqual([]);
});

test('the setup names each problem beside its field', async ({ page }) => {
  await setUp(page);
  await page.getByLabel('Name of team 2').fill('honiara');
  await page.getByLabel('Shared seed').fill('seven');
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(page.getByRole('alert')).toContainText('Two teams are called “honiara”');
  await expect(page.getByLabel('Name of team 2')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Name of team 3')).not.toHaveAttribute('aria-invalid');
  await expect(page.getByLabel('Shared seed')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Name of team 2')).toBeFocused();
  await expectNoAxeViolations(page);
});

test('the timer warns at one minute and stops at zero, choosing nothing for anyone', async ({
  page,
}) => {
  await page.clock.install();
  await setUp(page, { minutes: '2' });
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText(/2:00 paused/);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.clock.runFor(61_000);
  await expect(timer).toHaveText(/0:59 running/);
  await expect(
    page.getByRole('status').filter({ hasText: 'One minute left in this round.' }),
  ).toBeAttached();
  await page.getByRole('button', { name: '+1 min' }).click();
  await expect(timer).toHaveText(/1:59 running/);
  await page.clock.runFor(120_000);
  await expect(timer).toHaveText(/0:00 time is up/);
  await expect(page.getByText('0 of 3 teams have decided.')).toBeVisible();
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(timer).toHaveText(/3:00 paused/);
});

test('the team tabs follow the tabs pattern: one tab stop, arrow keys, Home and End', async ({
  page,
}) => {
  await setUp(page);
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  const selected = page.getByRole('tab', { selected: true });
  await page.getByRole('tab', { name: /Honiara/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(selected).toHaveText(/^Auki/);
  await expect(selected).toBeFocused();
  await expect(page.getByRole('tabpanel')).toContainText('Auki · Solomon Islands');
  await page.keyboard.press('End');
  await expect(selected).toHaveText(/^Gizo/);
  await page.keyboard.press('ArrowRight');
  await expect(selected).toHaveText(/^Honiara/);
  await expect(page.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);
});

test('an inject typed but not yet fired survives a reload, and is cleared once fired', async ({
  page,
}) => {
  await setUp(page);
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await page.getByText('Injects: fire an event').click();
  await page.getByLabel('Title', { exact: true }).fill('Cyclone hits the capital');
  await page.getByLabel('What happened').fill('Half the towers are down.');
  await page.getByLabel('Connectivity', { exact: true }).fill('-6');

  await page.reload();
  await page.getByRole('button', { name: 'Resume the workshop' }).click();
  await page.getByText('Injects: fire an event').click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Cyclone hits the capital');
  await expect(page.getByLabel('What happened')).toHaveValue('Half the towers are down.');
  await expect(page.getByLabel('Connectivity', { exact: true })).toHaveValue('-6');

  await page.getByRole('button', { name: 'Fire your inject' }).click();
  await expect(
    page.getByText(/Inject fired for All teams: Cyclone hits the capital/),
  ).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Resume the workshop' }).click();
  await page.getByText('Injects: fire an event').click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('');
});

// The case: four teams printed 14 pages, page 2 nearly blank.
const FOUR = ['Honiara', 'Auki', 'Gizo', 'Tulagi'];

test('the printed after-action report has no blank or near-empty page', async ({ page }) => {
  await page.goto('/#/workshop');
  const saved = finishedWorkshopSave(FOUR);
  await page.evaluate((text) => localStorage.setItem('dsr:workshop', text), saved);
  await page.reload();
  await page.getByRole('button', { name: 'Resume the workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Hot wash', level: 2 })).toBeVisible();
  await expect(page.locator('.ws-ending')).toHaveCount(FOUR.length);
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, path: `.reports/workshop-hot-wash-${format}.pdf` });
    const fill = pageFill(pdf);
    expect(fill).toHaveLength(pdfPages(pdf));
    // The fewest pages the text could take: the same page with nothing kept whole.
    const loose = await page.addStyleTag({
      content: '* { break-inside: auto !important; break-after: auto !important; }',
    });
    const fewest = pdfPages(await page.pdf({ format }));
    await loose.evaluate((style) => (style as HTMLElement).remove());
    console.log(
      `hot wash on ${format}: ${fill.length} page(s) (fewest ${fewest}), text per page: ${fill.join(', ')}`,
    );
    // Every page has text, and keeping parts whole costs at most one page (the old layout pushed
    // columns taller than a page past pages it left blank: 14 pages for four teams).
    for (const n of fill) expect(n).toBeGreaterThan(0);
    expect(fill.length).toBeLessThanOrEqual(fewest + 1);
  }
});

/** Counts this page's writes of the workshop save, from before any script of the page runs. */
async function countWorkshopWrites(page: Page) {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    (window as unknown as { workshopWrites: number }).workshopWrites = 0;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'dsr:workshop')
        (window as unknown as { workshopWrites: number }).workshopWrites++;
      setItem.call(this, key, value);
    };
  });
  return () =>
    page.evaluate(() => (window as unknown as { workshopWrites: number }).workshopWrites);
}

test('two windows of one workshop: one runs and saves it, the other follows and may take over', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const writesA = await countWorkshopWrites(page);
  await setUp(page, { minutes: '10' });
  await page.getByRole('button', { name: 'Start the workshop' }).click();

  const second = await context.newPage();
  const writesB = await countWorkshopWrites(second);
  await second.goto('/#/workshop');
  await second.getByRole('button', { name: 'Resume the workshop' }).click();
  const told = second.getByRole('status').filter({ hasText: 'being run in another window' });
  await expect(told).toBeVisible();
  await expectNoAxeViolations(second);

  // The first window decides for Honiara; the second shows it, and writes nothing, even with its
  // timer running past its 5-second save.
  await decideTeam(page, 'Honiara');
  await expect(second.getByRole('tab', { name: /Honiara/ })).toHaveText(/decided/);
  await second.getByRole('button', { name: 'Start', exact: true }).click();
  await second.waitForTimeout(5_500);
  expect(await writesB()).toBe(0);
  const saved = await page.evaluate(() => localStorage.getItem('dsr:workshop'));
  expect(JSON.parse(saved ?? '{}').teams[0].inputs.length).toBeGreaterThan(0);

  // The second window takes over: the first is told, follows, and stops writing.
  await second.getByRole('button', { name: 'Run the workshop from this window' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'taken this workshop over' }),
  ).toBeVisible();
  const before = await writesA();
  await decideTeam(second, 'Auki');
  await expect(page.getByRole('tab', { name: /Auki/ })).toHaveText(/decided/);
  await expect(
    page.getByRole('status').filter({ hasText: 'taken this workshop over' }),
  ).toBeVisible();
  await page.waitForTimeout(5_500);
  expect(await writesA()).toBe(before);
  expect(await writesB()).toBeGreaterThan(0);
});

test('an after-action report downloaded from the hot wash loads back: same teams and endings; a broken file is explained', async ({
  page,
}) => {
  const teams = ['Honiara', 'Команда Астана'];
  const saved = finishedWorkshopSave(teams);
  await page.goto('/#/workshop');
  await page.evaluate((text) => localStorage.setItem('dsr:workshop', text), saved);
  await page.reload();
  await page.getByRole('button', { name: 'Resume the workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Hot wash', level: 2 })).toBeVisible();
  const endings = await page.locator('.ws-ending').allInnerTexts();
  expect(endings).toHaveLength(2);
  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON' }).click();
  const file = (await (await json).path()) as string;

  // Back on the console's first screen (the saved workshop offered), the report is given back.
  await page.reload();
  const chooser = page.getByLabel('After-action report (JSON)');
  await chooser.setInputFiles(file);
  await expect(
    page.getByRole('status').filter({ hasText: 'Nothing in this browser' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hot wash', level: 2 })).toBeVisible();
  expect(await page.locator('.ws-ending').allInnerTexts()).toEqual(endings);
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => localStorage.getItem('dsr:workshop'))).toBe(saved);

  // A broken, hostile file is explained in words, shown as text, and changes nothing.
  await page.getByRole('button', { name: 'Back to the workshop console' }).click();
  await expect(page.getByRole('heading', { name: 'Resume the workshop?', level: 1 })).toBeVisible();
  const report = JSON.parse(await readFile(file, 'utf8'));
  report.teams[1].inputs[0] = { type: 'choose', decision: '<img src=x onerror=alert(1)>' };
  report.teams[0].name = '<img src=x onerror="document.title=1">';
  await chooser.setInputFiles({
    name: '<b>report</b>.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(report)),
  });
  await expect(page.getByRole('alert')).toContainText('<b>report</b>.json cannot be shown:');
  await expect(page.getByRole('alert')).toContainText('teams.1.inputs.0');
  await chooser.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "dsr-workshop-report/1", '),
  });
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await expect(page.locator('.ws-load-report img, .ws-load-report b')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('dsr:workshop'))).toBe(saved);
});
