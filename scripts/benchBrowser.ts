// The browser half of `npm run bench`: bundle sizes (gzipped), time from navigation to the first
// decision with the CPU slowed 4x (median of 5), and the JS heap after ten full play-throughs in
// one page against the heap after the first. Figures for the issue notes, not test assertions.
import type { Browser, CDPSession, Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { withBuiltGame } from './builtGame.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const PORT = 4179;
const URL_BASE = `http://127.0.0.1:${PORT}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(file)).length;

function sizes(): void {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) =>
    join(DIST, m[1] as string),
  );
  const assets = readdirSync(join(DIST, 'assets')).map((f) => join(DIST, 'assets', f));
  const js = assets.filter((f) => f.endsWith('.js'));
  const mapData = assets.filter((f) => /\.(json|topojson)$/.test(f));
  const audio = assets.filter((f) => /\.(ogg|m4a|mp3|wav)$/.test(f));
  const initialJs = initial.filter((f) => f.endsWith('.js')).reduce((s, f) => s + gz(f), 0);
  console.log(`Initial JavaScript (gzipped): ${kb(initialJs)}  (target at most 60 KB)`);
  // The map's chunk holds Phaser (its core build, see vite.config.ts) and the map's own code.
  const mapChunk = js.filter((f) => /\/mapGame-[\w-]+\.js$/.test(f));
  console.log(
    `Map chunk with Phaser core (gzipped): ${kb(mapChunk.reduce((s, f) => s + gz(f), 0))}`,
  );
  const everything = [...js, ...mapData].reduce((s, f) => s + gz(f), 0);
  console.log(
    `Every JavaScript and map file built, all modes and regions (gzipped): ${kb(everything)}`,
  );
  console.log(
    `All audio: ${kb(audio.reduce((s, f) => s + statSync(f).size, 0))}  (target at most 1 MB)`,
  );
}

/** From navigation to the first decision's Choose buttons, as a player clicking Play at once. */
async function openFirstDecision(page: Page): Promise<void> {
  await page.goto(`${URL_BASE}/?seed=1`);
  await page.getByRole('button', { name: /^Play: Solomon/ }).click();
  await page
    .getByRole('button', { name: /^Choose: / })
    .first()
    .waitFor();
}

/** Wall clock and the page's main-thread CPU time (Chromium's ThreadTime), navigation to decision. */
async function toFirstDecision(page: Page, cdp: CDPSession): Promise<[number, number]> {
  await cdp.send('Performance.enable');
  const cpu = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')
      ?.value ?? NaN;
  const cpuBefore = await cpu();
  const started = Date.now();
  await openFirstDecision(page);
  const wall = Date.now() - started;
  return [wall, Math.round(((await cpu()) - cpuBefore) * 1000)];
}

async function playToEnd(page: Page): Promise<void> {
  const choose = page.getByRole('button', { name: /^Choose: / }).first();
  const next = page.getByRole('button', { name: /^(Continue|See how it ended)$/ });
  const ending = page.locator('#ending-title');
  for (let step = 0; step < 200; step++) {
    await choose.or(next).or(ending).first().waitFor();
    if (await ending.isVisible()) return;
    if (await choose.isVisible()) await choose.click();
    else await next.click();
  }
}

/** What one whole game really fetches: every script and data file, gzipped as a server would. */
async function fullGameDownload(
  browser: Browser,
  scenario: string,
  country: string | null,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    if (/\.(js|json)$/.test(new URL(response.url()).pathname))
      sizes.set(response.url(), gzipSync(await response.body()).length);
  });
  await page.goto(`${URL_BASE}/?seed=1`);
  await page.getByRole('button', { name: new RegExp(`^Play: ${scenario}`) }).click();
  if (country) await page.getByRole('button', { name: new RegExp(`^Play as ${country}`) }).click();
  await playToEnd(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  return [...sizes.values()].reduce((a, b) => a + b, 0);
}

async function main(): Promise<void> {
  if (spawnSync('node_modules/.bin/vite', ['build'], { cwd: ROOT, stdio: 'ignore' }).status !== 0)
    throw new Error('build failed');
  sizes();
  await withBuiltGame(
    PORT,
    ['--enable-precise-memory-info', '--js-flags=--expose-gc'],
    async (browser) => {
      const times: number[] = [];
      const cpuTimes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        const [wall, cpu] = await toFirstDecision(page, cdp);
        times.push(wall);
        cpuTimes.push(cpu);
        await context.close();
      }
      const median = (list: number[]) => [...list].sort((a, b) => a - b)[2];
      console.log(
        `Navigation to the first decision, CPU 4x slower: median ${median(times)} ms wall clock (runs: ${times.join(', ')}; target at most 2000 ms); the page's main-thread CPU time median ${median(cpuTimes)} ms (runs: ${cpuTimes.join(', ')})`,
      );

      for (const [scenario, country] of [
        ['Solomon', null],
        ['Central Asia', 'Kyrgyzstan'],
      ] as const) {
        console.log(
          `A full ${scenario} game downloads ${kb(await fullGameDownload(browser, scenario, country))} of JavaScript and map data, gzipped (target at most 600 KB)`,
        );
      }

      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      const heap = async () =>
        page.evaluate(() => {
          (globalThis as { gc?: () => void }).gc?.();
          return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory
            .usedJSHeapSize;
        });
      const heaps: number[] = [];
      for (let i = 0; i < 10; i++) {
        if (i === 0) await openFirstDecision(page);
        else {
          await page.getByRole('button', { name: 'Play again' }).click();
          await page.getByRole('button', { name: /^Play: Solomon/ }).click();
        }
        await playToEnd(page);
        heaps.push(await heap());
      }
      const growth = ((heaps[9] as number) / (heaps[0] as number) - 1) * 100;
      console.log(
        `JS heap after play-through 1: ${kb(heaps[0] as number)}, after 10: ${kb(heaps[9] as number)} (${growth.toFixed(1)}%; target within 20%)`,
      );
      console.log(`  after each: ${heaps.map((h) => kb(h)).join(', ')}`);
    },
  );
}

await main();
