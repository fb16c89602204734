// Workshop rooms on several devices (browser contexts): teams join by code and decide in parallel,
// the round resolves for all; a wrong code and a foreign-team input are refused; a team's device
// drops and catches up; the server is killed mid-round and everyone carries on; the projector's
// type sizes at 1920x1080; axe on every view.
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { io } from 'socket.io-client';
import { RoomServer, ROOMS_URL } from './roomServer.ts';
import { expectNoAxeViolations } from './support.ts';

test.describe.configure({ mode: 'serial' });
const server = new RoomServer();
const cspErrors: string[] = [];
test.beforeAll(() => server.start());
test.afterAll(() => server.kill());

async function device(browser: Browser, size = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ baseURL: ROOMS_URL, viewport: size });
  const page = await context.newPage();
  // The page's own security policy must let the socket through (connect-src 'self' covers ws:).
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  await page.goto('/#/rooms');
  await expect(page.getByRole('heading', { name: 'Workshop rooms' })).toBeVisible();
  return page;
}

async function setUpRoom(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Set up a room (facilitator)' }).click();
  await page.getByRole('radio', { name: /Solomon Islands/ }).check();
  await page.getByRole('button', { name: 'Remove team 3' }).click();
  await page.getByLabel('Name of team 1').fill('Honiara');
  await page.getByLabel('Name of team 2').fill('Команда Астана');
  await page.getByLabel('Shared seed').fill('7');
  await page.getByLabel('Minutes per round').fill('12');
  await expect(page.locator('.ws-planned')).toHaveText(
    'Planned: 8 rounds × 12 min = 96 min of rounds, before the hot wash.',
  );
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  const join = page.locator('.rm-join');
  await expect(join).toContainText('with code');
  return (await join.textContent())!.trim().slice(-8);
}

