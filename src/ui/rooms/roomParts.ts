// Pieces every room screen shows: where the room is (round, phase), each team's status in words
// (never colour alone), the injects as they landed, and the connection. Text only, as text.
import type { RoomClient } from '../../rooms/roomClient.ts';
import type { Room } from '../../rooms/room.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../messages.ts';

export function roundLine(room: Room): string {
  const total = room.scenario.rounds.length;
  const label = room.scenario.rounds[room.round - 1]?.label ?? String(room.round);
  return t('rmRoundLine', { n: Math.min(room.round, total), total, label });
}

export function phaseLine(room: Room): string {
  if (room.phase === 'waiting') return t('rmWaiting');
  if (room.phase === 'closed') return t('rmClosed');
  if (room.phase === 'ended') return t('rmEnded');
  const waiting = room.setup.teams.filter((_, i) => room.deciding(i)).map((team) => team.name);
  return waiting.length > 0
    ? t('rmStillDeciding', { teams: waiting.join(', ') })
    : t('rmEveryoneDecided');
}

export function teamStatus(room: Room, i: number): string {
  const phase = room.sessions[i]?.phase;
  if (phase === 'ended') return t('rmStatusEnded');
  return phase === 'deciding' && room.phase !== 'waiting'
    ? t('rmStatusDeciding')
    : t('rmStatusDecided');
}

export function teamStatusList(room: Room): HTMLElement {
  return h(
    'section',
    { class: 'rm-teams', attrs: { 'aria-labelledby': 'rm-teams-title' } },
    h('h2', { id: 'rm-teams-title' }, t('rmTeamsTitle')),
    h(
      'ul',
      {},
      ...room.setup.teams.map((team, i) => {
        const status = teamStatus(room, i);
        return h(
          'li',
          { attrs: { 'data-team': String(i), 'data-status': status } },
          h('strong', {}, team.name),
          `: ${status}`,
        );
      }),
    ),
  );
}

export function injectList(room: Room): HTMLElement {
  const names = (teams: number[]) =>
    teams.length === room.setup.teams.length
      ? t('rmAllTeams')
      : teams.map((i) => room.setup.teams[i]?.name ?? '').join(', ');
  return h(
    'section',
    { class: 'rm-injects', attrs: { 'aria-labelledby': 'rm-injects-title' } },
    h('h2', { id: 'rm-injects-title' }, t('rmInjectsTitle')),
    room.injects.length === 0
      ? h('p', {}, t('rmNoInjects'))
      : h(
          'ol',
          { attrs: { reversed: '' } },
          ...[...room.injects]
            .reverse()
            .map((inject) =>
              h('li', {}, t('rmInjectLine', { ...inject, teams: names(inject.teams) })),
            ),
        ),
  );
}

/**
 * Keeps a room screen in step with the room: the connection line in `status`, then the screen's
 * own drawing, now and on every change. The returned destroy stops that and runs `leave` (a
 * screen's map is unmounted there).
 */
export function followRoom(
  client: RoomClient,
  status: HTMLElement,
  render: (room: Room) => void,
  leave?: () => void,
): () => void {
  const draw = () => {
    const room = client.room;
    if (!room) return;
    replaceChildren(status, connectionLine(client));
    render(room);
  };
  draw();
  const unsubscribe = client.subscribe(draw);
  return () => {
    unsubscribe();
    leave?.();
  };
}

export function connectionLine(client: RoomClient): HTMLElement {
  const key =
    client.connection === 'online'
      ? 'rmOnline'
      : client.connection === 'offline'
        ? 'rmOffline'
        : 'rmConnecting';
  return h('p', { class: `rm-connection ${client.connection}`, attrs: { role: 'status' } }, t(key));
}

/**
 * Redraws a region without dropping the keyboard user: focus goes back to the control with the
 * same id, or to the region's first heading when that control is gone.
 */
export function redraw(region: HTMLElement, draw: () => void): void {
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && region.contains(active);
  const id = inside ? active.id : '';
  draw();
  if (!inside) return;
  const again = id ? region.querySelector<HTMLElement>(`#${CSS.escape(id)}`) : null;
  const heading = region.querySelector<HTMLElement>('h1, h2');
  if (heading && !again) heading.tabIndex = -1;
  (again ?? heading)?.focus();
}
