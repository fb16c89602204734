// The after-action report leaves the browser only when the facilitator asks: a printed page, or
// files saved on this computer (JSON and CSV). Nothing is sent anywhere.
import { h } from '../dom.ts';

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: some browsers read the URL asynchronously.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

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
