// Which room this device is in (kept for the tab, so a reload rejoins the same seat) and the
// facilitator keys this browser holds (kept on this computer: the key never leaves it).
import { z } from 'zod';
import { JoinMessage, type Role } from '../../rooms/protocol.ts';

const SEAT_KEY = 'dsr:room-seat';
const KEY_PREFIX = 'dsr:room-key:';

export interface Seat {
  code: string;
  role: Role;
  team?: number;
}

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function tabStorage(): KeyValue | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function savedSeat(): Seat | null {
  try {
    const parsed = JoinMessage.omit({ key: true, since: true }).safeParse(
      JSON.parse(tabStorage()?.getItem(SEAT_KEY) ?? 'null'),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveSeat(seat: Seat | null): void {
  try {
    if (seat) tabStorage()?.setItem(SEAT_KEY, JSON.stringify(seat));
    else tabStorage()?.removeItem(SEAT_KEY);
  } catch {
    // Without storage a reload asks for the code again: nothing else depends on it.
  }
}

export function facilitatorKey(storage: KeyValue | null, code: string): string | undefined {
  try {
    return storage?.getItem(KEY_PREFIX + code) ?? undefined;
  } catch {
    return undefined;
  }
}

export function keepFacilitatorKey(storage: KeyValue | null, code: string, key: string): void {
  try {
    storage?.setItem(KEY_PREFIX + code, key);
  } catch {
    // The key then lives in this tab only, for as long as it stays open.
  }
}

/** Rooms this browser can facilitate, newest last. */
export function facilitatedCodes(storage: KeyValue | null): string[] {
  if (!storage) return [];
  const codes: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const name = storage.key(i);
    if (name?.startsWith(KEY_PREFIX)) codes.push(name.slice(KEY_PREFIX.length));
  }
  return codes.filter(
    (code) =>
      z
        .string()
        .regex(/^[0-9A-Z]{8}$/)
        .safeParse(code).success,
  );
}
