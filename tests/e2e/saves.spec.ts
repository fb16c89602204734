// Saves in the browser: a reload resumes the game where it was; a damaged save is explained,
// kept for download, and never crashes the game.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { gameFingerprint, scenarioHash } from '../../src/sim/saveChecks.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import { GameSession } from '../../src/sim/session.ts';
import { expectNoAxeViolations, playByClicking, playSteps } from './support.ts';

const PLAY = /^Play: Solomon Islands/;

test('reloading the page resumes the game exactly where the player was', async ({ page }) => {
  await page.goto('/?seed=5');
  await page.getByRole('button', { name: PLAY }).click();
  await playSteps(page, 5);
  const round = await page.locator('.game-header .round').textContent();
  const heading = await page.locator('.main-panel h2').first().textContent();
  const indicators = await page.locator('.hud .hud-strip').textContent();

  await page.reload();

  await expect(page.locator('.game-header .round')).toHaveText(round ?? '');
  await expect(page.locator('.main-panel h2').first()).toHaveText(heading ?? '');
  await expect(page.locator('.hud .hud-strip')).toHaveText(indicators ?? '');
});

test('the title screen offers to continue a saved game after leaving it for the menu', async ({
  page,
}) => {
  await page.goto('/?seed=5');
  await page.getByRole('button', { name: PLAY }).click();
  await playSteps(page, 3);
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.reload();
  const resume = page.getByRole('button', { name: /^Continue: .*Solomon Islands/ });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(page.locator('.game-header .round')).toBeVisible();
});

test('a damaged save is explained, can be downloaded, and a new game can start', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem(
      'dsr:save:solomon-islands',
      '{"format":"dsr-save/1","scenarioId":"solomon-islands","countryId":"solomon-islands","round":3,"snapshot":{"broken":',
    );
    localStorage.setItem('dsr:current', 'solomon-islands');
  });
  await page.reload();

  await expect(
    page.getByRole('heading', { name: 'Your saved game could not be loaded' }),
  ).toBeVisible();
  await expect(page.getByText(/not valid JSON/)).toBeVisible();
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the save' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('digital-silk-road-save.json');

  await page.getByRole('button', { name: 'Start a new game' }).click();
  await expect(page.getByRole('button', { name: /^Choose: / }).first()).toBeVisible();
});

test('a save from an incompatible version is refused with a reason, not a crash', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem(
      'dsr:save:solomon-islands',
      JSON.stringify({ format: 'dsr-save/0', scenarioId: 'solomon-islands' }),
    );
    localStorage.setItem('dsr:current', 'solomon-islands');
  });
  await page.reload();
  await expect(page.getByText(/damaged or from another version/)).toBeVisible();
  expect(errors).toEqual([]);
});

test('a save valid on the surface but wrong inside is refused in words and kept as it was', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/?seed=5');
  await page.getByRole('button', { name: PLAY }).click();
  await playSteps(page, 3);
  // Someone edits the file by hand: it still parses, but its moves no longer give the game it
  // records.
  const tampered = await page.evaluate(() => {
    const save = JSON.parse(localStorage.getItem('dsr:save:solomon-islands') ?? '{}') as {
      fingerprint: string;
    };
    save.fingerprint = 'edited';
    const text = JSON.stringify(save);
    localStorage.setItem('dsr:save:solomon-islands', text);
    return text;
  });
  await page.reload();

  await expect(
    page.getByRole('heading', { name: 'Your saved game could not be loaded' }),
  ).toBeVisible();
  await expect(page.getByText(/replaying its moves from its dice/)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('dsr:save:solomon-islands'))).toBe(
    tampered,
  );
  expect(errors).toEqual([]);
});

