// The map in the game: loaded only once a game starts, described in words as deals land, hidden
// indicators kept out until the debrief, within the download budget, and drawn the same way each
// time (a screenshot baseline, with reduced motion so nothing moves).
import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { expectNoAxeViolations, playByClicking } from './support.ts';

const SEED = 11;
const MAP_CHUNK = /\/assets\/mapGame-[\w-]+\.js$/;
/** Everything a whole game downloads (JS and map data, gzipped) must stay under this. */
const BUDGET_GZ = 600 * 1024;

async function startGame(page: Page) {
  await page.getByRole('button', { name: /^Play: Solomon Islands/ }).click();
  await expect(page.locator('.map-panel canvas')).toBeVisible();
  await expect(page.locator('.map-description li').first()).toHaveText(
    'Map of Solomon Islands and its region, with its capital Honiara.',
  );
}

test('the first screen comes without Phaser, which loads when the game starts', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(`/?seed=${SEED}`);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((u) => MAP_CHUNK.test(u))).toEqual([]);
  await startGame(page);
  expect(requested.filter((u) => MAP_CHUNK.test(u))).toHaveLength(1);
});

test('the map says what each deal builds, and keeps hidden indicators for the debrief', async ({
  page,
}) => {
  await page.goto(`/?seed=${SEED}`);
  await startGame(page);
  await page.getByRole('button', { name: 'Choose: Keep the Huawei contract' }).click();
  const description = page.locator('.map-description');
  await expect(description).toContainText(
    'Undersea cable (Huawei, China): being laid from Honiara to Sydney.',
  );
  await expect(page.locator('.map-key')).toContainText(
    'Undersea cable · China (Huawei) · being laid',
  );
  await expect(description).not.toContainText('PRC visibility');
  await expectNoAxeViolations(page);
  await playByClicking(page);
  await expect(description).toContainText('Hidden during play:');
});

test('a whole game downloads less than 600 KB of script and map data, gzipped', async ({
  page,
}) => {
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    const url = response.url();
    if (!/\.(js|json)$/.test(new URL(url).pathname)) return;
    sizes.set(url, gzipSync(await response.body()).length);
  });
  await page.goto(`/?seed=${SEED}`);
  await startGame(page);
  await playByClicking(page);
  await page.waitForLoadState('networkidle');
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  expect(total).toBeLessThan(BUDGET_GZ);
});

test('the map looks as it did after a tower-and-cable choice (reduced motion)', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?seed=${SEED}`);
  await startGame(page);
  await page.getByRole('button', { name: 'Choose: Keep the Huawei contract' }).click();
  await expect(page.locator('.map-key')).toContainText('Undersea cable');
  await expect(page.locator('.map-panel')).toHaveScreenshot('solomon-after-cable.png', {
    maxDiffPixelRatio: 0.002,
  });
});

test('a second game on the same map takes the map back, showing only the new game', async ({
  page,
}) => {
  await page.goto(`/?seed=${SEED}`);
  await startGame(page);
  await page.getByRole('button', { name: 'Choose: Keep the Huawei contract' }).click();
  await expect(page.locator('.map-description')).toContainText('Undersea cable');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: /^New game: Solomon Islands/ }).click();
  await expect(page.locator('.map-panel canvas')).toBeVisible();
  await expect(page.locator('canvas')).toHaveCount(1);
  await expect(page.locator('.map-description')).not.toContainText('Undersea cable');
});