async function joinAs(page: Page, code: string, seat: string | RegExp): Promise<void> {
  await page.getByLabel('Room code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('button', { name: seat }).click();
}

const chooseFirst = (page: Page, timeout?: number) =>
  page
    .getByRole('button', { name: /^Choose: / })
    .first()
    .click({ timeout });

/** A team's device answers the year's decisions (first option each) until its report shows. */
async function decideYear(page: Page) {
  const heading = page.locator('.decision h2').first();
  const done = page.locator('h2.rm-phase');
  for (let i = 0; i < 8; i++) {
    await expect(heading.or(done).first()).toBeVisible();
    if (await done.isVisible()) return;
    const title = (await heading.textContent()) ?? '';
    await chooseFirst(page);
    await expect(done.or(heading.filter({ hasNotText: title })).first()).toBeVisible();
  }
}

test('teams decide in parallel on their own devices; refusals, a drop and a restart', async ({
  browser,
}) => {
  const facilitator = await device(browser);
  const code = await setUpRoom(facilitator);
  await expectNoAxeViolations(facilitator);

  const stranger = await device(browser);
  await stranger.getByLabel('Room code').fill('ZZZZZZZZ');
  await stranger.getByRole('button', { name: 'Join' }).click();
  await expect(stranger.getByRole('alert')).toContainText('No workshop has this code');
  await expectNoAxeViolations(stranger);
  await stranger.context().close();

  const projector = await device(browser, { width: 1920, height: 1080 });
  await joinAs(projector, code, 'Projector');
  const [honiara, astana] = [await device(browser), await device(browser)];
  await joinAs(honiara, code, 'Team Honiara');
  await joinAs(astana, code, 'Team Команда Астана');
  await expect(honiara.locator('.rm-phase')).toContainText('Waiting for the facilitator');

  await facilitator.getByRole('button', { name: 'Open the round' }).click();
  await Promise.all([decideYear(honiara), decideYear(astana)]);
  for (const page of [facilitator, projector])
    await expect(page.locator('.rm-phase')).toContainText('Every team has decided');
  await expectNoAxeViolations(honiara);

  // A foreign-team input, sent by hand from a team's seat: refused with a reason, never applied.
  const socket = io(ROOMS_URL, { transports: ['websocket'] });
  expect(await socket.emitWithAck('join', { code, role: 'team', team: 0 })).toMatchObject({
    ok: true,
  });
  const foreign = { type: 'choose', team: 1, decision: 'x', option: 'y' };
  expect(await socket.emitWithAck('act', { action: foreign })).toEqual({
    ok: false,
    reason: "A team's device can only choose for its own team.",
  });
  socket.close();

  await facilitator.getByRole('button', { name: 'Close the round' }).click();
  await facilitator
    .getByRole('button', { name: /^Start / })
    .first()
    .click();
  await expect(honiara.locator('h1')).toContainText('Round 2');

  // A closed lid: Команда Астана drops while an inject lands and Honiara chooses; back online,
  // its device catches up by itself (no reload) and still has its own decision to make.
  await astana.context().setOffline(true);
  await expect(astana.locator('.rm-connection')).toContainText('Connection lost');
  await facilitator.getByLabel('Or write one: title').fill('Cyclone <b>Ita</b>');
  await facilitator.getByRole('button', { name: 'Send this inject' }).click();
  await expect(facilitator.locator('.rm-said')).toHaveText('Done.');
  await decideYear(honiara);
  await astana.context().setOffline(false);
  await expect(astana.locator('.rm-injects')).toContainText('Cyclone <b>Ita</b>');
  await expect(astana.locator('.rm-injects b')).toHaveCount(0);
  await expect(astana.getByRole('button', { name: /^Choose: / }).first()).toBeVisible();

  // The server dies mid-round and comes back on its files: everyone carries on.
  await server.kill();
  await expect(astana.locator('.rm-connection')).toContainText('Connection lost');
  await server.start();
  await expect(astana.locator('.rm-connection')).toContainText('Connected');
  await decideYear(astana);
  await expect(facilitator.locator('.rm-phase')).toContainText('Every team has decided');
  await expect(projector.locator('[data-team="1"]')).toContainText('decided');

  // The projector, read from the back row: body 28 px, headlines 44 px at 1920x1080.
  const size = (selector: string) =>
    projector
      .locator(selector)
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(await size('h1')).toBeGreaterThanOrEqual(44);
  expect(await size('.rm-teams li')).toBeGreaterThanOrEqual(28);
  expect(await size('.rm-phase')).toBeGreaterThanOrEqual(28);
  await expectNoAxeViolations(projector);

  // An observer sees the room and can send nothing: no round, choice or inject controls.
  const observer = await device(browser);
  await joinAs(observer, code, 'Observer (read only)');
  await expect(observer.locator('[data-team="0"]')).toContainText('Honiara');
  await expect(observer.getByRole('button', { name: /Choose|round|inject/i })).toHaveCount(0);
  await expectNoAxeViolations(observer);
  expect(cspErrors).toEqual([]);
});

/** Every round: open, each team's device chooses until all have decided, close, go on. */
async function playRoomToEnd(facilitator: Page, teams: Page[]): Promise<void> {
  await facilitator.getByRole('button', { name: 'Open the round' }).click();
  for (let round = 0; round < 20; round++) {
    await expect(facilitator.getByRole('button', { name: 'Close the round' })).toBeVisible();
    const everyone = facilitator.locator('.rm-phase').filter({ hasText: 'Every team has decided' });
    while (!(await everyone.isVisible()))
      for (const team of teams)
        // A team with nothing left to decide this round has no Choose button: skip it quickly.
        await chooseFirst(team, 1_000).catch(() => undefined);
    await facilitator.getByRole('button', { name: 'Close the round' }).click();
    const next = facilitator.getByRole('button', { name: /^(Start |Go to the hot wash)/ }).first();
    const last = /hot wash/.test((await next.textContent()) ?? '');
    await next.click();
    if (last) return;
  }
}

test('after the last round the hot wash opens in the room, with a CSV that keeps Cyrillic names', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const facilitator = await device(browser);
  const code = await setUpRoom(facilitator);
  const [honiara, astana] = [await device(browser), await device(browser)];
  await joinAs(honiara, code, 'Team Honiara');
  await joinAs(astana, code, 'Team Команда Астана');
  const projector = await device(browser, { width: 1920, height: 1080 });
  await joinAs(projector, code, 'Projector');
  await playRoomToEnd(facilitator, [honiara, astana]);

  await expect(facilitator.getByRole('heading', { name: 'Hot wash', level: 2 })).toBeVisible();
  await expect(facilitator.locator('.rm-phase')).toHaveText('The workshop has ended: hot wash.');
  await expect(facilitator.locator('.ws-ending')).toHaveCount(2);
  await expect(facilitator.locator('.ws-ending').nth(1)).toContainText('Команда Астана');
  const download = facilitator.waitForEvent('download');
  await facilitator.getByRole('button', { name: 'Download CSV' }).click();
  const bytes = await readFile((await (await download).path()) as string);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(new TextDecoder().decode(bytes).split('\r\n')[2]).toMatch(/^Команда Астана,/);
  await expectNoAxeViolations(facilitator);

  // The projector shows the same hot wash at the back-row sizes, without the facilitator's exports.
  await expect(projector.getByRole('heading', { name: 'Hot wash', level: 2 })).toBeVisible();
  await expect(projector.locator('.ws-ending')).toHaveCount(2);
  await expect(projector.locator('.ws-ending').nth(1)).toContainText('Команда Астана');
  await expect(projector.getByRole('button', { name: /Download/ })).toHaveCount(0);
  const sizes = await projector.locator('.ws-hotwash').evaluate((wash) => {
    // Every visible element that holds text of its own (chart labels scale with their chart).
    const sized = (selector: string) =>
      [...wash.querySelectorAll(selector)]
        .filter((e) => !e.closest('svg') && e.checkVisibility())
        .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
        .map((e) => parseFloat(getComputedStyle(e).fontSize));
    return { text: sized('*:not(h1, h2, h3)'), headings: sized('h2, h3') };
  });
  expect(sizes.text.length).toBeGreaterThan(20);
  expect(sizes.headings.length).toBeGreaterThan(4);
  expect(Math.min(...sizes.text)).toBeGreaterThanOrEqual(28);
  expect(Math.min(...sizes.headings)).toBeGreaterThanOrEqual(44);
  // Nothing runs off the side of the projected screen.
  expect(await projector.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    1920,
  );
  await expectNoAxeViolations(projector);
});
