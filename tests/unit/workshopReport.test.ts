// The workshop's pure checks and exports: the setup and custom-inject forms' rules, CSV that
// spreadsheets read safely, and the after-action report (JSON, and one CSV row per team).
import { describe, expect, it } from 'vitest';
import { csvRows } from '../../src/ui/files/csv.ts';
import { INJECTABLE, checkCustomInject } from '../../src/ui/workshop/injectDraft.ts';
import { checkPlan, newDraft } from '../../src/ui/workshop/plan.ts';
import { buildReport, reportCsv } from '../../src/ui/workshop/report.ts';
import { finished } from '../support/workshops.ts';

const SCENARIOS = [
  { id: 'tiny', countries: [{ id: 'tiny' }, { id: 'other' }] },
  { id: 'solo', countries: [{ id: 'solo' }] },
];

describe('the setup', () => {
  it('starts with three named teams, the timer on and the seed it was given', () => {
    const draft = newDraft(SCENARIOS[0] as (typeof SCENARIOS)[0], 42);
    const checked = checkPlan(draft, SCENARIOS);
    expect(checked.problems).toEqual([]);
    expect(checked.plan).toEqual({
      scenarioId: 'tiny',
      seed: 42,
      timerMinutes: 10,
      teams: ['Team A', 'Team B', 'Team C'].map((name) => ({ name, countryId: 'tiny' })),
    });
  });

  it('names each problem by the field to fix', () => {
    const draft = newDraft(SCENARIOS[0] as (typeof SCENARIOS)[0], 1);
    draft.teams = [
      { name: ' ', countryId: 'tiny' },
      { name: 'Reds', countryId: 'nowhere' },
      { name: 'reds ', countryId: 'other' },
    ];
    draft.seedText = '-3';
    draft.minutesText = '0';
    const fields = checkPlan(draft, SCENARIOS).problems.map((p) => p.field);
    expect(fields).toEqual([
      'ws-team-0-name',
      'ws-team-1-country',
      'ws-team-2-name',
      'ws-seed',
      'ws-minutes',
    ]);
  });

  it('takes 2 to 6 teams, a seed up to 2^32 - 1, and no minutes when the timer is off', () => {
    const draft = newDraft(SCENARIOS[1] as (typeof SCENARIOS)[1], 1, 7);
    expect(checkPlan(draft, SCENARIOS).problems.map((p) => p.field)).toEqual(['ws-add-team']);
    draft.teams = draft.teams.slice(0, 2);
    draft.seedText = '4294967295';
    draft.timerOn = false;
    draft.minutesText = 'never';
    expect(checkPlan(draft, SCENARIOS).plan).toMatchObject({
      seed: 4294967295,
      timerMinutes: null,
    });
    draft.seedText = '4294967296';
    expect(checkPlan(draft, SCENARIOS).plan).toBeNull();
  });
});

describe("the facilitator's own inject", () => {
  it('needs a title and whole changes within the cap, for visible indicators only', () => {
    expect(INJECTABLE).not.toContain('prcVisibility');
    expect(INJECTABLE).not.toContain('publicDebt');
    const ok = checkCustomInject(' Cyclone ', ' Towers down. ', {
      connectivity: '-12',
      budget: '0',
      publicTrust: '',
    });
    expect(ok.inject).toEqual({
      title: 'Cyclone',
      text: 'Towers down.',
      changes: { connectivity: -12 },
    });
    const bad = checkCustomInject('', '', { connectivity: '51', budget: '2.5' });
    expect(bad.problems.map((p) => p.field)).toEqual([
      'ws-custom-title',
      'ws-change-connectivity',
      'ws-change-budget',
    ]);
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and defuses formulas in text', () => {
    expect(csvRows([['a', 'b, c', 'say "hi"', 'two\nlines', -4, null, '=1+1', '@x']])).toBe(
      'a,"b, c","say ""hi""","two\nlines",-4,,\'=1+1,\'@x\r\n',
    );
  });
});

describe('the after-action report', () => {
  it('holds scenario, seed, teams with countries, inputs, endings, histories, injects', () => {
    const report = buildReport(finished(), '2024-05-01T10:00:00.000Z');
    expect(report).toMatchObject({
      format: 'dsr-workshop-report/1',
      exportedAt: '2024-05-01T10:00:00.000Z',
      scenario: { id: 'tiny' },
      seed: 5,
      rounds: ['2020', '2021', '2022', '2023'],
    });
    const [alpha, beta] = report.teams;
    expect(alpha?.country).toEqual({ id: 'tiny', name: 'Tiny Republic' });
    expect(beta?.country.name).toBe('Other Republic');
    expect(alpha?.ending?.title).toBeTruthy();
    expect(alpha?.choices[0]).toMatchObject({
      round: '2020',
      decision: 'towers',
      optionLabel: 'Take the credit',
    });
    expect(alpha?.inputs[0]).toEqual({ type: 'inject', event: 'leak' });
    expect(alpha?.indicators.history.map((h) => h.round)).toEqual([
      'Start',
      '2020',
      '2021',
      '2022',
      '2023',
    ]);
    expect(report.injects.map((i) => [i.team, i.kind, i.round])).toEqual([
      ['Alpha, the first', 'scenario', '2020'],
      ['Alpha, the first', 'custom', '2020'],
      ['Beta', 'custom', '2020'],
    ]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('gives one CSV row per team under a header', () => {
    const report = buildReport(finished(), '2024-05-01T10:00:00.000Z');
    const lines = reportCsv(report)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Team,Country,Ending,Choices,Injects,Seed,Connectivity,/);
    expect(lines[1]).toMatch(/^"Alpha, the first",Tiny Republic,/);
    expect(lines[1]).toContain('2020: Tower offer: Take the credit');
    expect(lines[2]).toMatch(/^Beta,Other Republic,/);
  });

  it('saves a CSV that a spreadsheet reads as UTF-8, so a Cyrillic team name survives', () => {
    const report = buildReport(finished(['Команда Астана', 'Beta']), '2024-05-01T10:00:00.000Z');
    const bytes = new TextEncoder().encode(reportCsv(report));
    // EF BB BF is the UTF-8 byte order mark Excel looks for; without it, it guesses a code page.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8').decode(bytes);
    expect(text.split('\r\n')[1]).toMatch(/^Команда Астана,Tiny Republic,/);
  });
});
