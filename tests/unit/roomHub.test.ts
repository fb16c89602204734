// The rooms server without sockets: codes and keys, rate-limited joins, read-only screens, every
// accepted action on disk before it is answered, and a restarted server that resumes each room.
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RoomHub, type Seat } from '../../server/hub.ts';
import { FileRoomLog } from '../../server/roomLog.ts';
import { CODE_ALPHABET } from '../../src/rooms/protocol.ts';
import { tinyRoomSetup } from '../support/rooms.ts';
import { fakeScenario } from '../support/scenarios.ts';

const SETUP = tinyRoomSetup(4);

function hubOn(dir: string) {
  return new RoomHub(new FileRoomLog(dir), (id) => (id === 'tiny' ? fakeScenario() : undefined));
}

function created() {
  const dir = mkdtempSync(join(tmpdir(), 'rooms-'));
  const hub = hubOn(dir);
  const ack = hub.create({ setup: SETUP }, 0);
  if (!ack.ok) throw new Error(ack.reason);
  const facilitator: Seat = { code: ack.code, role: 'facilitator' };
  return { dir, hub, code: ack.code, key: ack.key, facilitator };
}

describe('room hub', () => {
  it('makes codes of 8 symbols from the 32-symbol alphabet, never the same twice', () => {
    const codes = Array.from({ length: 30 }, () => created().code);
    expect(new Set(codes).size).toBe(30);
    for (const code of codes) expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
  });

  it('lets the facilitator in with the key only, and keeps the key off the disk', () => {
    const { dir, hub, code, key } = created();
    expect(hub.join({ code, role: 'facilitator', key }, 'a', 0).ack.ok).toBe(true);
    const wrong = hub.join({ code, role: 'facilitator', key: '0'.repeat(32) }, 'a', 0).ack;
    expect(wrong).toEqual({ ok: false, reason: expect.stringMatching(/facilitator key/) });
    expect(readFileSync(join(dir, `${code}.jsonl`), 'utf8')).not.toContain(key);
  });

  it('slows a guesser down after 20 wrong codes a minute, but not another address', () => {
    const { hub, code } = created();
    for (let i = 0; i < 20; i++) hub.join({ code: 'ZZZZZZZZ', role: 'observer' }, 'guesser', i);
    const late = hub.join({ code, role: 'observer' }, 'guesser', 100).ack;
    expect(late).toEqual({ ok: false, reason: expect.stringMatching(/Too many/) });
    expect(hub.join({ code, role: 'observer' }, 'class', 100).ack.ok).toBe(true);
    expect(hub.join({ code, role: 'observer' }, 'guesser', 61_000).ack.ok).toBe(true);
  });

  it('refuses actions from read-only screens and applies a re-sent action once', () => {
    const { hub, code, facilitator } = created();
    expect(hub.act({ code, role: 'observer' }, { action: { type: 'open' } }, 1).ack.ok).toBe(false);
    const first = hub.act(facilitator, { action: { type: 'open' }, nonce: 'n1' }, 1);
    const again = hub.act(facilitator, { action: { type: 'open' }, nonce: 'n1' }, 2);
    expect(again.ack).toEqual(first.ack);
    expect(again.entry).toBeUndefined();
  });

  it('resumes every room after a restart with nothing lost, and catches a device up', () => {
    const { dir, hub, code, facilitator } = created();
    const team0: Seat = { code, role: 'team', team: 0 };
    hub.act(facilitator, { action: { type: 'open' } }, 1);
    hub.act(team0, { action: { type: 'choose', decision: 'towers', option: 'credit' } }, 2);
    const restarted = hubOn(dir);
    const rejoin = restarted.join({ code, role: 'team', team: 0, since: 1 }, 'a', 3).ack;
    expect(rejoin.ok && rejoin.entries.map((e) => e.action.type)).toEqual(['choose']);
    const dup = { action: { type: 'choose', decision: 'towers', option: 'credit' } };
    expect(restarted.act(team0, dup, 4).ack).toEqual({
      ok: false,
      reason: expect.stringMatching(/not open/),
    });
    const beta = { action: { type: 'choose', decision: 'towers', option: 'refuse' } };
    expect(restarted.act({ code, role: 'team', team: 1 }, beta, 5).ack).toEqual({
      ok: true,
      seq: 2,
    });
  });

  it('drops a line cut short by a crash (never acknowledged) and keeps the rest', () => {
    const { dir, hub, code, facilitator } = created();
    hub.act(facilitator, { action: { type: 'open' } }, 1);
    appendFileSync(join(dir, `${code}.jsonl`), '{"seq":1,"at":2,"by":0,"act');
    const stored = new FileRoomLog(dir).read(code);
    expect(stored?.entries.map((e) => e.action.type)).toEqual(['open']);
  });

  it('leaves a room whose file no longer replays unserved, without stopping the server', () => {
    const { dir, code } = created();
    const forged = { seq: 0, at: 1, by: 0, action: { type: 'close' } };
    appendFileSync(join(dir, `${code}.jsonl`), `${JSON.stringify(forged)}\n`);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(hubOn(dir).join({ code, role: 'observer' }, 'a', 0).ack.ok).toBe(false);
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
});
