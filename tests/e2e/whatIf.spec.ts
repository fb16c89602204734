// The debrief's "what if": rewind to a decision, choose differently, and see both games side by side.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, playByClicking } from './support.ts';

test('a player rewinds to their first decision, chooses differently and compares both games', async ({
  page,
}) => {
  // Two whole games and axe over the compared debrief: on a loaded CI machine this took over the
  // default two minutes (a budget for the work, not a speed check).
  test.setTimeout(360_000);
  await page.goto('/?seed=8');
  await page.getByRole('button', { name: /^Play: Solomon Islands/ }).click();
  await playByClicking(page, 0);
  await expect(page.getByRole('heading', { name: 'What really happened' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'For discussion' })).toBeVisible();

  // The rewinds are folded under "What if?" in the debrief.
  await page.getByRole('heading', { name: 'What if?' }).click();
  await page
    .getByRole('button', { name: /^Rewind to 2018: / })
    .first()
    .click();
  await expect(page.getByText(/^What if: you are replaying from/)).toBeVisible();
  await expect(page.locator('.game-header .round')).toContainText('2018');
  await playByClicking(page, 1);

  const compare = page.getByRole('heading', { name: 'Your game and the what-if, side by side' });
  await expect(compare).toBeVisible();
  await compare.click();
  await expect(page.getByRole('heading', { name: 'Your game', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The what-if', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
