// The rooms' one schema and the room's rules: malformed, oversized, out-of-turn and foreign-team
// messages are refused with a reason and change nothing; the same log replays to the same game.
import { describe, expect, it } from 'vitest';
import {
  ActMessage,
  JoinMessage,
  MAX_MESSAGE_BYTES,
  RoomCode,
  parseMessage,
  type Action,
  type Entry,
} from '../../src/rooms/protocol.ts';
import { Room, type Sender } from '../../src/rooms/room.ts';
import { tinyRoomSetup } from '../support/rooms.ts';
import { fakeScenario } from '../support/scenarios.ts';

const SETUP = tinyRoomSetup(7, ['Alpha', 'Команда Астана']);

/** A room and a helper that sends like the server does: check, then log with the next number. */
function room() {
  const r = new Room(fakeScenario(), SETUP);
  const send = (by: Sender, action: Action) =>
    r.apply({ seq: r.entries.length, at: 1000 * r.entries.length, by, action });
  return { r, send };
}

describe('protocol', () => {
  it('reads a room code typed in lower case with spaces, and refuses other alphabets', () => {
    expect(RoomCode.parse(' 7k3m9q2x ')).toBe('7K3M9Q2X');
    expect(RoomCode.safeParse('7K3M9Q2I').success).toBe(false); // no I in the alphabet
    expect(RoomCode.safeParse('7K3M9Q2').success).toBe(false);
  });

  it('refuses a malformed message with the field that is wrong', () => {
    const result = parseMessage(ActMessage, { action: { type: 'choose', decision: 3 } });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/action\.decision/) });
    expect(parseMessage(JoinMessage, { code: 'AAAAAAAA', role: 'king' }).ok).toBe(false);
  });

  it('refuses an oversized message before parsing it', () => {
    const big = {
      action: { type: 'choose', decision: 'x'.repeat(MAX_MESSAGE_BYTES), option: 'y' },
    };
    const result = parseMessage(ActMessage, big);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/too large/);
  });
});

describe('room rules', () => {
  it('refuses a choice before the round opens, and accepts it once open', () => {
    const { r, send } = room();
    const choice: Action = { type: 'choose', decision: 'towers', option: 'credit' };
    expect(send(0, choice)).toEqual({ ok: false, reason: expect.stringMatching(/not open/) });
    expect(r.entries).toHaveLength(0);
    expect(send('facilitator', { type: 'open' }).ok).toBe(true);
    expect(send(0, choice).ok).toBe(true);
    expect(r.deciding(0)).toBe(false);
  });

  it("refuses a team's input for another team, and facilitator actions from a team", () => {
    const { r, send } = room();
    send('facilitator', { type: 'open' });
    const foreign = send(0, { type: 'choose', team: 1, decision: 'towers', option: 'credit' });
    expect(foreign).toEqual({ ok: false, reason: expect.stringMatching(/own team/) });
    expect(send(0, { type: 'close' }).ok).toBe(false);
    expect(send(1, { type: 'inject', event: 'leak', targets: 'all' }).ok).toBe(false);
    expect(r.deciding(1)).toBe(true);
    expect(r.entries).toHaveLength(1);
  });

  it('closes a round only when every team has chosen; the facilitator may choose for one', () => {
    const { r, send } = room();
    send('facilitator', { type: 'open' });
    send(0, { type: 'choose', decision: 'towers', option: 'credit' });
    expect(send('facilitator', { type: 'close' })).toEqual({
      ok: false,
      reason: expect.stringMatching(/Команда Астана/),
    });
    send('facilitator', { type: 'choose', team: 1, decision: 'towers', option: 'refuse' });
    expect(send('facilitator', { type: 'close' }).ok).toBe(true);
    expect(r.phase).toBe('closed');
    expect(send('facilitator', { type: 'open' }).ok).toBe(true);
    expect(r.round).toBe(2);
  });

  it('keeps an adjusted timer for its round only', () => {
    const { r, send } = room();
    send('facilitator', { type: 'open' });
    send('facilitator', { type: 'timer', minutes: 3 });
    expect(r.deadline).toBe(r.openedAt! + 3 * 60_000);
    send(0, { type: 'choose', decision: 'towers', option: 'credit' });
    send(1, { type: 'choose', decision: 'towers', option: 'refuse' });
    send('facilitator', { type: 'close' });
    send('facilitator', { type: 'open' });
    expect(r.minutes).toBe(10);
  });

  it('sends an inject to the chosen teams only', () => {
    const { r, send } = room();
    send('facilitator', { type: 'open' });
    const custom = { type: 'customInject', title: 'Cyclone', text: 'Towers down.' } as const;
    send('facilitator', { ...custom, changes: { connectivity: -5 }, targets: [1] });
    expect(r.sessions[0]!.state.inputs).toHaveLength(0);
    expect(r.sessions[1]!.state.inputs).toEqual([
      {
        type: 'customInject',
        title: 'Cyclone',
        text: 'Towers down.',
        changes: { connectivity: -5 },
      },
    ]);
    expect(r.injects).toEqual([{ round: 1, title: 'Cyclone', teams: [1] }]);
  });

  it('replays its log to the same game (what every client does), and refuses a forged log', () => {
    const { r, send } = room();
    send('facilitator', { type: 'open' });
    send(0, { type: 'choose', decision: 'towers', option: 'credit' });
    send('facilitator', { type: 'inject', event: 'leak', targets: 'all' });
    const copy = Room.fromLog(fakeScenario(), SETUP, r.entries);
    expect(copy.fingerprint()).toBe(r.fingerprint());
    const forged: Entry = { seq: 9, at: 0, by: 1, action: { type: 'close' } };
    expect(() => Room.fromLog(fakeScenario(), SETUP, [...r.entries, forged])).toThrow(/replay/);
  });
});

describe('room to hot wash', () => {
  it("plays to the end and hands the one-screen workshop's hot wash and report every team's game", async () => {
    const { roomAsWorkshop } = await import('../../src/ui/rooms/roomWorkshop.ts');
    const { buildReport } = await import('../../src/ui/workshop/report.ts');
    const { r, send } = room();
    for (let round = 0; r.phase !== 'ended' && round < 10; round++) {
      send('facilitator', { type: 'open' });
      for (const team of [0, 1]) {
        for (let decision = r.sessions[team]!.state.pending[0]; decision && r.phase === 'open';) {
          const session = r.sessions[team]!;
          const option = session.index.decisions
            .get(decision)!
            .options.find((o) => session.optionStatus(decision!, o.id).available)!;
          expect(send(team, { type: 'choose', decision, option: option.id }).ok).toBe(true);
          decision = session.phase === 'deciding' ? session.state.pending[0] : undefined;
        }
      }
      if (r.phase === 'open') expect(send('facilitator', { type: 'close' }).ok).toBe(true);
    }
    expect(r.phase).toBe('ended');
    const workshop = roomAsWorkshop(r);
    expect(workshop.screen).toBe('hotwash');
    const report = buildReport(workshop, '2026-12-02T00:00:00Z');
    expect(report.teams.map((team) => team.name)).toEqual(['Alpha', 'Команда Астана']);
  });
});
