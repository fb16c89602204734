// After one visit the game works with the network gone: the scenarios, the map, the sounds and
// the teacher's guide all come from the device.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, playSteps } from './support.ts';

test.use({ serviceWorkers: 'allow' });

test('after one visit the game, its map and the teacher guide load offline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('complementary', { name: 'Offline' })).toContainText(
    'works offline',
    { timeout: 30_000 },
  );
  await expectNoAxeViolations(page);

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: /^Play: Solomon/ }).click();
  await playSteps(page, 1);
  await expect(page.locator('canvas').first()).toBeVisible();

  await page.goto('/#/teacher');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/teacher/i);
});
