// Every room the server hosts, without sockets: create, join and act take a raw message, check it
// against the one schema and the room's state, and answer with an acknowledgement (refusals carry
// a reason). Accepted actions are written to the room's log before they are applied or answered.
// Rooms are read back from the log when first needed, so a restarted server resumes each one.
import { randomBytes, randomInt } from 'node:crypto';
import {
  ActMessage,
  CODE_ALPHABET,
  CODE_LENGTH,
  CreateMessage,
  JoinMessage,
  parseMessage,
  type ActAck,
  type CreateAck,
  type Entry,
  type JoinAck,
  type Role,
} from '../src/rooms/protocol.ts';
import { Room } from '../src/rooms/room.ts';
import type { ScenarioData } from '../src/sim/scenario/scenario.schema.ts';
import { AttemptLimiter } from './rateLimit.ts';
import { hashKey, type RoomLog } from './roomLog.ts';

/** Who a connection is, once it has joined: its room, role and (for a team's device) team. */
export interface Seat {
  code: string;
  role: Role;
  team?: number;
}

interface Live {
  room: Room;
  keyHash: string;
  nonces: Map<string, number>;
}

const refused = (reason: string) => ({ ok: false as const, reason });

export function newCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(32)]).join('');
}

export class RoomHub {
  private readonly live = new Map<string, Live>();
  private readonly limiter = new AttemptLimiter(20, 60_000);

  constructor(
    private readonly log: RoomLog,
    private readonly scenario: (id: string) => ScenarioData | undefined,
  ) {}

  create(raw: unknown, now: number): CreateAck {
    const message = parseMessage(CreateMessage, raw);
    if (!message.ok) return message;
    const { setup } = message.value;
    const scenario = this.scenario(setup.scenarioId);
    if (!scenario) return refused(`There is no scenario "${setup.scenarioId}" on this server.`);
    let room: Room;
    try {
      room = new Room(scenario, setup);
    } catch (error) {
      return refused((error as Error).message);
    }
    let code = newCode();
    while (this.log.read(code)) code = newCode();
    const key = randomBytes(16).toString('hex');
    const keyHash = hashKey(key);
    this.log.create({ format: 'dsr-room/1', code, keyHash, createdAt: now, setup });
    this.live.set(code, { room, keyHash, nonces: new Map() });
    return { ok: true, code, key };
  }

  join(raw: unknown, who: string, now: number): { ack: JoinAck; seat?: Seat } {
    if (this.limiter.blocked(who, now))
      return { ack: refused('Too many wrong attempts: wait a minute, then check the code.') };
    const fail = (reason: string) => {
      this.limiter.fail(who, now);
      return { ack: refused(reason) };
    };
    const message = parseMessage(JoinMessage, raw);
    if (!message.ok) return fail(message.reason);
    const { code, role, team, key, since } = message.value;
    const live = this.room(code);
    if (!live) return fail('No workshop has this code. Check it with the facilitator.');
    if (role === 'facilitator' && (!key || hashKey(key) !== live.keyHash))
      return fail('This is not the facilitator key for this room.');
    if (role === 'team' && (team === undefined || team >= live.room.setup.teams.length))
      return fail('There is no such team in this room.');
    const seat: Seat = role === 'team' ? { code, role, team: team as number } : { code, role };
    const entries = live.room.entries.slice(since);
    return { ack: { ok: true, setup: live.room.setup, entries, now }, seat };
  }

  act(seat: Seat, raw: unknown, now: number): { ack: ActAck; entry?: Entry } {
    const message = parseMessage(ActMessage, raw);
    if (!message.ok) return { ack: message };
    const live = this.room(seat.code);
    if (!live) return { ack: refused('This room is gone.') };
    if (seat.role === 'projector' || seat.role === 'observer')
      return { ack: refused('This screen is read-only.') };
    const { action, nonce } = message.value;
    // An action re-sent after a reconnect, already logged: the same answer, applied once.
    const seen = nonce === undefined ? undefined : live.nonces.get(nonce);
    if (seen !== undefined) return { ack: { ok: true, seq: seen } };
    const by = seat.role === 'facilitator' ? 'facilitator' : (seat.team as number);
    const verdict = live.room.check(action, by);
    if (!verdict.ok) return { ack: verdict };
    const entry: Entry = { seq: live.room.entries.length, at: now, by, action };
    if (nonce !== undefined) entry.nonce = nonce;
    try {
      this.log.append(seat.code, entry);
    } catch (error) {
      // Not on disk, so not applied: the room stays as every device has it.
      console.error(`room ${seat.code}: could not save an action:`, error);
      return { ack: refused('The server could not save this: try again in a moment.') };
    }
    live.room.apply(entry);
    if (nonce !== undefined) live.nonces.set(nonce, entry.seq);
    return { ack: { ok: true, seq: entry.seq }, entry };
  }

  /** The room in memory, read back from its log the first time it is asked for. */
  private room(code: string): Live | undefined {
    const cached = this.live.get(code);
    if (cached) return cached;
    let stored: ReturnType<RoomLog['read']>;
    try {
      stored = this.log.read(code);
    } catch (error) {
      console.error(`room ${code}: its file cannot be read:`, error);
      return undefined;
    }
    const scenario = stored && this.scenario(stored.header.setup.scenarioId);
    if (!stored || !scenario) return undefined;
    let room: Room;
    try {
      room = Room.fromLog(scenario, stored.header.setup, stored.entries);
    } catch (error) {
      // A file that no longer replays (edited by hand, another version) is left as it is, unserved.
      console.error(`room ${code}: its file does not replay:`, error);
      return undefined;
    }
    const nonces = new Map(stored.entries.flatMap((e) => (e.nonce ? [[e.nonce, e.seq]] : [])));
    const live = { room, keyHash: stored.header.keyHash, nonces };
    this.live.set(code, live);
    return live;
  }
}
