// The projector (and, smaller, an observer's screen): the code to join with, the round and its
// timer, each team's status and the injects as they land, and the hot wash at the end. Read-only:
// it sends nothing. Sized for the back row (body 28 px, headlines 44 px at 1920x1080: see
// .rm-projector in style.css).
import type { Room } from '../../rooms/room.ts';
import type { RoomClient } from '../../rooms/roomClient.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../messages.ts';
import { hotWash } from '../workshop/hotWash.ts';
import { teamsCompare } from '../workshop/teamsCompare.ts';
import { followRoom, injectList, phaseLine, roundLine, teamStatusList } from './roomParts.ts';
import { roomMap } from './roomMap.ts';
import { roomAsWorkshop } from './roomWorkshop.ts';
import type { RoomTimer } from './roomTimer.ts';

export function projectorView(
  client: RoomClient,
  code: string,
  timer: RoomTimer,
  observer: boolean,
): { element: HTMLElement; destroy: () => void } {
  const live = h('div', { class: 'rm-live' });
  const status = h('div', { attrs: { 'aria-live': 'polite' } });
  const map = roomMap(client);
  const mapTeam = h('select', { id: 'rm-map-team' });
  mapTeam.addEventListener('change', () => map.show(Number(mapTeam.value)));
  const mapBox = h(
    'section',
    { class: 'rm-map-box', attrs: { 'aria-label': t('rmMapTitle') } },
    h('label', { attrs: { for: mapTeam.id } }, t('rmMapTeam')),
    ' ',
    mapTeam,
    map.element,
  );
  const element = h(
    'section',
    { class: observer ? 'rooms rm-observer' : 'rooms rm-projector' },
    live,
    mapBox,
    status,
  );
  let washedAt = -1;
  const render = (room: Room) => {
    if (mapTeam.options.length === 0) {
      mapTeam.append(
        ...room.setup.teams.map((team, i) =>
          h('option', { attrs: { value: String(i) } }, team.name),
        ),
      );
      map.show(0);
    }
    // The hot wash is long: a reconnect alone does not rebuild it (nor close the notes opened).
    if (room.phase === 'ended' && washedAt === room.entries.length) return;
    washedAt = room.phase === 'ended' ? room.entries.length : -1;
    const address = `${location.origin}${location.pathname}#/rooms`;
    replaceChildren(
      live,
      h('h1', {}, roundLine(room)),
      h('p', { class: 'rm-join' }, t('rmJoinAt', { address, code })),
      timer.element,
      h('p', { class: 'rm-phase' }, phaseLine(room)),
      teamStatusList(room),
      injectList(room),
      // Once a round closes, every team's indicators side by side for the discussion; once the
      // workshop ends, the whole hot wash (without its exports: they are the facilitator's).
      room.phase === 'closed' ? teamsCompare(roomAsWorkshop(room)) : null,
      room.phase === 'ended' ? hotWash(roomAsWorkshop(room)) : null,
    );
  };
  return { element, destroy: followRoom(client, status, render, () => map.destroy()) };
}
