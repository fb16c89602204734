// What the game screen and the debrief map tell a player is true of their game: a Western-leaning
// Solomon Islands game (seed 7) never has its data exposure drawn toward Beijing, a policy turned
// down is said in plain words once, the yearly line names the choice, not a state name, and the
// report names earlier choices and deals in the words their cards and decisions used.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import { screenState } from './support.ts';

const solomon = loadScenarioText(
  readFileSync('scenarios/solomon-islands.yaml', 'utf8'),
  'solomon-islands.yaml',
);
/** The names a player read on the cards and decisions, which the report repeats word for word. */
const HEADLINES = new Set(
  solomon.decisions.flatMap((d) => d.options.map((o) => o.headline ?? o.label)),
);
const DEALS = new Set([...solomon.decisions.map((d) => d.title), ...HEADLINES]);

/** The options the fresh-eyes reviewer took: Australia's offers, Taipei, the election on time. */
const WESTERN =
  /Coral Sea|Stay with Taipei|PaCSON|Australia|on time, with Australia|partners' terms/;

async function chooseWestern(page: Page) {
  const buttons = page.getByRole('button', { name: /^Choose: / });
  const names = await buttons.evaluateAll((els) =>
    els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''),
  );
  const i = names.findIndex((n) => WESTERN.test(n));
  await buttons.nth(Math.max(0, i)).click();
}

test.use({ viewport: { width: 1366, height: 768 } });

test('a Western-leaning game: plain words for a closed decision, and data exposure never sent to Beijing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/?seed=7');
  await page.getByRole('button', { name: /^Play: .*Solomon/ }).click();
  const report = page.locator('.report-part');
  let sawTurnedDown = false;
  let sawTicker = false;
  let traced = 0;
  let stages = 0;
  for (let step = 0; step < 100; step++) {
    const now = await screenState(page);
    if (now === 'ended') break;
    if (now === 'choose') {
      await chooseWestern(page);
      continue;
    }
    const text = (await report.allInnerTexts()).join('\n');
    expect(text).not.toMatch(/Then: rejected|: rejected\b/);
    if (/Then: “Switch recognition to Beijing” is turned down for good/.test(text))
      sawTurnedDown = true;
    if (/Your choice in 2019\nStay with Taipei\nFiscal room/.test(text)) sawTicker = true;
    // An effect of an earlier year's choice names that choice as its card did, with the year; a
    // deal's new stage names the deal as its decision (or a policy as its card) did.
    for (const [, name] of text.matchAll(/^Because in \d{4} you chose\n(.+)$/gm)) {
      expect(HEADLINES).toContain(name);
      traced += 1;
    }
    for (const [, name] of text.matchAll(/^(.+)\nNow: /gm)) {
      expect(DEALS).toContain(name);
      stages += 1;
    }
    await page.getByRole('button', { name: /^(Continue|See how it ended)$/ }).click();
  }
  await expect(page.locator('#ending-title')).toBeVisible();
  expect(sawTurnedDown).toBe(true);
  expect(sawTicker).toBe(true);
  expect(traced).toBeGreaterThan(0);
  expect(stages).toBeGreaterThan(0);

  const description = page.locator('.map-description');
  await expect(description).toContainText(
    /Data exposure \d+ out of 100, drawn as moving dots toward Canberra/,
  );
  await expect(description).not.toContainText(/Data[^.]*toward Beijing/);
  await expect(page.locator('.map-key')).toContainText(
    /data exposure \d+\/100, mostly via Western partners/,
  );
  await expect(page.locator('.map-key')).not.toContainText('data flowing to Beijing');
  await page.screenshot({ path: test.info().outputPath('debrief-1366.png') });
});
