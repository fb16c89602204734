// `npm run bench`, the reading half: plays the built game in Chromium for every scenario and
// country (fixed seed; first option, then BENCH_RANDOM_PLAYERS seeded random players, 3 by default)
// and counts the words a player reads to the ending in the default view: the visible text of the
// main area at each decision and round report, details closed, each distinct line counted once.
// Estimated minutes are words / 200 plus 20 s per decision. Also the debrief's default view: its
// words and its height at a laptop and a phone size. Figures for the issue notes (targets
// reported, never asserted).
import type { Browser, Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText } from '../src/sim/scenario/load.ts';
import { nextFloat } from '../src/sim/rng.ts';
import { withBuiltGame } from './builtGame.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const PORT = Number(process.env.PW_PORT ?? 4184);
const URL_BASE = `http://127.0.0.1:${PORT}`;
const SEED = Number(process.env.BENCH_SEED ?? 1);
/** `--lesson`: play each scenario's lesson cut (`?length=lesson`) instead of the full game. */
const LESSON = process.argv.includes('--lesson');
/** How many seeded random players (each its own choices, same dice): one path says little. */
const RANDOM_PLAYERS = Number(process.env.BENCH_RANDOM_PLAYERS ?? 3);
const CHOOSE = /^Choose: /;
const NEXT = /^(Continue|See how it ended)$/;
/** Where the decision, the round report and the debrief are shown (the map and HUD are not read). */
const MAIN = '.main-panel';

/** Distinct lines read, each with the source it was first seen in. */
type Seen = Map<string, Source>;

interface Run {
  label: string;
  strategy: string;
  words: number;
  bySource: Record<Source, number>;
  lines: Seen;
  decisions: number;
  minutes: number;
  debriefWords: number;
  debriefPx: number;
}

/**
 * Where a line comes from, for authors: the first group (in this order) an element belongs to.
 * Controls and section labels count as chrome wherever they sit; then news, voices, options, the
 * round report and, last, the decision's own text (its title and prompt).
 */
const SOURCES = [
  ['chrome', 'summary, button:not(.term), .eyebrow, h3:not(.log-title), .illustrative'],
  ['news/events', '.news, .event-card'],
  ['advisor voices', '.voices'],
  ['option cards', '.option'],
  ['round report', '.round-report, .pending'],
  ['prompt', '.decision'],
] as const;
type Source = (typeof SOURCES)[number][0] | 'other';
const SOURCE_NAMES: Source[] = [...SOURCES.map(([name]) => name), 'other'];

/**
 * The lines a player can see in the main area now, each with its source: details closed,
 * screen-reader-only text out. Each group's lines are read, then the group is set aside, so a line
 * belongs to one group only; what is left is "other".
 */
async function visibleLines(page: Page): Promise<[string, Source][]> {
  return page.locator(MAIN).evaluate((main, sources) => {
    const hide = document.createElement('style');
    hide.textContent = '.visually-hidden, [data-bench-read] { display: none !important; }';
    document.head.append(hide);
    // Read in place, one group after another (no named helper: the page has no `__name` for tsx).
    const found: [string, string][] = [];
    const marked: HTMLElement[] = [];
    for (const [source, selector] of [...sources, ['other', '']]) {
      // Only what is rendered now (not inside a closed disclosure, not already read); "other" is
      // what is left of the whole area.
      const all = selector ? [...main.querySelectorAll<HTMLElement>(selector)] : [main];
      const shown = all.filter(
        (el) =>
          el.getClientRects().length > 0 && !(selector && el.parentElement?.closest(selector)),
      ) as HTMLElement[];
      for (const el of shown)
        for (const line of el.innerText.split('\n')) {
          const clean = line.replace(/\s+/g, ' ').trim();
          if (clean) found.push([clean, source]);
        }
      for (const el of shown) el.setAttribute('data-bench-read', '');
      marked.push(...shown);
    }
    for (const el of marked) el.removeAttribute('data-bench-read');
    hide.remove();
    return found;
  }, SOURCES) as Promise<[string, Source][]>;
}

const wordsIn = (line: string) => line.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const wordsOf = (lines: Iterable<string>) => [...lines].reduce((n, l) => n + wordsIn(l), 0);

function bySource(seen: Seen): Record<Source, number> {
  const counts = Object.fromEntries(SOURCE_NAMES.map((s) => [s, 0])) as Record<Source, number>;
  for (const [line, source] of seen) counts[source] += wordsIn(line);
  return counts;
}

