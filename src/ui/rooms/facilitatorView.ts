// The facilitator's console, on the laptop that holds the room's key: the code to give out, the
// planned time, rounds opened and closed, the timer, choosing for a team that cannot, injects, the
// round's reports and at the end the hot wash with the after-action report (the one-screen
// workshop's own, over the room's games). Every refusal is shown with the server's reason.
import type { Action } from '../../rooms/protocol.ts';
import type { Room } from '../../rooms/room.ts';
import type { RoomClient } from '../../rooms/roomClient.ts';
import type { Announcer } from '../announcer.ts';
import { h, replaceChildren } from '../dom.ts';
import { CSV_TYPE } from '../files/csv.ts';
import { downloadText } from '../files/download.ts';
import { t } from '../messages.ts';
import { printReport, reportFileName } from '../workshop/exportActions.ts';
import { hotWash } from '../workshop/hotWash.ts';
import { plannedTime } from '../workshop/plan.ts';
import { buildReport, reportCsv } from '../workshop/report.ts';
import { reportScreen } from '../workshop/reportScreen.ts';
import { forceForms, injectForm, timerForm } from './facilitatorForms.ts';
import {
  followRoom,
  injectList,
  phaseLine,
  redraw,
  roundLine,
  teamStatusList,
} from './roomParts.ts';
import type { RoomTimer } from './roomTimer.ts';
import { roomAsWorkshop } from './roomWorkshop.ts';

export function facilitatorView(
  client: RoomClient,
  code: string,
  timer: RoomTimer,
  announcer: Announcer,
  newRoom: () => void,
): { element: HTMLElement; destroy: () => void } {
  const said = h('p', { class: 'rm-said', attrs: { role: 'status' } });
  const live = h('div', { class: 'rm-live' });
  const forms = h('div', { class: 'rm-forms' });
  const after = h('div', { class: 'rm-after' });
  const status = h('div', {});
  const element = h('section', { class: 'rooms rm-facilitator' }, live, said, forms, after, status);
  let shown = -1;
  // The forms are redrawn only when the phase changes: a team's choice must not wipe an inject
  // the facilitator is typing.
  let formsFor: string | null = null;

  const send = async (action: Action) => {
    said.textContent = '';
    const ack = await client.act(action);
    said.textContent = ack.ok ? t('rmDone') : t('rmRefused', { reason: ack.reason });
    announcer.say(said.textContent);
    return ack.ok;
  };
  const sendNow = (action: Action) => void send(action);

  const download = (kind: 'json' | 'csv') => {
    const room = client.room;
    if (!room) return;
    const report = buildReport(roomAsWorkshop(room), new Date().toISOString());
    const name = reportFileName(room.scenario.id, room.setup.seed, kind);
    if (kind === 'json')
      downloadText(name, `${JSON.stringify(report, null, 2)}\n`, 'application/json');
    else downloadText(name, reportCsv(report), CSV_TYPE);
  };

  const roundControls = () => {
    const room = client.room;
    if (!room) return null;
    const button = (label: string, action: Action, id: string) =>
      h(
        'button',
        { id, class: 'primary', attrs: { type: 'button' }, on: { click: () => sendNow(action) } },
        label,
      );
    if (room.phase === 'open') return button(t('rmClose'), { type: 'close' }, 'rm-close');
    if (room.phase === 'waiting') return button(t('rmOpen'), { type: 'open' }, 'rm-open');
    return null;
  };

  const render = (room: Room) => {
    if (shown === room.entries.length) return;
    shown = room.entries.length;
    const address = `${location.origin}${location.pathname}#/rooms`;
    const workshop =
      room.phase === 'closed' || room.phase === 'ended' ? roomAsWorkshop(room) : null;
    redraw(live, () =>
      replaceChildren(
        live,
        h('h1', {}, t('rmRoomLine', { code, scenario: room.scenario.title })),
        h('p', { class: 'rm-join' }, t('rmJoinAt', { address, code })),
        h('p', { class: 'meta' }, t('rmKeyNote')),
        h('p', {}, plannedTime(room.scenario.rounds.length, room.setup.roundMinutes)),
        h('h2', {}, roundLine(room)),
        timer.element,
        h('p', { class: 'rm-phase' }, phaseLine(room)),
        roundControls(),
        teamStatusList(room),
        ...forceForms(room, send),
      ),
    );
    if (formsFor !== room.phase) {
      formsFor = room.phase;
      replaceChildren(
        forms,
        room.phase === 'ended' ? null : timerForm(room, send),
        room.phase === 'ended' ? null : injectForm(room, send),
      );
    }
    redraw(after, () =>
      replaceChildren(
        after,
        injectList(room),
        workshop && room.phase === 'closed'
          ? reportScreen(workshop, () => sendNow({ type: 'open' }))
          : null,
        workshop && room.phase === 'ended'
          ? hotWash(workshop, {
              print: () => printReport(element),
              downloadJson: () => download('json'),
              downloadCsv: () => download('csv'),
              newWorkshop: newRoom,
            })
          : null,
      ),
    );
  };
  return { element, destroy: followRoom(client, status, render) };
}
