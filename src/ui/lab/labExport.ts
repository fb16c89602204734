// A lab run as files: CSV (one row per strategy: ending shares and indicator spreads; with a byte
// order mark so spreadsheets read it as UTF-8) and JSON (the same figures, every strategy's rules,
// and every game's ending, so any game can be found again by its number).
import { INDICATOR_IDS } from '../../sim/indicators.ts';
import { specName } from '../../sim/strategyRules.ts';
import { csvRows, type CsvCell } from '../files/csv.ts';
import { downloadText, fileSlug } from '../files/download.ts';
import type { LabOutcome } from './labRun.ts';
import { summarise } from './labSummary.ts';

export function labCsv(outcome: LabOutcome): string {
  const { scenario, countryId, runs, seed } = outcome.request;
  const header: CsvCell[] = [
    'scenario',
    'country',
    'strategy',
    'runs',
    'first_seed',
    ...scenario.endings.map((e) => `ending_${e.id}_pct`),
    ...INDICATOR_IDS.flatMap((id) => [`${id}_mean`, `${id}_sd`, `${id}_min`, `${id}_max`]),
  ];
  const rows = outcome.strategies.map((games): CsvCell[] => {
    const s = summarise(scenario, specName(games.spec), games);
    return [
      scenario.id,
      countryId,
      s.name,
      runs,
      seed,
      ...scenario.endings.map((e) => Math.round(((s.endings[e.id] ?? 0) / runs) * 10000) / 100),
      ...INDICATOR_IDS.flatMap((id) => {
        const v = s.indicators[id];
        return [v.mean, v.sd, v.min, v.max];
      }),
    ];
  });
  return `\uFEFF${csvRows([header, ...rows])}`;
}

export function labJson(outcome: LabOutcome): string {
  const { scenario, countryId, runs, seed } = outcome.request;
  return JSON.stringify({
    format: 'dsr-lab/1',
    scenario: scenario.id,
    country: countryId,
    runs,
    seed,
    endingIds: scenario.endings.map((e) => e.id),
    strategies: outcome.strategies.map((games) => {
      const s = summarise(scenario, specName(games.spec), games);
      return {
        name: s.name,
        spec: games.spec,
        endings: s.endings,
        indicators: s.indicators,
        /** Game i (seed + i) ended as endingIds[gameEndings[i]]. */
        gameEndings: Array.from(games.endings),
      };
    }),
  });
}

export function exportLab(outcome: LabOutcome, kind: 'csv' | 'json'): void {
  const { scenario, countryId } = outcome.request;
  const name = `lab-${fileSlug(scenario.id, 'scenario')}-${fileSlug(countryId, 'country')}.${kind}`;
  if (kind === 'csv') downloadText(name, labCsv(outcome), 'text/csv;charset=utf-8');
  else downloadText(name, labJson(outcome), 'application/json');
}
