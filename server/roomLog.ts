// Each room's record on disk: one JSON Lines file per room, its first line the setup (with a hash
// of the facilitator key, never the key), then one line per accepted action, synced to disk
// before the action is acknowledged. A restarted server reads them back and resumes every room.
// Another store (a database, Redis streams) can stand in behind the same interface.
import { createHash } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { Entry, RoomCode, RoomSetup } from '../src/rooms/protocol.ts';
import { z } from 'zod';

export const Header = z.strictObject({
  format: z.literal('dsr-room/1'),
  code: RoomCode,
  keyHash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.number(),
  setup: RoomSetup,
});
export type Header = z.infer<typeof Header>;

export interface StoredRoom {
  header: Header;
  entries: Entry[];
}

export interface RoomLog {
  create(header: Header): void;
  append(code: string, entry: Entry): void;
  read(code: string): StoredRoom | null;
  codes(): string[];
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export class FileRoomLog implements RoomLog {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  private path(code: string): string {
    // The code passed the schema (32 symbols, no dots or slashes), so it is a safe file name.
    return join(this.dir, `${RoomCode.parse(code)}.jsonl`);
  }

  private write(code: string, record: unknown, flag: 'wx' | 'a'): void {
    const fd = openSync(this.path(code), flag);
    try {
      writeSync(fd, JSON.stringify(record) + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  create(header: Header): void {
    this.write(header.code, header, 'wx');
  }

  append(code: string, entry: Entry): void {
    this.write(code, entry, 'a');
  }

  read(code: string): StoredRoom | null {
    let text: string;
    try {
      text = readFileSync(this.path(code), 'utf8');
    } catch {
      return null;
    }
    // A line cut short by a crash mid-write was never acknowledged: it is dropped, not fatal.
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const records = lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as unknown];
      } catch {
        return [];
      }
    });
    const header = Header.parse(records[0]);
    return { header, entries: records.slice(1).map((record) => Entry.parse(record)) };
  }

  codes(): string[] {
    return readdirSync(this.dir)
      .filter((name) => name.endsWith('.jsonl'))
      .map((name) => name.slice(0, -'.jsonl'.length));
  }
}
