// The facilitator's forms: choosing for a team that cannot (force-resolve, by a person, never by
// the timer), the round's minutes, and injects to all teams or to chosen ones.
import type { Action, Targets } from '../../rooms/protocol.ts';
import type { Room } from '../../rooms/room.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { field } from '../workshop/fields.ts';

/** Sends an action; true once the server accepted it (refusals are shown by the sender). */
export type Send = (action: Action) => Promise<boolean>;

/** One line per decision a team still has open: its options, and a button to choose for it. */
export function forceForms(room: Room, send: Send): HTMLElement[] {
  if (room.phase !== 'open') return [];
  return room.setup.teams.flatMap((team, i) => {
    const session = room.sessions[i];
    const decisionId = session?.phase === 'deciding' ? session.state.pending[0] : undefined;
    const decision = decisionId ? session?.index.decisions.get(decisionId) : undefined;
    if (!session || !decision) return [];
    const open = decision.options.filter((o) => session.optionStatus(decision.id, o.id).available);
    const select = h(
      'select',
      { id: `rm-force-${i}` },
      ...open.map((o) => h('option', { attrs: { value: o.id } }, o.label)),
    );
    const choose = () =>
      void send({ type: 'choose', team: i, decision: decision.id, option: select.value });
    return [
      h(
        'div',
        { class: 'rm-force' },
        field(t('rmForceDecision', { team: team.name, decision: decision.title }), select),
        h(
          'button',
          { attrs: { type: 'button' }, on: { click: choose } },
          t('rmForce', { team: team.name }),
        ),
      ),
    ];
  });
}

export function timerForm(room: Room, send: Send): HTMLElement {
  const minutes = h('input', {
    id: 'rm-minutes',
    attrs: { type: 'number', min: '1', max: '120', step: '1' },
  });
  minutes.value = String(room.minutes);
  return h(
    'div',
    { class: 'rm-timer-form' },
    field(t('rmMinutes'), minutes),
    h(
      'button',
      {
        attrs: { type: 'button' },
        on: { click: () => void send({ type: 'timer', minutes: Number(minutes.value) }) },
      },
      t('rmSetTimer'),
    ),
  );
}

function targetBoxes(room: Room): { element: HTMLElement; targets: () => Targets } {
  const boxes = room.setup.teams.map((team, i) => {
    const box = h('input', { id: `rm-target-${i}`, attrs: { type: 'checkbox' } });
    box.checked = true;
    return { box, row: h('label', {}, box, ` ${team.name}`) };
  });
  const element = h(
    'fieldset',
    { class: 'rm-targets' },
    h('legend', {}, t('rmTargets')),
    ...boxes.map((b) => b.row),
  );
  const targets = (): Targets => {
    const chosen = boxes.flatMap((b, i) => (b.box.checked ? [i] : []));
    return chosen.length === boxes.length ? 'all' : chosen;
  };
  return { element, targets };
}

export function injectForm(room: Room, send: Send): HTMLElement {
  const { element: to, targets } = targetBoxes(room);
  const events = room.scenario.events.filter((e) => e.inject);
  const event = h(
    'select',
    { id: 'rm-inject' },
    ...events.map((e) => h('option', { attrs: { value: e.id } }, e.title)),
  );
  const title = h('input', { id: 'rm-custom-title', attrs: { type: 'text', maxlength: '200' } });
  const text = h('textarea', { id: 'rm-custom-text', attrs: { maxlength: '2000', rows: '2' } });
  const button = (label: string, click: () => unknown) =>
    h('button', { attrs: { type: 'button' }, on: { click } }, label);
  return h(
    'section',
    { class: 'rm-inject-form', attrs: { 'aria-labelledby': 'rm-inject-title' } },
    h('h2', { id: 'rm-inject-title' }, t('rmInjectFormTitle')),
    to,
    events.length > 0 ? field(t('rmScenarioInject'), event) : null,
    events.length > 0
      ? button(t('rmSendInject'), () =>
          send({ type: 'inject', event: event.value, targets: targets() }),
        )
      : null,
    field(t('rmCustomTitle'), title),
    field(t('rmCustomText'), text),
    button(t('rmSendCustom'), async () => {
      const sent = await send({
        type: 'customInject',
        title: title.value.trim(),
        text: text.value.trim(),
        changes: {},
        targets: targets(),
      });
      // Cleared once it landed, so it cannot be sent twice by a second press.
      if (sent) title.value = text.value = '';
    }),
  );
}