/** The game's own generator, so the "random" player makes the same choices on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    const [value, next] = nextFloat(state);
    state = next;
    return value;
  };
}

async function start(page: Page, title: string, country: string | null): Promise<void> {
  await page.goto(`${URL_BASE}/?seed=${SEED}${LESSON ? '&length=lesson' : ''}`);
  await page.getByRole('button', { name: `Play: ${title}` }).click();
  if (country) await page.getByRole('button', { name: `Play as ${country}` }).click();
}

async function play(page: Page, pick: (open: number) => number) {
  const seen: Seen = new Map();
  let decisions = 0;
  const choose = page.getByRole('button', { name: CHOOSE });
  const next = page.getByRole('button', { name: NEXT });
  const ending = page.locator('#ending-title');
  for (let step = 0; step < 300; step++) {
    await choose.first().or(next).or(ending).first().waitFor();
    if (await ending.isVisible()) return { seen, decisions };
    for (const [line, source] of await visibleLines(page))
      if (!seen.has(line)) seen.set(line, source);
    if (await choose.first().isVisible()) {
      decisions += 1;
      await choose.nth(pick(await choose.count())).click();
    } else await next.click();
  }
  throw new Error('the game did not end within 300 steps');
}

async function debriefFigures(page: Page) {
  const words = wordsOf(new Set((await visibleLines(page)).map(([line]) => line)));
  const px = await page
    .locator(MAIN)
    .evaluate((el) => Math.round(el.getBoundingClientRect().height));
  return { words, px };
}

async function measure(
  browser: Browser,
  label: string,
  title: string,
  country: string | null,
  strategy: string,
): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await start(page, title, country);
  // "random2" is the second random player: its choices come from its own stream.
  const random = seeded(SEED + Number(strategy.replace('random', '') || 1) - 1);
  const pick = strategy === 'first' ? () => 0 : (open: number) => Math.floor(random() * open);
  const { seen, decisions } = await play(page, pick);
  const debrief = await debriefFigures(page);
  await context.close();
  const words = wordsOf(seen.keys());
  return {
    label,
    strategy,
    words,
    bySource: bySource(seen),
    lines: seen,
    decisions,
    minutes: words / 200 + (decisions * 20) / 60,
    debriefWords: debrief.words,
    debriefPx: debrief.px,
  };
}

/** The debrief's height on a phone, for one game (first options). */
async function phoneDebrief(browser: Browser, title: string, country: string | null) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await start(page, title, country);
  await play(page, () => 0);
  const figures = await debriefFigures(page);
  await context.close();
  return figures;
}

function games(): { label: string; title: string; country: string | null }[] {
  const dir = join(ROOT, 'scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort((a, b) => b.localeCompare(a))
    .flatMap((file) => {
      const scenario = loadScenarioText(readFileSync(join(dir, file), 'utf8'), file);
      const several = scenario.countries.length > 1;
      return scenario.countries.map((c) => ({
        label: c.name,
        title: scenario.title,
        country: several ? c.name : null,
      }));
    });
}

const pad = (v: string | number, n: number) => String(v).padStart(n);

/** Every distinct line of a run with its source and words, for an author looking for cuts. */
function writeLines(run: Run): void {
  const dir = join(ROOT, '.reports');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `words-${run.label}-${run.strategy}.txt`.replace(/\s+/g, '-'));
  const rows = [...run.lines].map(
    ([line, source]) => `${pad(wordsIn(line), 3)}  ${source.padEnd(14)}  ${line}`,
  );
  writeFileSync(file, `${rows.join('\n')}\n`);
}

async function main(): Promise<void> {
  const built = process.argv.includes('--built');
  // --lines writes each run's lines to .reports/words-<country>-<choices>.txt.
  const lines = process.argv.includes('--lines');
  // BENCH_ONLY=Kyrgyzstan measures the countries whose name contains it.
  const only = process.env.BENCH_ONLY ?? '';
  if (!built && spawnSync('node_modules/.bin/vite', ['build'], { cwd: ROOT }).status !== 0)
    throw new Error('build failed');
  await withBuiltGame(PORT, [], async (browser) => {
    console.log(
      `\nWords read to the ending of the ${LESSON ? 'lesson cut (targets 15-20 min)' : 'full game'} (default view, seed ${SEED}, 1366x768; targets: at most 2,500 words, 15-25 min, debrief at most 1,200 words)`,
    );
    console.log(
      'country              choices  words  decisions  minutes  debrief words  debrief px',
    );
    const list = games().filter((g) => g.label.includes(only));
    const runs: Run[] = [];
    for (const game of list) {
      const players = [
        'first',
        ...Array.from({ length: RANDOM_PLAYERS }, (_, i) => `random${i + 1}`),
      ];
      for (const strategy of players) {
        const r = await measure(browser, game.label, game.title, game.country, strategy);
        runs.push(r);
        if (lines) writeLines(r);
        console.log(
          `${r.label.padEnd(20)} ${r.strategy.padEnd(7)} ${pad(r.words, 6)} ${pad(r.decisions, 10)} ${pad(r.minutes.toFixed(1), 8)} ${pad(r.debriefWords, 14)} ${pad(r.debriefPx, 11)}`,
        );
      }
    }
    const minutes = runs.map((r) => r.minutes);
    const words = runs.map((r) => r.words);
    console.log(
      `All ${runs.length} games: ${Math.min(...words)}-${Math.max(...words)} words, ${Math.min(...minutes).toFixed(1)}-${Math.max(...minutes).toFixed(1)} estimated minutes`,
    );
    console.log('\nWhere the words come from (each distinct line counted once, where first seen)');
    console.log(`${'country'.padEnd(20)} choices ${SOURCE_NAMES.map((s) => pad(s, 15)).join('')}`);
    for (const r of runs)
      console.log(
        `${r.label.padEnd(20)} ${r.strategy.padEnd(7)} ${SOURCE_NAMES.map((s) => pad(r.bySource[s], 15)).join('')}`,
      );
    const first = list[0];
    if (first) {
      const phone = await phoneDebrief(browser, first.title, first.country);
      console.log(
        `Debrief on a 390x844 phone (${first.label}, first options): ${phone.words} words, ${phone.px} px tall`,
      );
    }
  });
}

await main();
