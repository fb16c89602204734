// What the teacher takes away from the class-link form: the link as text (to copy or write on the
// board), its QR code, the settings in words, and a sheet with all of it to print for the board.
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { encodeClassLink, type ClassLink } from './classLink.ts';
import { printAlone } from './printSheet.ts';
import { qrCode } from './qrCode.ts';

/** The full address a student opens: this page's own, with the link's settings and no mode. */
export function classLinkAddress(link: ClassLink, page: string = window.location.href): string {
  const url = new URL(page);
  url.hash = '';
  url.search = encodeClassLink(link);
  return url.href;
}

/** The settings in one line of words, as the printed guide and the sheet show them. */
export function linkSettings(scenario: ScenarioData, link: ClassLink): string {
  const country = (id: string) => scenario.countries.find((c) => c.id === id)?.name ?? id;
  const assign =
    link.assign.kind === 'same'
      ? country(link.assign.country)
      : link.assign.kind === 'seat'
        ? t('lkAssignSeat', { countries: scenario.countries.map((c) => c.name).join(', ') })
        : t('lkAssignChoice');
  return t('lkSheetSettings', {
    length:
      link.length === 'lesson'
        ? t('lkLengthLesson', { minutes: scenario.lesson?.minutes ?? scenario.minutes })
        : t('lkLengthFull', { minutes: scenario.minutes }),
    seed: link.seed ?? '-',
    assign,
  });
}

function chosenList(scenario: ScenarioData, link: ClassLink): HTMLElement {
  return h(
    'div',
    { class: 'link-questions' },
    h('p', {}, t('lkSheetQuestions')),
    h(
      'ol',
      {},
      ...link.questions.map((n) =>
        h('li', { attrs: { value: String(n) } }, scenario.questions[n - 1]?.text ?? ''),
      ),
    ),
  );
}

/** The sheet for the board: big enough to scan from the back of a classroom. */
function linkSheet(scenario: ScenarioData, link: ClassLink, address: string): HTMLElement {
  return h(
    'section',
    { class: 'link-sheet', attrs: { 'aria-hidden': 'true' } },
    h('h2', {}, t('lkSheetTitle', { title: scenario.title })),
    h('p', {}, linkSettings(scenario, link)),
    qrCode(address, t('lkQrLabel')),
    h('p', { class: 'link-text' }, address),
    chosenList(scenario, link),
  );
}

async function copy(address: string, status: HTMLElement, text: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(address);
    status.textContent = t('lkCopied');
  } catch {
    // Clipboard refused (an insecure origin, a policy): select the text so Ctrl+C does it.
    window.getSelection()?.selectAllChildren(text);
    status.textContent = t('lkCopyFailed');
  }
}

/** The link, its QR code and the ways to share it. */
export function linkOutput(scenario: ScenarioData, link: ClassLink): HTMLElement {
  const address = classLinkAddress(link);
  const status = h('p', { class: 'link-status screen-only', attrs: { role: 'status' } });
  const text = h('a', { class: 'seed-link link-text', attrs: { href: address } }, address);
  return h(
    'div',
    { class: 'link-output' },
    h('p', { class: 'link-label' }, t('lkLinkLabel')),
    h('p', {}, text),
    h('p', {}, linkSettings(scenario, link)),
    link.questions.length > 0 ? chosenList(scenario, link) : null,
    h('figure', { class: 'link-qr' }, qrCode(address, t('lkQrLabel'))),
    h(
      'div',
      { class: 'actions screen-only' },
      h(
        'button',
        { attrs: { type: 'button' }, on: { click: () => void copy(address, status, text) } },
        t('lkCopy'),
      ),
      h(
        'button',
        {
          attrs: { type: 'button' },
          on: { click: () => printAlone(linkSheet(scenario, link, address)) },
        },
        t('lkPrintSheet'),
      ),
    ),
    status,
  );
}
