// Getting into a room: the code (with the reason when it was refused), the rooms this browser
// facilitates, setting up a new one; then, once the code is known, who this device is.
import type { RoomSetup } from '../../rooms/protocol.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { field } from '../workshop/fields.ts';
import { facilitatedCodes, type Seat } from './seatStore.ts';

export interface JoinActions {
  join: (code: string) => void;
  facilitate: (code: string) => void;
  setUp: () => void;
  home: () => void;
}

export function joinForm(
  storage: Storage | null,
  problem: string | undefined,
  actions: JoinActions,
): HTMLElement {
  const code = h('input', {
    id: 'rm-code',
    attrs: {
      type: 'text',
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      maxlength: '12',
      'aria-describedby': 'rm-code-hint',
    },
  });
  const form = h(
    'form',
    {
      class: 'rm-join-form',
      on: {
        submit: (event) => {
          event.preventDefault();
          actions.join(code.value);
        },
      },
    },
    field(t('rmCode'), code, h('p', { class: 'meta', id: 'rm-code-hint' }, t('rmCodeHint'))),
    h('button', { class: 'primary', attrs: { type: 'submit' } }, t('rmJoin')),
  );
  const button = (label: string, click: () => void) =>
    h('button', { attrs: { type: 'button' }, on: { click } }, label);
  return h(
    'section',
    { class: 'rooms rm-landing', attrs: { 'aria-labelledby': 'rm-title' } },
    h('h1', { id: 'rm-title', attrs: { tabindex: '-1' } }, t('rmTitle')),
    h('p', { class: 'tagline' }, t('rmIntro')),
    h('div', { class: 'rm-problem', attrs: { role: 'alert' } }, problem ?? ''),
    form,
    h(
      'ul',
      { class: 'rm-facilitate' },
      ...facilitatedCodes(storage).map((c) =>
        h(
          'li',
          {},
          button(t('rmResume', { code: c }), () => actions.facilitate(c)),
        ),
      ),
      h('li', {}, button(t('rmSetUp'), actions.setUp)),
      h('li', {}, h('a', { attrs: { href: '#/workshop' } }, t('rmOneScreen'))),
      h('li', {}, h('a', { attrs: { href: '#/workshop' } }, t('rmLoadReport'))),
      h('li', {}, button(t('backToTitle'), actions.home)),
    ),
  );
}

export function seatPicker(
  code: string,
  setup: RoomSetup,
  pick: (seat: Seat) => void,
  back: () => void,
): HTMLElement {
  const seat = (label: string, chosen: Seat) =>
    h(
      'li',
      {},
      h('button', { attrs: { type: 'button' }, on: { click: () => pick(chosen) } }, label),
    );
  return h(
    'section',
    { class: 'rooms rm-seats', attrs: { 'aria-labelledby': 'rm-seats-title' } },
    h('h1', { id: 'rm-seats-title', attrs: { tabindex: '-1' } }, t('rmPickSeat', { code })),
    h(
      'ul',
      {},
      ...setup.teams.map((team, i) =>
        seat(t('rmSeatTeam', { team: team.name }), { code, role: 'team', team: i }),
      ),
      seat(t('rmSeatProjector'), { code, role: 'projector' }),
      seat(t('rmSeatObserver'), { code, role: 'observer' }),
    ),
    h('p', {}, h('button', { attrs: { type: 'button' }, on: { click: back } }, t('rmLeave'))),
  );
}
