// The after-action report leaves the browser only when the facilitator asks: a printed page, or
// files saved on this computer (JSON and CSV). Nothing is sent anywhere.

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
