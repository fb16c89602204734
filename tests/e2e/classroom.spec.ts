// The classroom in the browser: a teacher prints the guide, a student hands in a report, and the
// teacher reads the class's reports (and a broken file) in the class view.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { playThrough } from '../../src/sim/playthrough.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import type { Strategy } from '../../src/sim/strategies.ts';
import { buildReport, type StudentReport } from '../../src/ui/classroom/reportFormat.ts';
import { expectNoAxeViolations, playByClicking, playSteps } from './support.ts';

const scenario = loadScenarioText(
  readFileSync('scenarios/solomon-islands.yaml', 'utf8'),
  'solomon-islands.yaml',
);
const question = (n: number) => new RegExp(`^Question ${n}: `);

/** Replaces the print dialog (which would block a headless browser) with a counter. */
async function stubPrint(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
}
/** The pages of a PDF Chromium printed: one "/Type /Page" object per page. */
const pdfPages = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
const printed = (page: Page) =>
  page.evaluate(() => (window as unknown as { printed: number }).printed);

test('a teacher opens the guide for a scenario and prints it', async ({ page }) => {
  await page.goto('/#/teacher');
  await expect(page.getByRole('heading', { level: 1, name: "Teacher's guide" })).toBeVisible();
  await page.getByRole('button', { name: scenario.title }).click();
  await expect(page.getByRole('heading', { level: 2, name: scenario.title })).toBeFocused();
  await expect(page.getByRole('button', { name: scenario.title })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('heading', { name: 'A 45-minute lesson plan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Brief: \d+ minutes/ })).toBeVisible();
  await expect(page.getByText(scenario.questions[0]?.notes ?? '')).toBeVisible();
  await expect(page.getByText(scenario.documents[0]?.title ?? '')).toBeVisible();
  // A source whose title is not in the copy the game quotes says so in words, not as a file note.
  await expect(page.getByText('(title not in the file)')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.screenshot({ path: '.reports/teacher-guide.png', fullPage: true });
  await stubPrint(page);
  await page.getByRole('button', { name: 'Print this guide' }).click();
  expect(await printed(page)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: '.reports/teacher-print.png', fullPage: true });
  // Every control, the scenario picker and the sound controls included, stays off the paper.
  const controls = await page.locator('button, input, nav').all();
  expect(controls.length).toBeGreaterThan(3);
  for (const control of controls) await expect(control).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Learning objectives' })).toBeVisible();
  await expect(page.getByText(scenario.objectives[0] ?? '')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Discussion questions' })).toBeVisible();
  // In the questions section: the class link's form (not printed) names them too.
  for (const q of scenario.questions)
    await expect(page.locator('.guide-questions').getByText(q.text)).toBeVisible();
  // On paper a link shows where it leads.
  const link = page.getByRole('link', { name: 'Class view' });
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('#/class');

  // How to give a class the same dice, with a link to write on the board.
  await expect(
    page.getByRole('heading', { name: 'The same dice for the whole class' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /\?seed=42$/ })).toBeVisible();
  // Documents are named by author and title, never by the seed's file name.
  const text = (await page.locator('main').innerText()) ?? '';
  for (const d of scenario.documents) expect(text).not.toContain(d.file);
  expect(text).not.toMatch(/Seed \d{3}/);
  const cited = scenario.glossary.find((g) => g.cite?.some((c) => c.seed));
  const doc = scenario.documents.find((d) => d.file === cited?.cite?.find((c) => c.seed)?.seed);
  expect(doc).toBeDefined();
  // A title the quoted copy does not show is said so in words (the scenario notes it in brackets).
  const title = doc?.title.replace(
    ' (title not in the file)',
    ' (the copy of the text the game quotes does not show this title)',
  );
  await expect(page.getByText(`From ${doc?.author}, "${title}"`).first()).toBeVisible();
  // Each term stays with its definition on paper.
  const entries = page.locator('.glossary-entry');
  expect(await entries.count()).toBe(scenario.glossary.length);
  for (const breakInside of await entries.evaluateAll((all) =>
    all.map((e) => getComputedStyle(e).breakInside),
  ))
    expect(breakInside).toBe('avoid');
  // No near-empty last page: leaving out the guide's last section does not save a sheet.
  const pages = pdfPages(await page.pdf({ format: 'A4' }));
  await page
    .locator('.guide-section')
    .last()
    .evaluate((e) => (e.style.display = 'none'));
  const withoutLast = pdfPages(await page.pdf({ format: 'A4' }));
  console.log(`printed guide: ${pages} A4 page(s); without its last section: ${withoutLast}`);
  expect(withoutLast).toBe(pages);
});

test('a student finishes a game, answers the questions and downloads the report', async ({
  page,
}) => {
  await page.goto('/?seed=11');
  await page.getByRole('button', { name: `Play: ${scenario.title}` }).click();
  const notes = scenario.questions.map((q) => q.notes).filter((n): n is string => !!n);
  expect(notes.length).toBeGreaterThan(0);
  // The teacher's notes (model answers) are not in the student's page at any point, not even hidden.
  const expectNoNotes = async () => {
    const text = (await page.evaluate(() => document.body.textContent)) ?? '';
    for (const note of notes) expect(text).not.toContain(note.slice(0, 60));
  };
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await expectNoNotes();
  await playByClicking(page);
  const ending = (await page.locator('#ending-title').textContent()) ?? '';

  // The questions and the report are folded under "For discussion" in the debrief.
  const discussion = page.getByRole('heading', { name: 'For discussion' });
  await discussion.click();
  await expectNoNotes();
  await expect(page.getByText('Notes for the teacher')).toHaveCount(0);
  const answer = 'Coverage, price and speed.\nBut refusing later got harder, "much" harder.';
  await page.getByLabel('Your name or initials (optional)').fill('A.B.');
  await page.getByLabel(question(1)).fill(answer);
  await page.getByLabel(question(2)).fill('Training; visibility.');
  // A reload brings the finished game back with the answers still in place.
  await page.reload();
  await discussion.click();
  await expect(page.getByLabel(question(1))).toHaveValue(answer);
  await expect(page.getByLabel('Your name or initials (optional)')).toHaveValue('A.B.');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my report' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('digital-silk-road-report-solomon-islands-a-b.json');
  const report = JSON.parse(readFileSync(await download.path(), 'utf8')) as StudentReport;
  expect(report).toMatchObject({
    format: 'dsr-report/1',
    scenario: { id: 'solomon-islands', title: scenario.title },
    country: { id: 'solomon-islands' },
    seed: 11,
    ending: { title: ending },
    student: 'A.B.',
  });
  expect(report.choices.length).toBeGreaterThanOrEqual(5);
  expect(report.choices[0]).toMatchObject({
    round: 1,
    decision: { id: 'cable', title: scenario.decisions[0]?.title },
  });
  expect(report.history).toHaveLength(scenario.rounds.length + 1);
  expect(report.answers).toHaveLength(scenario.questions.length);
  expect(report.answers[0]).toEqual({ question: scenario.questions[0]?.text, answer });
  expect(report.answers[2]?.answer).toBe('');
  expect(Date.parse(report.created)).not.toBeNaN();
  await expect(page.getByRole('status').filter({ hasText: 'Your report was saved' })).toBeVisible();

  await page
    .getByRole('region', { name: 'Your report' })
    .screenshot({ path: '.reports/student-report.png' });
  // Printing prints the report sheet alone: the name first, then the questions with the answers as
  // text (not cut-off text boxes), on at most two pages even with every question answered at length.
  const long =
    'A considered answer that weighs the offer against its costs and cites the sources. ';
  for (let n = 3; n <= scenario.questions.length; n += 1)
    await page.getByLabel(question(n)).fill(long.repeat(4));
  await stubPrint(page);
  await page.getByRole('button', { name: 'Print my report' }).click();
  expect(await printed(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel(question(1))).toBeHidden();
  await expect(page.getByRole('heading', { name: 'For discussion' })).toBeHidden();
  const sheet = page.locator('.report-sheet');
  await expect(sheet.locator('p').first()).toHaveText('Name: A.B.');
  await expect(sheet.getByText('Training; visibility.', { exact: true })).toBeVisible();
  await expect(sheet.getByText(`Finished: ${ending}`)).toBeVisible();
  const pages = pdfPages(await page.pdf({ format: 'A4' }));
  console.log(`printed student report: ${pages} page(s)`);
  expect(pages).toBeLessThanOrEqual(2);
  await page.screenshot({ path: '.reports/student-report-print.png', fullPage: true });
});

const nth = (n: number): Strategy => ({
  pick: (_s, _i, _d, open) => open[Math.min(n, open.length - 1)] as string,
});

/** Three students' games, each taking the first, second or third open option throughout. */
function classReports(): StudentReport[] {
  return ['Ana', 'Bo, "the quiet one"', ''].map((student, i) => {
    const state = playThrough(scenario, { seed: 21 + i, strategy: nth(i) });
    const answers = [`Answer from ${student || 'nobody'}, with a comma`];
    return buildReport(scenario, state, student, answers, new Date(Date.UTC(2025, 2, 3, 10, i)));
  });
}

const asFile = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

test('the class view sums up three reports and names the broken file', async ({ page }) => {
  const reports = classReports();
  await page.goto('/#/class');
  await expect(page.getByRole('heading', { level: 1, name: 'Class view' })).toBeVisible();
  await expectNoAxeViolations(page);

  const input = page.getByLabel('Choose report files (.json)');
  await input.setInputFiles([
    ...reports.map((r, i) => asFile(`student-${i + 1}.json`, JSON.stringify(r))),
    asFile('student-4.json', JSON.stringify(reports[0]).slice(0, 300)),
  ]);
  await expect(page.getByRole('status')).toHaveText(
    'Reports loaded: 3. Files not loaded: 1 (student-4.json).',
  );
  const skipped = page.getByRole('region', { name: /Files not loaded/ });
  await expect(skipped.getByRole('listitem')).toHaveText(/^student-4\.json: not valid JSON/);
  await expect(
    page.getByRole('heading', { level: 2, name: `${scenario.title}: 3 report(s)` }),
  ).toBeVisible();

  // Endings: each ending's count and share, in words.
  const endings = page.getByRole('table', { name: 'Endings chosen' });
  for (const e of scenario.endings) {
    const count = reports.filter((r) => r.ending.id === e.id).length;
    await expect(endings.getByRole('row', { name: new RegExp(`^${e.title}`) })).toContainText(
      `${count} (${Math.round((count / 3) * 100)}%)`,
    );
  }
  // The first decision, one table however many rounds it came up in, counts each student's final
  // choice in it.
  const cable = page.getByRole('table', { name: /: The undersea cable \(3 of 3 students\)$/ });
  const finalCable = reports.map((r) => r.choices.filter((c) => c.decision.id === 'cable').pop());
  for (const option of scenario.decisions[0]?.options ?? []) {
    const n = finalCable.filter((c) => c?.option.id === option.id).length;
    await expect(cable.getByRole('row', { name: new RegExp(`^${option.label}`) })).toContainText(
      `${n} (${Math.round((n / 3) * 100)}%)`,
    );
  }
  await expect(page.getByRole('table', { name: 'Indicators at the end' })).toContainText(
    'Connectivity',
  );
  const answers = page.getByRole('table', { name: scenario.questions[0]?.text });
  await expect(answers.getByRole('row', { name: /^Bo, "the quiet one"/ })).toContainText(
    'Answer from Bo, "the quiet one", with a comma',
  );
  await expect(answers.getByRole('row', { name: /^Anonymous 1/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: '.reports/class-view.png', fullPage: true });

  // A foreign file and the same report again are named too; nothing already loaded is lost.
  await input.setInputFiles([
    asFile('package.json', '{"name":"not-a-report"}'),
    asFile('again.json', JSON.stringify(reports[1])),
  ]);
  // Files dropped on the zone around the file input go the same way.
  await input.evaluate((element) => {
    const files = new DataTransfer();
    files.items.add(new File(['{"format":"dsr-save/1"}'], 'dropped.json'));
    const drop = new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true });
    element.parentElement?.dispatchEvent(drop);
  });
  await expect(skipped.getByRole('listitem')).toHaveText([
    /^student-4\.json: /,
    'package.json: not a Digital Silk Road student report.',
    'again.json: already loaded (the same report).',
    /^dropped\.json: a saved game, not a student report/,
  ]);
  await expect(page.getByRole('heading', { level: 2, name: /: 3 report\(s\)$/ })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download as CSV: ${scenario.title}` }).click();
  const csv = readFileSync(await (await downloading).path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toMatch(/^Student,Country,Ending,"?2018[^:]*: The undersea cable"?,/);
  expect(lines[2]).toMatch(/^"Bo, ""the quiet one""",Solomon Islands,/);
  expect(lines.filter((l) => l !== '')).toHaveLength(4);
});

/** A class of 30: varied games, each student with an answer to every question. */
function thirtyReports(): StudentReport[] {
  return Array.from({ length: 30 }, (_, i) => {
    const state = playThrough(scenario, { seed: 100 + i, strategy: nth(i % 3) });
    const answers = scenario.questions.map(
      (_q, n) => `Student ${i + 1}, question ${n + 1}: a view.`,
    );
    const created = new Date(Date.UTC(2025, 2, 3, 10, i));
    return buildReport(scenario, state, `Student ${i + 1}`, answers, created);
  });
}

test('a class of 30: latest file wins, one file removed, compact and projector views', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const reports = thirtyReports();
  // Student 1 downloaded twice: an earlier game handed in mid-game, and the finished one.
  const first = reports[0] as StudentReport;
  const earlier: StudentReport = {
    ...first,
    status: 'unfinished',
    ending: { id: '', title: '' },
    choices: first.choices.slice(0, 2),
    created: '2025-03-03T09:00:00.000Z',
  };
  await page.goto('/#/class');
  await page
    .getByLabel('Choose report files (.json)')
    .setInputFiles([
      asFile('student-1-early.json', JSON.stringify(earlier)),
      ...reports.map((r, i) => asFile(`student-${i + 1}.json`, JSON.stringify(r))),
    ]);
  const heading = page.getByRole('heading', { level: 2, name: `${scenario.title}: 30 report(s)` });
  await expect(heading).toBeVisible();
  await expect(
    page.getByText('1 older file(s) from Student 1 replaced by the latest'),
  ).toBeVisible();
  // One table per decision: no decision is split over rounds.
  const captions = await page.locator('.splits caption').allTextContents();
  for (const d of scenario.decisions)
    expect(captions.filter((c) => c.includes(`: ${d.title} (`)).length).toBeLessThanOrEqual(1);

  // Removing Student 1's latest file brings back the older one, now marked unfinished.
  await page.getByRole('button', { name: "Remove Student 1's file (student-1.json)" }).click();
  await expect(page.getByRole('status')).toHaveText('Removed student-1.json.');
  const students = page.getByRole('table', { name: 'Students', exact: true });
  await expect(students.getByRole('row', { name: /^Student 1 / })).toContainText(
    'Unfinished (handed in mid-game)',
  );
  await expect(page.getByText(/older file\(s\) from Student 1/)).toHaveCount(0);
  await page
    .getByRole('button', { name: "Remove Student 1's file (student-1-early.json)" })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: /: 29 report\(s\)$/ })).toBeVisible();
  await page
    .getByLabel('Choose report files (.json)')
    .setInputFiles([asFile('student-1.json', JSON.stringify(first))]);
  await expect(heading).toBeVisible();

  const screens = () =>
    page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
  const full = await screens();
  await page.getByRole('radio', { name: 'Compact' }).check();
  await expect(page.getByText(/^Answers: /).first()).toBeVisible();
  const compact = await screens();
  // Every count and share is whole inside its cell ("10 (33%)", never "10 (3").
  const cutCounts = () =>
    page.locator('.splits td.count').evaluateAll((cells) =>
      cells
        .filter((td) => {
          const text = td.lastElementChild?.getBoundingClientRect();
          const box = td.getBoundingClientRect();
          return text !== undefined && text.right > box.right + 0.5;
        })
        .map((td) => td.textContent),
    );
  expect(await page.locator('.splits td.count').count()).toBeGreaterThan(10);
  expect(await cutCounts()).toEqual([]);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: '.reports/class-compact.png', fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  expect(await cutCounts()).toEqual([]);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const printedPages = pdfPages(await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  console.log(
    `30 students at 1920x1080: full view ${full.toFixed(1)} screens, compact ${compact.toFixed(1)} screens; compact printed on ${printedPages} A4 page(s)`,
  );
  expect(compact).toBeLessThanOrEqual(4.5);
  expect(printedPages).toBeLessThanOrEqual(6);

  await page.getByRole('radio', { name: 'Projector' }).check();
  await expect(
    page.getByRole('table', { name: /^2018[^:]*: The undersea cable \(30 of 30/ }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Students', exact: true })).toHaveCount(0);
  const size = await page
    .locator('.view-projector')
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: '.reports/class-projector.png' });
});

test('a student hands in the report mid-game, marked unfinished, from the game screen', async ({
  page,
}) => {
  await page.goto('/?seed=3');
  await page.getByRole('button', { name: /^Play: Solomon Islands/ }).click();
  await playSteps(page, 3);
  await page.getByRole('button', { name: 'Hand in my report so far' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hand in my report so far' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Your name or initials (optional)').fill('C.D.');
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download my report' }).click();
  const report = JSON.parse(
    readFileSync(await (await downloading).path(), 'utf8'),
  ) as StudentReport;
  expect(report.status).toBe('unfinished');
  expect(report.student).toBe('C.D.');
  expect(report.choices.length).toBeGreaterThan(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: /^Choose: |^Continue$/ }).first()).toBeVisible();
});
