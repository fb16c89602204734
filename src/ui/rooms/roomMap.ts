// A team's game on the map (the game screen's own map, loaded on demand): on the team's device its
// own, on the projector the team the facilitator picks. The room is whole without it: a map that
// cannot load is left out and said in the console.
import { buildMapModel } from '../../map/mapModel.ts';
import type { MapHandle } from '../../map/mountMap.ts';
import type { RoomClient } from '../../rooms/roomClient.ts';
import { h } from '../dom.ts';

export interface RoomMap {
  readonly element: HTMLElement;
  /** Shows this team's game (again after a change in the room). */
  show(team: number): void;
  destroy(): void;
}

export function roomMap(client: RoomClient): RoomMap {
  const element = h('div', { class: 'map-panel rm-map' });
  let map: MapHandle | null = null;
  let team = 0;
  let destroyed = false;
  let mounting = false;

  const update = () => {
    const session = client.room?.sessions[team];
    if (session)
      map?.update(
        buildMapModel(session.scenario, session.state, { reveal: session.phase === 'ended' }),
      );
  };

  const mount = async () => {
    const session = client.room?.sessions[team];
    if (mounting || !session?.scenario.map) return;
    mounting = true;
    try {
      const { mountMap } = await import('../../map/mountMap.ts');
      const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      const mounted = await mountMap(element, session.scenario, {
        reducedMotion,
        countryId: session.state.countryId,
      });
      if (destroyed) return mounted.destroy();
      map = mounted;
      update();
    } catch (error) {
      console.warn('The map could not be shown:', error);
      element.remove();
    }
  };

  const unsubscribe = client.subscribe(update);
  return {
    element,
    show: (chosen) => {
      team = chosen;
      if (map) update();
      else void mount();
    },
    destroy: () => {
      destroyed = true;
      unsubscribe();
      map?.destroy();
    },
  };
}
