// The after-action report leaves the browser only when the facilitator asks: a printed page, or
// files saved on this computer (JSON and CSV). Nothing is sent anywhere.
import { CSV_TYPE } from '../files/csv.ts';
import { downloadText } from '../files/download.ts';
import { buildReport, reportCsv } from './report.ts';
import type { Workshop } from './workshop.ts';

/** Opens the facilitator's notes before printing, so the printed page carries them too. */
export function printReport(root: HTMLElement): void {
  const closed = [...root.querySelectorAll('details:not([open])')].filter((d) =>
    d.closest('.ws-prompts'),
  );
  for (const details of closed) details.setAttribute('open', '');
  window.print();
  for (const details of closed) details.removeAttribute('open');
}

export function reportFileName(scenarioId: string, seed: number, extension: string): string {
  return `workshop-${scenarioId}-seed-${seed}.${extension}`;
}

/** Saves the after-action report of a finished workshop as a JSON or a CSV file. */
export function downloadReport(workshop: Workshop, kind: 'json' | 'csv'): void {
  const report = buildReport(workshop, new Date().toISOString());
  const name = reportFileName(workshop.scenario.id, workshop.seed, kind);
  if (kind === 'json')
    downloadText(name, `${JSON.stringify(report, null, 2)}\n`, 'application/json');
  else downloadText(name, reportCsv(report), CSV_TYPE);
}