test('a game saved in the browser replays in Node to the same game, in at most 2 KB', async ({
  page,
}) => {
  await page.goto('/?seed=9');
  await page.getByRole('button', { name: PLAY }).click();
  await playByClicking(page, 1);
  const text = await page.evaluate(() => localStorage.getItem('dsr:save:solomon-islands') ?? '');
  const save = JSON.parse(text) as { contentHash: string; fingerprint: string; format: string };
  expect(save.format).toBe('dsr-save/2');
  expect(text.length).toBeLessThanOrEqual(2048);

  const scenario = loadScenarioText(
    readFileSync('scenarios/solomon-islands.yaml', 'utf8'),
    'solomon-islands.yaml',
  );
  // The same scenario, hashed in both places, and the same game: indicators, choices, ending.
  expect(save.contentHash).toBe(scenarioHash(scenario));
  const game = GameSession.restore(scenario, text);
  expect(gameFingerprint(game.state)).toBe(save.fingerprint);
  const ending = scenario.endings.find((e) => e.id === game.state.ending);
  await expect(page.locator('#ending-title')).toHaveText(ending?.title ?? 'no ending');
});

const shipped = () =>
  loadScenarioText(readFileSync('scenarios/solomon-islands.yaml', 'utf8'), 'solomon-islands.yaml');

async function resumeFrom(page: Page, text: string): Promise<void> {
  await page.goto('/');
  await page.evaluate((save) => {
    localStorage.setItem('dsr:save:solomon-islands', save);
    localStorage.setItem('dsr:current', 'solomon-islands');
  }, text);
  await page.reload();
}

// A student's dsr-save/1 meets today's content: what Node says it gives, the screen shows (a game
// with the older-save notice, or a refusal naming the cause with the file downloadable).
test('a save written by an older version (dsr-save/1) resumes where it was, or says why not', async ({
  page,
}) => {
  const text = readFileSync('tests/fixtures/saves/dsr-save-1-solomon-islands-midgame.json', 'utf8');
  const round = (JSON.parse(text) as { round: number }).round;
  let refusal: string | null = null;
  try {
    GameSession.restore(shipped(), text);
  } catch (error) {
    refusal = (error as Error).message;
  }
  await resumeFrom(page, text);
  if (refusal === null) {
    await expect(page.locator('.game-header .round')).toContainText(String(round));
    await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Older save' })).toContainText(
      'saved by an earlier version of the game',
    );
  } else {
    await expect(page.getByText(refusal)).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the save' }).click();
    expect(readFileSync(await (await downloading).path(), 'utf8')).toBe(text);
  }
});

test('a save of an earlier scenario version that still replays says so, and keeps the old file', async ({
  page,
}) => {
  const game = GameSession.start(shipped(), { seed: 3, countryId: 'solomon-islands' });
  const text = JSON.stringify({ ...game.save(), contentHash: 'an-earlier-version' });
  await resumeFrom(page, text);
  const notice = page.getByRole('complementary', { name: 'Older save' });
  await expect(notice).toContainText('saved with an earlier version of this scenario');
  await expect(notice).toContainText('gave the same game');
  const downloading = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the save as it was' }).click();
  expect(readFileSync(await (await downloading).path(), 'utf8')).toBe(text);
  // Saved again in this version's terms: the next visit has nothing to explain.
  await page.reload();
  await expect(page.locator('.game-header .round')).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test('a save of an earlier scenario version whose moves no longer give its game is refused, kept and downloadable', async ({
  page,
}) => {
  const game = GameSession.start(shipped(), { seed: 3, countryId: 'solomon-islands' });
  const text = JSON.stringify({
    ...game.save(),
    contentHash: 'an-earlier-version',
    fingerprint: 'the-game-it-gave-then',
  });
  await resumeFrom(page, text);
  await expect(
    page.getByRole('heading', { name: 'Your saved game could not be loaded' }),
  ).toBeVisible();
  await expect(page.getByText(/made with an earlier version of this scenario/)).toBeVisible();
  await expect(page.getByText(/damaged/)).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the save' }).click();
  expect(readFileSync(await (await downloading).path(), 'utf8')).toBe(text);
  expect(await page.evaluate(() => localStorage.getItem('dsr:save:solomon-islands'))).toBe(text);
});
