// A team's own device: its country's indicators, its open decision (the game screen's own
// decision panel, option cards and sources), the round timer, and once it has chosen, who is
// still deciding. A choice goes to the server; the screen changes when the room's log says so.
import type { Indicators } from '../../sim/indicators.ts';
import type { Room } from '../../rooms/room.ts';
import type { RoomClient } from '../../rooms/roomClient.ts';
import type { Announcer } from '../announcer.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../messages.ts';
import { decisionPanel } from '../panels/DecisionPanel.ts';
import { indicatorStrip, updateStripCues } from '../panels/indicatorStrip.ts';
import { reportLists, roundEntries } from '../panels/RoundReport.ts';
import { endingCard } from '../workshop/hotWashParts.ts';
import { roomMap } from './roomMap.ts';
// The game screen's look for its panels (indicator chips, option cards), reused here.
import '../screens/gameScreen.css';
import { followRoom, injectList, phaseLine, redraw, roundLine } from './roomParts.ts';
import type { RoomTimer } from './roomTimer.ts';

export function teamView(
  client: RoomClient,
  team: number,
  timer: RoomTimer,
  announcer: Announcer,
): { element: HTMLElement; destroy: () => void } {
  const head = h('div', { class: 'rm-head' });
  const hud = h('div', { class: 'rm-hud' });
  const main = h('div', { class: 'rm-main' });
  const refusal = h('p', { class: 'rm-refusal', attrs: { role: 'alert' } });
  const status = h('div', {});
  const map = roomMap(client);
  const element = h(
    'section',
    { class: 'rooms rm-team' },
    head,
    hud,
    refusal,
    h('div', { class: 'rm-columns' }, main, map.element),
    status,
  );
  let shown = '';

  const choose = async (decision: string, option: string) => {
    refusal.textContent = '';
    const ack = await client.act({ type: 'choose', decision, option });
    if (!ack.ok) refusal.textContent = t('rmRefused', { reason: ack.reason });
    else announcer.say(t('rmDone'));
  };

  const body = (): (HTMLElement | null)[] => {
    const room = client.room;
    const session = room?.sessions[team];
    if (!room || !session) return [];
    const { state } = session;
    if (session.phase === 'ended' && room.phase !== 'open')
      return [
        endingCard({
          name: room.setup.teams[team]?.name ?? '',
          countryId: state.countryId,
          session,
        }),
      ];
    const decision = state.pending[0];
    if (room.phase === 'open' && decision)
      return [decisionPanel(session, decision, (option) => void choose(decision, option))];
    if (room.phase === 'closed' || (room.phase === 'open' && !decision))
      return [
        h('h2', { class: 'rm-phase' }, phaseLine(room)),
        ...reportLists(session, roundEntries(state), h('h3', {}, t('pending'))),
      ];
    return [h('p', { class: 'rm-phase' }, phaseLine(room))];
  };

  const render = (room: Room) => {
    const session = room.sessions[team];
    if (!session) return;
    const { state } = session;
    const roundStart = (state.history[state.round - 1] ?? state.history[0]) as Indicators;
    replaceChildren(
      head,
      h('h1', {}, `${room.setup.teams[team]?.name ?? ''}: ${roundLine(room)}`),
      timer.element,
    );
    replaceChildren(hud, indicatorStrip(state.indicators, roundStart));
    updateStripCues(hud);
    // Only what changes this team's screen redraws it: another team's choice must not move the
    // reader off the option they were reading.
    const decision = room.phase === 'open' ? state.pending[0] : undefined;
    const key = [room.phase, state.inputs.length, room.injects.length, decision ?? phaseLine(room)];
    if (shown === JSON.stringify(key)) return;
    if (shown === '') map.show(team);
    shown = JSON.stringify(key);
    redraw(main, () => replaceChildren(main, ...body(), injectList(room)));
  };
  return { element, destroy: followRoom(client, status, render, () => map.destroy()) };
}
