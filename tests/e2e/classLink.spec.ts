// The class link in the browser: a teacher makes it in the guide (link, QR code, printed sheet), a
// student who opens it starts straight in with the teacher's scenario, dice, country and questions,
// and a link with a mistake explains itself instead of starting anything.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { encode } from 'uqr';
import { playThrough } from '../../src/sim/playthrough.ts';
import { lessonCut } from '../../src/sim/scenario/lessonCut.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import { firstOptionStrategy } from '../../src/sim/strategies.ts';
import { darkPath } from '../../src/ui/classroom/qrCode.ts';
import type { StudentReport } from '../../src/ui/classroom/reportFormat.ts';
import { pageFill, pdfPages } from './pdf.ts';
import { expectNoAxeViolations, playByClicking, playSteps } from './support.ts';

const load = (file: string) =>
  loadScenarioText(readFileSync(`scenarios/${file}.yaml`, 'utf8'), `${file}.yaml`);
const asia = load('central-asia');
const islands = load('solomon-islands');
const question = (n: number) => new RegExp(`^Question ${n}: `);
async function stubPrint(page: Page) {
  await page.evaluate(() => {
    window.print = () => undefined;
  });
}

/** The teacher's notes (model answers) must not be in the student's page at all, not even hidden. */
async function expectNoNotes(page: Page, notes: readonly string[]) {
  const html = await page.content();
  for (const note of notes) expect(html).not.toContain(note.slice(0, 60));
}
const notesOf = (s: typeof asia) => s.questions.map((q) => q.notes).filter((n): n is string => !!n);

async function handInReport(page: Page): Promise<StudentReport> {
  await page.getByRole('button', { name: 'Hand in my report so far' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hand in my report so far' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download my report' }).click();
  const report = JSON.parse(
    readFileSync(await (await downloading).path(), 'utf8'),
  ) as StudentReport;
  await dialog.getByRole('button', { name: 'Close' }).click();
  return report;
}

