// A device's side of a room: joins with a code and a role, replays the room's log into its own
// Room (lockstep: the same code and entries as the server, so the same game), and after a drop
// (Wi-Fi, a closed lid) rejoins by itself and asks only for the entries it has not seen. Actions
// carry a nonce, so one re-sent after a reconnect is applied once. No DOM: the bench uses it too.
import { io, type Socket } from 'socket.io-client';
import type { ScenarioData } from '../sim/scenario/scenario.schema.ts';
import {
  EVENTS,
  type Ack,
  type Action,
  type ActAck,
  type CreateAck,
  type RoomSetup,
  type Entry,
  type JoinAck,
  type JoinMessage,
} from './protocol.ts';
import { Room } from './room.ts';

export interface RoomClientOptions {
  /** The server's address; the page's own origin when omitted. */
  url?: string;
  /** Loads the scenario the room plays (the browser's bundle, or files for the bench). */
  scenario: (id: string) => Promise<ScenarioData>;
  /** Milliseconds to wait for an answer before an action counts as failed. */
  timeoutMs?: number;
  /** What to tell the user when the server does not answer (none running, or out of reach). */
  noAnswer?: string;
}

export type Connection = 'connecting' | 'online' | 'offline';

// getRandomValues, not randomUUID: a LAN address over plain http is not a secure context.
const nonce = () =>
  Array.from(crypto.getRandomValues(new Uint32Array(3)), (n) => n.toString(36)).join('-');

export class RoomClient {
  room: Room | null = null;
  connection: Connection = 'connecting';
  /** Server clock minus this device's clock, for a timer every screen agrees on. */
  clockOffset = 0;
  private readonly socket: Socket;
  private seat: JoinMessage | null = null;
  private readonly listeners = new Set<() => void>();
  private syncing: Promise<JoinAck> | null = null;
  /** Broadcasts that arrive while the first join is still loading the scenario. */
  private early: Entry[] = [];

  constructor(private readonly options: RoomClientOptions) {
    const url = options.url ?? location.origin;
    this.socket = io(url, { transports: ['websocket', 'polling'], reconnectionDelayMax: 2000 });
    this.socket.on('connect', () => {
      this.connection = 'online';
      // After a drop, the room may have moved on: catch up from what this device already holds.
      if (this.seat) void this.sync();
      this.changed();
    });
    this.socket.on('disconnect', () => {
      this.connection = 'offline';
      this.changed();
    });
    this.socket.on(EVENTS.entry, (entry: Entry) => this.receive(entry));
  }

  /** Joins a room; the promise says why not (wrong code, wrong key) in words. */
  async join(seat: JoinMessage): Promise<JoinAck> {
    this.seat = { ...seat, since: 0 };
    this.room?.stop();
    this.room = null;
    return this.sync();
  }

  act(action: Action): Promise<ActAck> {
    return this.ask(EVENTS.act, { action, nonce: nonce() });
  }

  create(setup: RoomSetup): Promise<CreateAck> {
    return this.ask(EVENTS.create, { setup });
  }

  /** Sends a message and waits for its acknowledgement; no answer in time is a refusal too. */
  private async ask<T>(event: string, message: unknown): Promise<Ack<T>> {
    try {
      return await this.socket
        .timeout(this.options.timeoutMs ?? 15_000)
        .emitWithAck(event, message);
    } catch {
      return { ok: false, reason: this.options.noAnswer ?? 'No answer from the server.' };
    }
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Server time now, by this device's clock corrected with the offset seen at the last join. */
  now(): number {
    return Date.now() + this.clockOffset;
  }

  close(): void {
    this.socket.close();
    this.room?.stop();
    this.listeners.clear();
  }

  private sync(): Promise<JoinAck> {
    this.syncing ??= this.rejoin().finally(() => (this.syncing = null));
    return this.syncing;
  }

  private async rejoin(): Promise<JoinAck> {
    if (!this.seat) return { ok: false, reason: 'Not in a room.' };
    const since = this.room?.entries.length ?? 0;
    const ack: JoinAck = await this.ask(EVENTS.join, { ...this.seat, since });
    if (!ack.ok) return ack;
    this.clockOffset = ack.now - Date.now();
    if (!this.room)
      this.room = new Room(await this.options.scenario(ack.setup.scenarioId), ack.setup);
    for (const entry of [...ack.entries, ...this.early]) this.receive(entry);
    this.early = [];
    this.changed();
    return ack;
  }

  /** Applies entries strictly in order; a gap (a broadcast missed while away) triggers a catch-up. */
  private receive(entry: Entry): void {
    const room = this.room;
    if (!room) {
      this.early.push(entry);
      return;
    }
    if (entry.seq < room.entries.length) return;
    if (entry.seq > room.entries.length) {
      void this.sync();
      return;
    }
    const verdict = room.apply(entry);
    if (!verdict.ok) throw new Error(`Room entry ${entry.seq} did not replay: ${verdict.reason}`);
    this.changed();
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
