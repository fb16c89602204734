// Reopening the console with a workshop saved: resume it where it was, or set up a new one. A saved
// workshop that cannot be read is explained, can be downloaded, and is discarded only on request.
import type { ScenarioCard } from 'virtual:scenarios';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { downloadText } from '../files/download.ts';
import type { SavedWorkshop } from './store.ts';

export function resumeOffer(
  saved: SavedWorkshop,
  card: ScenarioCard | undefined,
  actions: { resume: () => void; fresh: () => void },
): HTMLElement {
  // Each "next" closes a round; the last one ends the game without opening another.
  const total = card?.rounds.length ?? 1;
  const round = Math.min(
    saved.teams[0]?.inputs.filter((i) => i.type === 'next').length ?? 0,
    total - 1,
  );
  const where =
    saved.view.screen === 'hotwash'
      ? t('wsHotWash')
      : t('round', { n: round + 1, total, label: card?.rounds[round] ?? '' });
  return h(
    'section',
    { class: 'workshop ws-resume', attrs: { 'aria-labelledby': 'ws-resume-title' } },
    h('h1', { id: 'ws-resume-title', attrs: { tabindex: '-1' } }, t('wsResumeTitle')),
    h(
      'p',
      {},
      t('wsResumeSummary', {
        scenario: card?.title ?? saved.scenarioId,
        teams: saved.teams.map((team) => team.name).join(', '),
        where,
      }),
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { class: 'primary', attrs: { type: 'button' }, on: { click: actions.resume } },
        t('wsResume'),
      ),
      h('button', { attrs: { type: 'button' }, on: { click: actions.fresh } }, t('wsSetUpNew')),
    ),
    h('p', { class: 'meta' }, t('wsSetUpNewNote')),
  );
}

export function damagedWorkshop(
  reason: string,
  text: string | undefined,
  actions: { discard: () => void; back: () => void },
): HTMLElement {
  return h(
    'section',
    {
      class: 'workshop ws-damaged',
      attrs: { role: 'alert', 'aria-labelledby': 'ws-damaged-title' },
    },
    h('h1', { id: 'ws-damaged-title', attrs: { tabindex: '-1' } }, t('wsDamagedTitle')),
    h('p', {}, reason),
    h('p', {}, t('wsDamagedBody')),
    h(
      'div',
      { class: 'actions' },
      text === undefined
        ? null
        : h(
            'button',
            {
              attrs: { type: 'button' },
              on: {
                click: () =>
                  downloadText('digital-silk-road-damaged-workshop.json', text, 'application/json'),
              },
            },
            t('wsDamagedDownload'),
          ),
      h(
        'button',
        { class: 'primary', attrs: { type: 'button' }, on: { click: actions.discard } },
        t('wsDamagedDiscard'),
      ),
      h('button', { attrs: { type: 'button' }, on: { click: actions.back } }, t('backToTitle')),
    ),
  );
}
