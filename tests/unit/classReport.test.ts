// The class view's pure core: reading report files (and refusing others with a reason), summing up
// a class, CSV a spreadsheet reads back cell for cell, and the lesson plan's minutes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playThrough } from '../../src/sim/playthrough.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import type { Strategy } from '../../src/sim/strategies.ts';
import {
  groupByScenario,
  outlineOf,
  parseReportFile,
  sameReport,
  summarise,
  summaryCsv,
  type LoadedReport,
  type StudentReport,
} from '../../src/ui/classroom/classReport.ts';
import { csvField, csvRows } from '../../src/ui/files/csv.ts';
import { lessonTiming } from '../../src/ui/classroom/lessonPlan.ts';
import { buildReport } from '../../src/ui/classroom/reportFormat.ts';

const scenario = loadScenarioText(
  readFileSync('scenarios/solomon-islands.yaml', 'utf8'),
  'solomon-islands.yaml',
);
const nth = (n: number): Strategy => ({
  pick: (_s, _i, _d, open) => open[Math.min(n, open.length - 1)] as string,
});

function report(pick: number, student: string, answers: string[] = []): StudentReport {
  const state = playThrough(scenario, { seed: 3, strategy: nth(pick) });
  return buildReport(scenario, state, student, answers, new Date(Date.UTC(2025, 0, 1, 9, pick)));
}

