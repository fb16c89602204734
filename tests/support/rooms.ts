// The room the rooms tests play in: the tiny fixture, two teams (one per country), ten-minute rounds.
import type { RoomSetup } from '../../src/rooms/protocol.ts';

/** A room on the tiny fixture: the first team plays `tiny`, the second `other`. */
export function tinyRoomSetup(seed: number, names: readonly [string, string] = ['Alpha', 'Beta']) {
  const [first, second] = names;
  const setup: RoomSetup = {
    scenarioId: 'tiny',
    seed,
    teams: [
      { name: first, countryId: 'tiny' },
      { name: second, countryId: 'other' },
    ],
    roundMinutes: 10,
  };
  return setup;
}