test('a teacher makes a class link and its QR code in the guide, and prints them', async ({
  page,
}) => {
  await page.goto('/#/teacher');
  await page.getByRole('button', { name: asia.title }).click();
  const section = page.locator('.guide-section').filter({
    has: page.getByRole('heading', { name: 'A class link' }),
  });
  await expect(
    section.getByText('Choose 2 or 3 questions to make the link (now 0).'),
  ).toBeVisible();
  await section.getByLabel(/^Dice/).fill('42');
  await section.getByLabel('Country for everyone').selectOption('kyrgyzstan');
  await expect(
    section.getByRole('radio', { name: 'Everyone governs the same country' }),
  ).toBeChecked();
  for (const n of [2, 5, 7, 9]) await section.getByLabel(question(n)).check();
  await expect(section.getByText('(now 4)')).toBeVisible();
  for (const n of [7, 9]) await section.getByLabel(question(n)).uncheck();

  const address = `${new URL(page.url()).origin}/?scenario=central-asia&length=full&seed=42&country=kyrgyzstan&q=2,5`;
  await expect(section.getByRole('link', { name: address })).toHaveAttribute('href', address);
  // The QR code holds exactly this link: the same modules uqr computes for it here.
  const qr = section.getByRole('img', { name: /^QR code of the class link/ });
  await expect(qr).toBeVisible();
  const expected = darkPath(encode(address, { ecc: 'M', border: 4 }).data);
  await expect(qr.locator('path')).toHaveAttribute('d', expected);
  // The chosen questions are listed under the link, with their numbers in the guide.
  await expect(section.getByText(asia.questions[1]?.text ?? '', { exact: true })).toBeVisible();
  await section.getByRole('radio', { name: /^By seat number/ }).check();
  await expect(section.getByRole('link', { name: /assign=seat&q=2,5$/ })).toBeVisible();
  await section.getByRole('radio', { name: /^The lesson cut \(about \d+ minutes/ }).check();
  await expect(
    section.getByRole('link', { name: /length=lesson&seed=42&assign=seat/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await section.getByRole('button', { name: 'Copy the link' }).click();
  await expect(section.getByRole('status')).toHaveText('The link is copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\?scenario=central-asia&length=lesson&seed=42&assign=seat&q=2,5$/,
  );

  // The guide says how seat numbers give countries, and has a run sheet whose minutes add up.
  await expect(page.getByRole('heading', { name: 'Using the class link' })).toBeVisible();
  await expect(page.getByText(/Number 1 governs the first country/)).toBeVisible();
  const minutes = await page
    .locator('.run-sheet tbody tr')
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-minutes'))));
  const total = minutes.reduce((a, b) => a + b, 0);
  expect(minutes.length).toBe(asia.rounds.length + 3);
  await expect(page.getByText(`Total planned time: ${total} minutes`)).toBeVisible();

  // The sheet for the board: the link and its QR code alone, on one page.
  await stubPrint(page);
  await section.getByRole('button', { name: 'Print the link and QR code' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.link-sheet .qr-code')).toBeVisible();
  await expect(page.getByRole('heading', { name: "Teacher's guide" })).toBeHidden();
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

  // The whole guide: no control on paper, and no near-empty last page.
  await expect(page.locator('.link-output .link-text')).toBeVisible();
  for (const control of await section.locator('input, button, select').all())
    await expect(control).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', path: '.reports/class-link-guide.pdf' });
  const pages = pdfPages(pdf);
  // No page anywhere holds a stranded remnant: each has at least a tenth of the fullest page's text.
  const fill = pageFill(pdf);
  console.log(`text per printed page: ${fill.join(', ')}`);
  expect(fill).toHaveLength(pages);
  for (const n of fill) expect(n).toBeGreaterThan(Math.max(...fill) / 10);
  await page
    .locator('.guide-section')
    .last()
    .evaluate((e) => (e.style.display = 'none'));
  const withoutLast = pdfPages(await page.pdf({ format: 'A4' }));
  console.log(
    `printed guide with class link: ${pages} A4 page(s); without its last section: ${withoutLast}`,
  );
  expect(withoutLast).toBe(pages);
});

for (const scenario of [islands, asia])
  test(`the printed guide for ${scenario.title} has no near-empty page anywhere`, async ({
    page,
  }) => {
    await page.goto('/#/teacher');
    await page.getByRole('button', { name: scenario.title }).click();
    await expect(page.getByRole('heading', { name: 'A class link' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const fill = pageFill(pdf);
    console.log(`${scenario.id} guide, text per printed page: ${fill.join(', ')}`);
    expect(fill).toHaveLength(pdfPages(pdf));
    for (const n of fill) expect(n).toBeGreaterThan(Math.max(...fill) / 10);
  });

test('a class link starts the student straight in with its scenario, length, dice, country and questions', async ({
  page,
}) => {
  await page.goto('/?scenario=central-asia&length=lesson&seed=42&country=kyrgyzstan&q=2,5');
  // Straight in: the first decision, never the title screen.
  await expect(page.getByRole('button', { name: /^Choose: / }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toHaveCount(0);
  await expectNoNotes(page, notesOf(asia));
  await playSteps(page, 3);

  await page.getByRole('button', { name: 'Hand in my report so far' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hand in my report so far' });
  await expect(dialog.getByLabel(question(1))).toBeVisible();
  await expect(dialog.getByLabel(question(3))).toHaveCount(0);
  await expectNoNotes(page, notesOf(asia));
  await dialog.getByRole('button', { name: 'Close' }).click();
  const report = await handInReport(page);
  expect(report).toMatchObject({
    scenario: { id: 'central-asia' },
    country: { id: 'kyrgyzstan' },
    seed: 42,
    status: 'unfinished',
  });
  expect(report.answers.map((a) => a.question)).toEqual([
    asia.questions[1]?.text,
    asia.questions[4]?.text,
  ]);

  // A reload asks (the link never continues a saved game in silence); continuing gives the same game.
  await page.reload();
  await page.getByRole('button', { name: 'Continue the saved game (no name given)' }).click();
  await expect(page.getByRole('button', { name: /^Choose: |^Continue$/ }).first()).toBeVisible();
  expect((await handInReport(page)).choices).toEqual(report.choices);

  // The lesson cut with these dice and this country: the very game Node plays, choice for choice.
  const expected = playThrough(lessonCut(asia), {
    seed: 42,
    countryId: 'kyrgyzstan',
    strategy: firstOptionStrategy,
  });
  await playByClicking(page);
  await page.getByRole('heading', { name: 'For discussion' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my report' }).click();
  const final = JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as StudentReport;
  expect(final.choices.map((c) => c.option.id)).toEqual(expected.choices.map((c) => c.option));
  expect(final.ending.id).toBe(expected.ending);
});

test('a class link to the end: the debrief and printed report hold the chosen questions, never the notes', async ({
  page,
}) => {
  await page.goto('/?scenario=solomon-islands&seed=11&q=1,3');
  await expect(page.getByRole('button', { name: /^Choose: / }).first()).toBeVisible();
  await playByClicking(page);
  await page.getByRole('heading', { name: 'For discussion' }).click();
  await expectNoNotes(page, notesOf(islands));
  await expect(page.getByText(islands.questions[2]?.text ?? '').first()).toBeVisible();
  await expect(page.getByText(islands.questions[1]?.text ?? '')).toHaveCount(0);
  await page.getByLabel('Your name or initials (optional)').fill('E.F.');
  await page.getByLabel(question(1)).fill('Coverage and price.');
  await page.getByLabel(question(2)).fill('Training; visibility.');
  await expect(page.getByLabel(question(3))).toHaveCount(0);

  // Printed: the name first, then only the chosen questions; short answers take one sheet (no
  // near-empty second page), long ones at most two.
  const printedPages = async () => {
    await page.emulateMedia({ media: 'screen' });
    await stubPrint(page);
    await page.getByRole('button', { name: 'Print my report' }).click();
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.report-sheet');
    await expect(sheet.locator('p').first()).toHaveText('Name: E.F.');
    await expect(sheet.locator('.sheet-question')).toHaveText([
      islands.questions[0]?.text ?? '',
      islands.questions[2]?.text ?? '',
    ]);
    return pdfPages(await page.pdf({ format: 'A4', path: '.reports/class-link-report.pdf' }));
  };
  const short = await printedPages();
  const long = 'An answer that weighs the offer against its costs and cites the sources. ';
  await page.emulateMedia({ media: 'screen' });
  for (const n of [1, 2]) await page.getByLabel(question(n)).fill(long.repeat(25));
  const full = await printedPages();
  console.log(`printed class-link report: ${short} page(s) short, ${full} with long answers`);
  expect(short).toBe(1);
  expect(full).toBeLessThanOrEqual(2);
});

test('by seat number: the student types the number and governs the country it gives', async ({
  page,
}) => {
  await page.goto('/?scenario=central-asia&seed=5&assign=seat&q=1,2');
  await expect(
    page.getByRole('heading', { name: `${asia.title}: your seat number` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  const seat = page.getByLabel(/^Your seat or group number/);
  await seat.fill('0');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('alert')).toHaveText('Type a whole number from 1 to 999.');
  await expect(seat).toBeFocused();
  await seat.fill('6');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: /^Choose: / }).first()).toBeVisible();
  // Seat 6 of four countries: the second country, round the list (6 - 1 = 5, and 5 mod 4 = 1).
  expect((await handInReport(page)).country.id).toBe(asia.countries[1]?.id);
});

test("with the student's choice, the link opens the scenario's country screen", async ({
  page,
}) => {
  await page.goto('/?scenario=central-asia&assign=choice');
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`^${asia.title}: `) }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toHaveCount(0);
});

test('a link with mistakes says which parts are wrong and what they allow', async ({ page }) => {
  await page.goto('/?scenario=central-asia&length=short&country=mongolia&q=1,1');
  await expect(page.getByRole('heading', { name: 'This class link cannot be used' })).toBeVisible();
  const problems = page.locator('.link-problems li');
  await expect(problems).toHaveText([
    /"length" is "short": it must be "full" .* or "lesson"/,
    /"country" is "mongolia": it must be one of the countries of this scenario: kazakhstan/,
    /"q" is "1,1": it must list 2 or 3 different question numbers from 1 to 9/,
  ]);
  await expect(page.getByRole('button', { name: /^Choose: / })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Open the game without the link' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toBeVisible();
});

test('a bad seed or length in a class link is explained once, in the link explanation', async ({
  page,
}) => {
  await page.goto('/?scenario=central-asia&length=short&seed=lots');
  await expect(page.locator('.link-problems li')).toHaveText([
    /"length" is "short"/,
    /"seed" is "lots": the dice must be a whole number/,
  ]);
  // Not a second time in a page notice above it (as the address without a class link would).
  await expect(page.locator('.page-notice')).toHaveCount(0);
  await expect(page.getByText('short', { exact: false })).toHaveCount(1);
  await expect(page.getByText('lots', { exact: false })).toHaveCount(1);
});

test("a second student at the same computer chooses: continue the first one's game, or start new with it handed in", async ({
  page,
}) => {
  const link = '/?scenario=solomon-islands&seed=11&q=1,3';
  await page.goto(link);
  await playSteps(page, 3);
  await page.getByRole('button', { name: 'Hand in my report so far' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hand in my report so far' });
  await dialog.getByLabel('Your name or initials (optional)').fill('Ana');
  await dialog.getByLabel(question(1)).fill('Coverage first.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const first = await handInReport(page);

  // The next student opens the same link: a choice that says whose game it is, new game focused.
  await page.goto(link);
  await expect(
    page.getByRole('heading', { name: `A game of ${islands.title} is saved on this computer` }),
  ).toBeVisible();
  const startNew = page.getByRole('button', { name: 'Start a new game' });
  await expect(startNew).toBeFocused();
  await expect(startNew).toHaveAccessibleDescription(/Ana's game is saved here: .*handed in first/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: "Continue Ana's game" }).click();
  expect((await handInReport(page)).choices).toEqual(first.choices);

  // Starting new (Enter on the focused button) hands Ana's game in as a file before replacing it.
  await page.goto(link);
  await expect(startNew).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const handedIn = JSON.parse(
    readFileSync(await (await downloading).path(), 'utf8'),
  ) as StudentReport;
  expect(handedIn).toMatchObject({ student: 'Ana', status: 'unfinished', seed: 11 });
  expect(handedIn.choices).toEqual(first.choices);
  expect(handedIn.answers.map((a) => a.answer)).toEqual(['Coverage first.', '']);
  await expect(page.getByRole('button', { name: /^Choose: / }).first()).toBeVisible();
  const fresh = await handInReport(page);
  expect(fresh).toMatchObject({ student: '', choices: [] });

  // Another link for the same scenario (other dice) says the saved game is not of this link.
  await page.goto('/?scenario=solomon-islands&seed=12&q=1,3');
  await expect(startNew).toHaveAccessibleDescription(
    /no name in its report.* not started from this class link/,
  );
});