/** A minimal RFC 4180 reader, to check that what we write comes back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      [row, cell] = [[], ''];
      i++;
    } else cell += c;
  }
  return rows;
}

describe('report files', () => {
  it('reads back a report it built, whole', () => {
    const built = report(0, 'A.B.', ['Cheap, fast.']);
    const parsed = parseReportFile('ab.json', JSON.stringify(built));
    expect(parsed).toEqual({ ok: true, name: 'ab.json', report: built });
    expect(built.history).toHaveLength(scenario.rounds.length + 1);
    expect(built.answers[0]).toEqual({
      question: scenario.questions[0]?.text,
      answer: 'Cheap, fast.',
    });
    expect(built.choices[0]?.decision.title).toBe(scenario.decisions[0]?.title);
  });

  it('marks a report handed in mid-game unfinished, with the choices so far and no ending', () => {
    const done = playThrough(scenario, { seed: 3, strategy: nth(0) });
    const midGame = { ...done, ending: null, choices: done.choices.slice(0, 2) };
    const r = buildReport(scenario, midGame, 'Ana', [], new Date(Date.UTC(2025, 0, 1)));
    expect(r.status).toBe('unfinished');
    expect(r.ending).toEqual({ id: '', title: '' });
    expect(r.choices).toHaveLength(2);
    const back = parseReportFile('ana.json', JSON.stringify(r));
    expect(back.ok && back.report.status).toBe('unfinished');
    expect(report(0, 'Bo').status).toBe('finished');
  });

  it('still reads reports from before the status existed, as finished', () => {
    const { status: _dropped, ...old } = report(0, 'Old');
    expect(_dropped).toBe('finished');
    const back = parseReportFile('old.json', JSON.stringify(old));
    expect(back.ok && back.report.status).toBe('finished');
  });

  it('refuses foreign, damaged and look-alike files, each with its reason', () => {
    const reason = (name: string, text: string) => {
      const parsed = parseReportFile(name, text);
      return parsed.ok ? 'accepted' : `${parsed.name}: ${parsed.reason}`;
    };
    expect(reason('package.json', '{"name":"digital-silk-road","version":"0.1.0"}')).toBe(
      'package.json: not a Digital Silk Road student report.',
    );
    expect(reason('cut.json', JSON.stringify(report(0, 'x')).slice(0, 200))).toMatch(
      /^cut\.json: not valid JSON/,
    );
    const damaged = { ...report(0, 'x'), choices: [{ round: 'one' }] };
    expect(reason('edited.json', JSON.stringify(damaged))).toMatch(
      /^edited\.json: a damaged report \(choices\.0\.round: .+\)\.$/,
    );
    for (const format of ['dsr-save/1', 'dsr-save/2'])
      expect(reason('save.json', `{"format":"${format}"}`)).toMatch(
        /a saved game, not a student report/,
      );
    expect(reason('new.json', '{"format":"dsr-report/2"}')).toMatch(
      /another version .*dsr-report\/2/,
    );
    expect(reason('list.json', '[1,2,3]')).toMatch(/not a Digital Silk Road student report/);
    expect(reason('big.json', ' '.repeat(1024 * 1024 + 1))).toMatch(/too large/);
  });
});

describe('the class summary', () => {
  const reports: LoadedReport[] = [
    { file: 'a.json', report: report(0, 'Ana') },
    { file: 'b.json', report: report(1, '') },
    { file: 'c.json', report: report(0, 'Cai') },
  ];
  const summary = summarise(reports, outlineOf(scenario));

  it('counts endings, with the endings nobody reached at zero', () => {
    expect(summary.endings).toHaveLength(scenario.endings.length);
    expect(summary.endings.reduce((n, e) => n + e.count, 0)).toBe(3);
    const first = reports[0]?.report.ending.id;
    const same = reports.filter((r) => r.report.ending.id === first).length;
    expect(summary.endings.find((e) => e.id === first)).toMatchObject({
      count: same,
      share: same / 3,
    });
  });

  it('splits each decision by option, out of the students who faced it', () => {
    const cable = summary.decisions.find((d) => d.key === 'cable');
    expect(cable?.label).toBe(`${scenario.rounds[0]?.label}: ${scenario.decisions[0]?.title}`);
    expect(cable?.total).toBe(3);
    expect(cable?.options.map((o) => [o.id, o.count])).toEqual([
      ['huawei-cable', 2],
      ['coral-sea-cable', 1],
      ['wait-cable', 0],
    ]);
    expect(summary.decisions.map((d) => d.round)).toEqual(
      [...summary.decisions.map((d) => d.round)].sort((a, b) => a - b),
    );
  });

  it('gives each decision one table, whatever the rounds it came up in', () => {
    const ids = summary.decisions.map((d) => d.key);
    expect(new Set(ids).size).toBe(ids.length);
    // Moved to another round (as a later game might), a choice still lands in the same table.
    const moved = structuredClone(reports[2] as LoadedReport);
    for (const c of moved.report.choices) if (c.decision.id === 'cable') c.round += 1;
    const again = summarise([...reports.slice(0, 2), moved], outlineOf(scenario));
    expect(again.decisions.filter((d) => d.key === 'cable')).toHaveLength(1);
    expect(again.decisions.find((d) => d.key === 'cable')?.total).toBe(3);
  });

  it('counts each student once per scenario, with the latest file, and says who was replaced', () => {
    const early = (student: string, minute: number): LoadedReport => {
      const r = report(1, student);
      return {
        file: `${student}-${minute}.json`,
        report: { ...r, created: `2025-01-01T08:0${minute}:00.000Z` },
      };
    };
    // Ana's two earlier downloads (one of them loaded after her latest) and a second unnamed report.
    const all = [
      early('Ana', 1),
      ...reports,
      early(' ana ', 2),
      { file: 'd.json', report: report(2, '') },
    ];
    const s = summarise(all, outlineOf(scenario));
    expect(s.students.map((r) => r.file)).toEqual(['a.json', 'b.json', 'c.json', 'd.json']);
    expect(s.replaced).toEqual([{ student: 'Ana', count: 2 }]);
    expect(s.endings.reduce((n, e) => n + e.count, 0)).toBe(4);
  });

  it('counts an unfinished report under "Unfinished", not under an ending', () => {
    const done = playThrough(scenario, { seed: 5, strategy: nth(0) });
    const midGame = { ...done, ending: null, choices: done.choices.slice(0, 1) };
    const r = buildReport(scenario, midGame, 'Dee', [], new Date(Date.UTC(2025, 0, 2)));
    const s = summarise([...reports, { file: 'dee.json', report: r }], outlineOf(scenario));
    expect(s.endings.find((e) => e.id === '')).toMatchObject({
      label: 'Unfinished (handed in mid-game)',
      count: 1,
    });
    expect(s.students.find((x) => x.name === 'Dee')).toMatchObject({ unfinished: true });
    expect(s.decisions.find((d) => d.key === 'cable')?.total).toBe(4);
    expect(s.decisions.find((d) => d.key !== 'cable')?.total).toBe(3);
  });

  it('gives each indicator its lowest, median and highest final value', () => {
    const finals = reports
      .map((r) => r.report.history.at(-1)?.connectivity as number)
      .sort((a, b) => a - b);
    expect(summary.ranges.find((r) => r.id === 'connectivity')).toMatchObject({
      min: finals[0],
      median: finals[1],
      max: finals[2],
    });
    const even = summarise(reports.slice(0, 2));
    const two = reports.slice(0, 2).map((r) => r.report.history.at(-1)?.budget as number);
    expect(even.ranges.find((r) => r.id === 'budget')?.median).toBe((two[0]! + two[1]!) / 2);
  });

  it('names students who gave no name, and groups mixed scenarios apart', () => {
    expect(summary.students.map((s) => s.name)).toEqual(['Ana', 'Anonymous 1', 'Cai']);
    const other = { ...report(2, 'Dee'), scenario: { id: 'central-asia', title: 'Central Asia' } };
    const groups = groupByScenario([...reports, { file: 'd.json', report: other }]);
    expect(groups.map((g) => g.map((r) => r.file))).toEqual([
      ['a.json', 'b.json', 'c.json'],
      ['d.json'],
    ]);
  });

  it('knows the same report loaded twice', () => {
    const r = reports[0]?.report as StudentReport;
    expect(sameReport(r, JSON.parse(JSON.stringify(r)) as StudentReport)).toBe(true);
    expect(sameReport(r, reports[2]?.report as StudentReport)).toBe(false);
  });
});

describe('a prank report', () => {
  it('with a question named "toString" leaves the summary and the CSV whole', () => {
    const prank = {
      ...report(0, 'Prankster'),
      answers: [{ question: 'toString', answer: 'gotcha' }],
    };
    const reports: LoadedReport[] = [
      { file: 'prank.json', report: prank },
      { file: 'b.json', report: report(1, 'Bo') },
    ];
    const summary = summarise(reports, outlineOf(scenario));
    expect(summary.questions).toContain('toString');
    expect(summary.students.map((s) => s.answers.get('toString'))).toEqual(['gotcha', undefined]);
    const rows = readCsv(summaryCsv(summary));
    const column = rows[0]?.indexOf('toString') as number;
    expect(rows.slice(1).map((r) => r[column])).toEqual(['gotcha', '']);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(42.5)).toBe('42.5');
    expect(csvField(undefined)).toBe('');
    expect(
      csvRows([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
  });

  it('writes one row per student that reads back cell for cell', () => {
    const tricky = 'Cheap, fast, and "free"\nuntil the bill came';
    const reports: LoadedReport[] = [
      { file: 'a.json', report: report(0, 'Ana, B.', [tricky]) },
      { file: 'b.json', report: report(1, 'Bo') },
    ];
    const summary = summarise(reports, outlineOf(scenario));
    const rows = readCsv(summaryCsv(summary));
    expect(rows).toHaveLength(3);
    const [header, ana] = rows as [string[], string[]];
    expect(header.slice(0, 3)).toEqual(['Student', 'Country', 'Ending']);
    expect(header).toContain('2018: The undersea cable');
    expect(header).toContain('Final: Connectivity');
    expect(ana).toHaveLength(header.length);
    expect(ana[0]).toBe('Ana, B.');
    expect(ana[header.indexOf(scenario.questions[0]?.text as string)]).toBe(tricky);
    expect(ana[header.indexOf('2018: The undersea cable')]).toBe(
      reports[0]?.report.choices[0]?.option.label,
    );
  });
});

describe('the lesson plan', () => {
  it('fits brief, play, debrief and discussion into 45 minutes, the last two never under 15', () => {
    expect(lessonTiming(15)).toEqual({
      brief: 8,
      play: 15,
      debrief: 7,
      discussion: 15,
      shortened: false,
    });
    expect(lessonTiming(25)).toEqual({
      brief: 5,
      play: 25,
      debrief: 7,
      discussion: 8,
      shortened: false,
    });
    expect(lessonTiming(60)).toEqual({
      brief: 5,
      play: 25,
      debrief: 7,
      discussion: 8,
      shortened: true,
    });
    for (const minutes of [5, 12, 17, 22, 23, 40, 240]) {
      const plan = lessonTiming(minutes);
      expect(plan.brief + plan.play + plan.debrief + plan.discussion).toBe(45);
      expect(plan.debrief + plan.discussion).toBeGreaterThanOrEqual(15);
      expect(plan.brief).toBeGreaterThanOrEqual(5);
      expect(plan.brief).toBeLessThanOrEqual(8);
    }
  });
});
