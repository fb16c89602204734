// The after-action report as data: what each team chose, what was injected, where its indicators
// went and how it ended, for the JSON file and the one-row-per-team CSV. No DOM.
import { endingAsRead } from '../../sim/endings.ts';
import { INDICATOR_IDS, INDICATORS, type Indicators } from '../../sim/indicators.ts';
import type { PlayerInput } from '../../sim/state.ts';
import { t } from '../messages.ts';
import { csvRows, spreadsheetFile, type CsvCell } from '../files/csv.ts';
import { injectsOf, type Workshop } from './workshop.ts';

export interface ReportInject {
  team: string;
  round: string;
  kind: 'scenario' | 'custom';
  title: string;
  event?: string;
  text?: string;
  changes?: Partial<Indicators>;
}

export interface TeamReport {
  name: string;
  country: { id: string; name: string };
  ending: { id: string; title: string; summary: string } | null;
  choices: {
    round: string;
    decision: string;
    decisionTitle: string;
    option: string;
    optionLabel: string;
  }[];
  indicators: { final: Indicators; history: { round: string; values: Indicators }[] };
  inputs: PlayerInput[];
}

export interface AfterActionReport {
  format: 'dsr-workshop-report/1';
  exportedAt: string;
  scenario: { id: string; title: string };
  seed: number;
  rounds: string[];
  teams: TeamReport[];
  injects: ReportInject[];
}

export function buildReport(workshop: Workshop, exportedAt: string): AfterActionReport {
  const { scenario } = workshop;
  const roundLabel = (n: number) => scenario.rounds[n - 1]?.label ?? String(n);
  const historyLabels = [t('start'), ...scenario.rounds.map((r) => r.label)];
  const teams = workshop.teams.map((team): TeamReport => {
    const { state, index } = team.session;
    const read = endingAsRead(state, index);
    const country = scenario.countries.find((c) => c.id === team.countryId);
    return {
      name: team.name,
      country: { id: team.countryId, name: country?.name ?? team.countryId },
      ending: read ? { id: read.ending.id, title: read.ending.title, summary: read.summary } : null,
      choices: state.choices.map((c) => {
        const decision = index.decisions.get(c.decision);
        return {
          round: roundLabel(c.round),
          decision: c.decision,
          decisionTitle: decision?.title ?? c.decision,
          option: c.option,
          optionLabel: decision?.options.find((o) => o.id === c.option)?.label ?? c.option,
        };
      }),
      indicators: {
        final: { ...state.indicators },
        history: state.history.map((values, i) => ({
          round: historyLabels[i] ?? String(i),
          values: { ...values },
        })),
      },
      inputs: [...state.inputs],
    };
  });
  const injects = workshop.teams.flatMap((team) =>
    injectsOf(team.session.state.inputs).map(({ round, input }): ReportInject => {
      const base = { team: team.name, round: roundLabel(round) };
      if (input.type === 'customInject')
        return {
          ...base,
          kind: 'custom',
          title: input.title,
          text: input.text,
          changes: input.changes,
        };
      const event = input.type === 'inject' ? input.event : '';
      const title = team.session.index.events.get(event)?.title ?? event;
      return { ...base, kind: 'scenario', title, event };
    }),
  );
  return {
    format: 'dsr-workshop-report/1',
    exportedAt,
    scenario: { id: scenario.id, title: scenario.title },
    seed: workshop.seed,
    rounds: scenario.rounds.map((r) => r.label),
    teams,
    injects,
  };
}

/** The CSV file: one row per team (who, where, how it ended, each choice, the injects, every final
 * value), with the byte order mark spreadsheets need to read non-Latin team names. */
export function reportCsv(report: AfterActionReport): string {
  const header: CsvCell[] = [
    t('wsCsvTeam'),
    t('wsCsvCountry'),
    t('wsCsvEnding'),
    t('wsCsvChoices'),
    t('wsCsvInjects'),
    t('wsCsvSeed'),
    ...INDICATOR_IDS.map((id) => INDICATORS[id].label),
  ];
  const rows = report.teams.map((team): CsvCell[] => [
    team.name,
    team.country.name,
    team.ending?.title ?? '',
    team.choices.map((c) => `${c.round}: ${c.decisionTitle}: ${c.optionLabel}`).join(' | '),
    report.injects
      .filter((i) => i.team === team.name)
      .map((i) => `${i.round}: ${i.title}`)
      .join(' | '),
    report.seed,
    ...INDICATOR_IDS.map((id) => Math.round(team.indicators.final[id] * 10) / 10),
  ]);
  return spreadsheetFile(csvRows([header, ...rows]));
}
