// Map benchmark: builds the bench page (src/map/bench/) with Vite into a temporary folder, serves
// it with vite preview, and in headless Chromium at 1280x720 measures the median frames per second
// of the map while consequences land, beside an empty Phaser game. Also prints the chunk sizes.
//   node --import tsx scripts/benchMap.ts
//   node --import tsx scripts/benchMap.ts [--renderer auto|webgl|canvas] [--still] [--reduced]
//   node --import tsx scripts/benchMap.ts --shot map.png [--steps 8] [--reduced] [--size 1024x768]
//     [--spotlight <place id> [--wait <seconds>]]
//   either with [--scenario central-asia] [--country kyrgyzstan] [--dpr 2]
// Figures depend on the machine: printed, never asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import type { Rollup } from 'vite';
import { scenariosPlugin } from './viteScenarios.ts';
import { phaserCore } from '../vite.config.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const shot = option('--shot');
const picked = ['scenario', 'country']
  .map((name) => (option(`--${name}`) ? `&${name}=${option(`--${name}`)}` : ''))
  .join('');
const [width, height] = (option('--size') ?? '1280x720').split('x').map(Number) as [number, number];

const work = mkdtempSync(join(tmpdir(), 'dsr-bench-map-'));
const outDir = join(work, 'dist');

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function buildBench(): Promise<void> {
  const output = (await build({
    configFile: false,
    root: join(root, 'src/map/bench'),
    base: './',
    logLevel: 'warn',
    plugins: [scenariosPlugin(join(root, 'scenarios'))],
    ...phaserCore,
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  })) as Rollup.RollupOutput;
  console.log('Bench build chunks (minified, gzipped):');
  const rows = output.output
    .filter((o) => o.type === 'chunk' || o.fileName.endsWith('.json'))
    .map((o) => {
      const code = o.type === 'chunk' ? o.code : String(o.source);
      return { name: o.fileName, raw: code.length, gz: gzipSync(code).length };
    })
    .sort((a, b) => b.gz - a.gz);
  for (const r of rows)
    console.log(`  ${r.name.padEnd(48)} ${kb(r.raw).padStart(10)} ${kb(r.gz).padStart(10)}`);
}

async function run(): Promise<void> {
  await buildBench();
  const server = await preview({
    configFile: false,
    root: join(root, 'src/map/bench'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 4180, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4180/';
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const deviceScaleFactor = Number(option('--dpr') ?? 1);
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor });
    page.on('console', (m) => m.type() === 'error' && console.log(`[page] ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[page] ${e.message}`));
    if (shot) {
      const spot = option('--spotlight');
      const extra = spot ? `&spotlight=${spot}&wait=${option('--wait') ?? 0.5}` : '';
      const query = `?mode=shot&steps=${option('--steps') ?? 6}${args.includes('--reduced') ? '&reduced=1' : ''}${picked}${extra}`;

      await page.goto(url + query);
      await page.waitForFunction(() => window.__shot ?? window.__error, null, { timeout: 60_000 });
      const error = await page.evaluate(() => window.__error);
      if (error) throw new Error(error);
      await page.screenshot({ path: shot });
      const result = await page.evaluate(() => window.__shot);
      console.log(
        `Screenshot ${shot} after ${result?.steps} steps:\n  ${result?.lines.join('\n  ')}`,
      );
      return;
    }
    const flags = ['reduced', 'still'].filter((f) => args.includes(`--${f}`)).map((f) => `${f}=1`);
    flags.push(`renderer=${option('--renderer') ?? 'auto'}`);
    await page.goto(`${url}?${flags.join('&')}${picked}`);
    await page.waitForFunction(() => window.__bench ?? window.__error, null, { timeout: 60_000 });
    const error = await page.evaluate(() => window.__error);
    if (error) throw new Error(error);
    const r = await page.evaluate(() => window.__bench);
    if (!r) throw new Error('no result');
    const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
    console.log(
      `Headless Chromium ${width}x${height} at DPR ${deviceScaleFactor}, ${r.renderer}, median of 1 s windows over 5 s:`,
    );
    console.log(
      `  map, consequences landing (${r.steps} steps): ${r.mapFps.toFixed(1)} fps  [${list(r.mapSamples)}]`,
    );
    console.log(
      `  empty Phaser scene:                       ${r.emptyFps.toFixed(1)} fps  [${list(r.emptySamples)}]`,
    );
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(work, { recursive: true, force: true });
  }
}

await run();
