// Reach beyond axe: text enlarged to 200% on a tablet-sized screen still fits without sideways
// scrolling, and changes are told in words and arrows, not by colour alone.
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1024, height: 768 } });

test('with text at 200% on a 1024x768 screen, the title and a decision need no sideways scrolling', async ({
  page,
}) => {
  await page.goto('/?seed=2');
  await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  await page.getByRole('button', { name: /^Play: Solomon/ }).click();
  await expect(page.getByRole('button', { name: /^Choose: / }).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
});

test('each indicator change is said in words with an arrow and whether it is good, not only in colour', async ({
  page,
}) => {
  await page.goto('/?seed=2');
  await page.getByRole('button', { name: /^Play: Solomon/ }).click();
  await page
    .getByRole('button', { name: /^Choose: / })
    .first()
    .click();
  const changes = await page.locator('.hud .change').allTextContents();
  expect(changes.length).toBeGreaterThan(5);
  for (const text of changes)
    expect(text).toMatch(/^(no change|[▲▼] (up|down) [\d.]+(, (better|worse))?)$/);
  expect(changes.some((text) => text !== 'no change')).toBe(true);
});

test('every indicator explains itself to keyboard and screen-reader users', async ({ page }) => {
  await page.goto('/?seed=2');
  await page.getByRole('button', { name: /^Play: Solomon/ }).click();
  const name = page.locator('.hud .indicator-name').first();
  await name.focus();
  const meaningId = await name.getAttribute('aria-describedby');
  await expect(page.locator(`#${meaningId}`)).toBeVisible();
  await expect(page.locator(`#${meaningId}`)).toHaveText(/\w+.*\./);
});
