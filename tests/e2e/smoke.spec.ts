// Smoke test: the page loads, passes axe, and never talks to any origin but its own.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test('shows the game title as the main heading', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Digital Silk Road' })).toBeVisible();
});

test('has no accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test('requests nothing from other origins and throws no errors', async ({ page }) => {
  const requested: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  // The game loads parts of itself lazily; wait until it has stopped fetching.
  await page.waitForLoadState('networkidle');

  const origin = new URL(page.url()).origin;
  const foreign = requested.filter(
    (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
  );
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});
