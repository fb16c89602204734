// The map in the game: loaded only once a game starts, described in words as deals land, hidden
// indicators kept out until the debrief, within the download budget, and drawn the same way each
// time (a screenshot baseline, with reduced motion so nothing moves).
import { expect, test, type Locator, type Page } from '@playwright/test';
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

/** The picture alone: the buttons over it (focused, hovered) are masked out. */
const picture = (canvas: Locator) =>
  canvas.screenshot({ mask: [canvas.page().locator('.map-zoom')] });

/**
 * The share of pixels that differ between two pictures, counted in the page: antialiasing may
 * settle a pixel or two differently after the camera moves back, which the eye never sees.
 */
async function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([one, two]) => {
      const pixels = async (base64: string) => {
        // An <img>, not fetch(): the page's security policy allows data: images, not data: fetches.
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d');
        ctx?.drawImage(image, 0, 0);
        return ctx?.getImageData(0, 0, image.width, image.height).data ?? new Uint8ClampedArray();
      };
      const [p, q] = [await pixels(one), await pixels(two)];
      if (p.length !== q.length || p.length === 0) return 1;
      let differing = 0;
      for (let i = 0; i < p.length; i += 4)
        if (
          Math.abs(p[i]! - q[i]!) +
            Math.abs(p[i + 1]! - q[i + 1]!) +
            Math.abs(p[i + 2]! - q[i + 2]!) >
          48
        )
          differing++;
      return differing / (p.length / 4);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

/** The canvas once it has stopped changing (fonts loaded, every layer drawn): 3 equal shots. */
async function settledShot(canvas: Locator): Promise<Buffer> {
  let last = await picture(canvas);
  let same = 0;
  for (let i = 0; i < 30 && same < 2; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const next = await picture(canvas);
    same = next.equals(last) ? same + 1 : 0;
    last = next;
  }
  if (same < 2) throw new Error('the map never settled');
  return last;
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
    'Undersea cable (Huawei, China): being laid from Honiara to Port Moresby.',
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
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`/?seed=${SEED}`);
  await startGame(page);
  await page.getByRole('button', { name: 'Choose: Keep the Huawei contract' }).click();
  await expect(page.locator('.map-key')).toContainText('Undersea cable');
  await expect(page.locator('.map-panel')).toHaveScreenshot('solomon-after-cable.png', {
    maxDiffPixelRatio: 0.002,
  });
});

test('the map is drawn at the device pixel ratio, so lines and names stay sharp', async ({
  browser,
}) => {
  const context = await browser.newContext({
    deviceScaleFactor: 2,
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  await page.goto(`/?seed=${SEED}`);
  await startGame(page);
  const canvas = page.locator('.map-panel canvas');
  const backing = () =>
    canvas.evaluate((c: HTMLCanvasElement) => {
      const box = c.getBoundingClientRect();
      return { width: c.width, height: c.height, css: [box.width * 2, box.height * 2] };
    });
  await expect.poll(async () => (await backing()).css[0]).toBeGreaterThan(400);
  const { width, height, css } = await backing();
  expect(width).toBe(Math.round(css[0] as number));
  expect(height).toBe(Math.round(css[1] as number));
  await context.close();
});

test('on a phone the zoom buttons sit under the map, so they hide none of it, and still zoom', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(`/?seed=${SEED}`);
  await startGame(page);
  const canvas = page.locator('.map-panel canvas');
  const buttons = page.getByRole('group', { name: 'Map view' });
  await expect(buttons).toBeVisible();
  const [map, bar] = [await canvas.boundingBox(), await buttons.boundingBox()];
  if (!map || !bar) throw new Error('no boxes for the map and its buttons');
  // Over a 218 px map the row covered the Solomon Islands themselves (top right).
  expect(bar.y).toBeGreaterThanOrEqual(map.y + map.height);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.getByRole('button', { name: 'Zoom out' })).toHaveAttribute(
    'aria-disabled',
    'false',
  );
  await context.close();
});

test('the map pans and zooms with the keyboard and the zoom buttons, and resets', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/?seed=${SEED}`);
  await startGame(page);
  const canvas = page.locator('.map-panel canvas');
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  const reset = page.getByRole('button', { name: 'Reset map view' });
  await expect(zoomOut).toHaveAttribute('aria-disabled', 'true');
  // The pointer rests where Play was, which is over the map beside a decision: move it off, so
  // no hovered site is in the picture the reset must come back to.
  await page.mouse.move(0, 0);
  const whole = await settledShot(canvas);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(zoomOut).toHaveAttribute('aria-disabled', 'false');
  await expect.poll(async () => (await picture(canvas)).equals(whole)).toBe(false);

  await reset.click();
  await expect(zoomOut).toHaveAttribute('aria-disabled', 'true');
  await expect
    .poll(async () => differingShare(page, await picture(canvas), whole))
    .toBeLessThan(0.002);

  // The keyboard, once the map has focus: + zooms, arrows pan, 0 shows the whole map again.
  const map = page.getByRole('group', { name: /^Map: arrow keys move it/ });
  await map.focus();
  await page.keyboard.press('+');
  await expect(zoomOut).toHaveAttribute('aria-disabled', 'false');
  const zoomed = await settledShot(canvas);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await picture(canvas)).equals(zoomed)).toBe(false);
  await page.keyboard.press('0');
  await expect(zoomOut).toHaveAttribute('aria-disabled', 'true');
  // The focus ring is not part of the picture being compared.
  await map.blur();
  await expect
    .poll(async () => differingShare(page, await picture(canvas), whole))
    .toBeLessThan(0.002);
});

test("a site's details are reachable by keyboard and read to screen readers", async ({ page }) => {
  await page.goto(`/?seed=${SEED}`);
  await startGame(page);
  await page.getByRole('button', { name: 'Choose: Keep the Huawei contract' }).click();
  const site = page.getByRole('group', { name: 'Sites on the map' }).getByRole('button', {
    name: 'Honiara',
  });
  await expect(site).toHaveAccessibleDescription(
    /Undersea cable: China \(Huawei\), being laid, since \d{4}\./,
  );
  // Reached with Tab from the map, it opens the same details beside the site.
  await page.getByRole('group', { name: /^Map: arrow keys move it/ }).focus();
  for (let i = 0; i < 6 && !(await site.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(site).toBeFocused();
  const card = page.locator('.map-site-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Undersea cable: China (Huawei), being laid, since');
  await page.keyboard.press('Tab');
  await expect(card).toBeHidden();
  await expectNoAxeViolations(page);
});

test('with reduced motion nothing on the map moves, and what happened still shows', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/?seed=${SEED}`);
  await startGame(page);
  await page.getByRole('button', { name: 'Choose: Keep the Huawei contract' }).click();
  // The cable under way is said in words and drawn; its pulse and the line's growth stand still.
  await expect(page.locator('.map-description')).toContainText('being laid');
  const canvas = page.locator('.map-panel canvas');
  const first = await settledShot(canvas);
  await page.waitForTimeout(700);
  expect((await picture(canvas)).equals(first)).toBe(true);
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
