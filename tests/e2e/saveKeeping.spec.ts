// What a player is told when the game cannot be saved as usual: the browser's storage is full, or
// the same scenario is open in a second tab. Nothing is lost in silence.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, playSteps } from './support.ts';

const PLAY = /^Play: Solomon Islands/;

test('with storage full the player is told, keeps playing, and can download the game', async ({
  page,
}) => {
  await page.goto('/?seed=5');
  await page.getByRole('button', { name: PLAY }).click();
  await playSteps(page, 2);
  // From now on the browser refuses every save, as a full localStorage does.
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('dsr:save:')) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await playSteps(page, 3);

  const notice = page.getByRole('complementary', { name: 'Saving' });
  await expect(notice).toContainText('no room left to save your game');
  await expectNoAxeViolations(page);
  const round = (await page.locator('.game-header .round').textContent()) ?? '';
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download this game' }).click();
  const file = await download;
  const save = JSON.parse(await readFile((await file.path()) ?? '', 'utf8')) as {
    format: string;
    round: number;
  };
  expect(save.format).toMatch(/^dsr-save\//);
  expect(round).toContain(`Round ${save.round} of`);
});

test('a second tab on the same game is told it does not save, and can take over', async ({
  page,
  context,
}) => {
  await page.goto('/?seed=5');
  await page.getByRole('button', { name: PLAY }).click();
  await playSteps(page, 2);

  const second = await context.newPage();
  // The game in progress opens by itself, as it does on a reload.
  await second.goto('/?seed=5');
  const told = second.getByRole('complementary', { name: 'Saving' });
  await expect(told).toContainText('open in another tab');

  await told.getByRole('button', { name: 'Save from this tab instead' }).click();
  await expect(told).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Saving' })).toContainText(
    'taken over by another tab',
  );
});
