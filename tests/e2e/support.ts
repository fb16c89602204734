// Shared steps for the browser tests: reading what the game shows, and playing it on.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectNoAxeViolations(page: Page) {
  // Axe measures contrast as drawn: mid-fade (a moment card sliding in on a loaded machine) it
  // would report the half-transparent frame, not the screen the player reads. Let finite
  // animations finish first.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found).toEqual([]);
}

/** Waits for the game to show something to act on, and says what. */
export async function screenState(page: Page): Promise<'choose' | 'continue' | 'ended'> {
  const choose = page.getByRole('button', { name: /^Choose: / }).first();
  const next = page.getByRole('button', { name: /^(Continue|See how it ended)$/ });
  const ending = page.locator('#ending-title');
  await expect(choose.or(next).or(ending)).toBeVisible();
  if (await ending.isVisible()) return 'ended';
  return (await choose.isVisible()) ? 'choose' : 'continue';
}

/** Plays on, taking the option at `pick` (default the first open one), until the ending shows. */
export async function playByClicking(page: Page, pick = 0) {
  for (let step = 0; step < 100; step++) {
    const now = await screenState(page);
    if (now === 'ended') return;
    if (now === 'choose') {
      const buttons = page.getByRole('button', { name: /^Choose: / });
      await buttons.nth(Math.min(pick, (await buttons.count()) - 1)).click();
    } else await page.getByRole('button', { name: /^(Continue|See how it ended)$/ }).click();
  }
}

/** Takes `steps` actions (a choice or a continue) and stops. */
export async function playSteps(page: Page, steps: number) {
  for (let step = 0; step < steps; step++) {
    const now = await screenState(page);
    if (now === 'ended') return;
    if (now === 'choose')
      await page
        .getByRole('button', { name: /^Choose: / })
        .first()
        .click();
    else await page.getByRole('button', { name: /^(Continue|See how it ended)$/ }).click();
  }
}

/** The share of the screen the map fills (the part of its panel inside the viewport). */
export function mapShare(page: Page): Promise<number> {
  return page.locator('.map-panel').evaluate((panel) => {
    const box = panel.getBoundingClientRect();
    const w = Math.min(box.right, innerWidth) - Math.max(box.left, 0);
    const h = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
    return (Math.max(0, w) * Math.max(0, h)) / (innerWidth * innerHeight);
  });
}

/** Answers the round's decisions with the first option until its report offers Continue. */
export async function finishRound(page: Page) {
  const next = page.getByRole('button', { name: /^(Continue|See how it ended)$/ });
  const heading = page.locator('.main-panel h2').first();
  for (let i = 0; i < 8 && !(await next.isVisible()); i++) {
    const title = (await heading.textContent()) ?? '';
    await page
      .getByRole('button', { name: /^Choose: / })
      .first()
      .click();
    await expect(heading).not.toHaveText(title);
  }
  await expect(next).toBeVisible();
}
