// An after-action report given back to the console: the same teams reach the same endings, and a
// broken or hostile file is refused with a reason that names what is wrong.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/ui/workshop/report.ts';
import { parseReportFile, replayReport } from '../../src/ui/workshop/reportFile.ts';
import { fakeScenario } from '../support/scenarios.ts';
import { finished } from '../support/workshops.ts';

const reportText = () => JSON.stringify(buildReport(finished(), '2024-05-01T10:00:00.000Z'));

describe('an after-action report loaded back', () => {
  it('replays to the hot wash with the same teams, countries, endings and indicators', () => {
    const original = finished();
    const report = buildReport(original, '2024-05-01T10:00:00.000Z');
    const back = replayReport(fakeScenario(), parseReportFile(JSON.stringify(report)));
    expect(back.screen).toBe('hotwash');
    expect(back.seed).toBe(5);
    expect(buildReport(back, report.exportedAt)).toEqual(report);
  });

  it.each([
    ['not JSON', '{"format": "dsr-workshop-report/1",', /not valid JSON/],
    ['a saved game', '{"format":"dsr-save/2","kind":"game"}', /format: "dsr-save\/2"/],
    ['no format', '[1,2]', /format: null/],
  ])('refuses %s, saying so', (_, text, reason) => {
    expect(() => parseReportFile(text)).toThrow(reason);
  });

  it('names the field that is wrong: a move of the wrong shape, too many teams, a bad seed', () => {
    const report = JSON.parse(reportText());
    report.teams[1].inputs[0] = { type: 'choose', decision: 7 };
    expect(() => parseReportFile(JSON.stringify(report))).toThrow(/teams\.1\.inputs\.0/);
    const many = JSON.parse(reportText());
    many.teams = Array.from({ length: 7 }, () => many.teams[0]);
    expect(() => parseReportFile(JSON.stringify(many))).toThrow(/teams/);
    const seed = JSON.parse(reportText());
    seed.seed = -1;
    expect(() => parseReportFile(JSON.stringify(seed))).toThrow(/seed/);
  });

  it('keeps a hostile team name as plain text, to be shown with textContent', () => {
    const report = JSON.parse(reportText());
    report.teams[0].name = '<img src=x onerror=alert(1)>';
    const back = replayReport(fakeScenario(), parseReportFile(JSON.stringify(report)));
    expect(back.teams[0]?.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('refuses moves that no longer give the recorded ending, naming the team', () => {
    const report = JSON.parse(reportText());
    report.teams[1].ending = { id: 'not-this-one', title: '', summary: '' };
    const loaded = parseReportFile(JSON.stringify(report));
    expect(() => replayReport(fakeScenario(), loaded)).toThrow(/team "Beta"/);
  });

  it('refuses a report of another scenario', () => {
    const report = JSON.parse(reportText());
    report.scenario.id = 'elsewhere';
    const loaded = parseReportFile(JSON.stringify(report));
    expect(loaded.saved.scenarioId).toBe('elsewhere');
    expect(() => replayReport(fakeScenario(), loaded)).toThrow();
  });
});
