// What the game screen and the debrief map tell a player is true of their game: a Western-leaning
// Solomon Islands game (seed 7) never has its data exposure drawn toward Beijing, a policy turned
// down is said in plain words once, and the yearly line names the choice, not a state name.
import { expect, test, type Page } from '@playwright/test';
import { screenState } from './support.ts';

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
    await page.getByRole('button', { name: /^(Continue|See how it ended)$/ }).click();
  }
  await expect(page.locator('#ending-title')).toBeVisible();
  expect(sawTurnedDown).toBe(true);
  expect(sawTicker).toBe(true);

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
