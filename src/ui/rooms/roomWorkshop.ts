// The room seen as the one-screen workshop, so the rooms reuse its round reports, its side-by-side
// indicators, its hot wash and its after-action report (print, JSON, CSV) rather than copies.
// Rebuilt from the teams' inputs once per new entry, and the previous copy's games stopped.
import type { Room } from '../../rooms/room.ts';
import { scenarioHash } from '../../sim/saveChecks.ts';
import { Workshop } from '../workshop/workshop.ts';

const cache = new WeakMap<Room, { length: number; workshop: Workshop }>();

export function roomAsWorkshop(room: Room): Workshop {
  const cached = cache.get(room);
  if (cached?.length === room.entries.length) return cached.workshop;
  cached?.workshop.stop();
  const workshop = Workshop.restore(room.scenario, {
    scenarioId: room.scenario.id,
    contentHash: scenarioHash(room.scenario),
    seed: room.setup.seed,
    teams: room.setup.teams.map((team, i) => ({
      ...team,
      inputs: [...(room.sessions[i]?.state.inputs ?? [])],
      // The room's own games replayed these inputs just now: nothing to compare against.
      fingerprint: null,
    })),
    timer: { minutes: room.minutes, remainingMs: 0 },
    view: { screen: room.phase === 'closed' ? 'report' : 'round', team: 0 },
  });
  cache.set(room, { length: room.entries.length, workshop });
  return workshop;
}
