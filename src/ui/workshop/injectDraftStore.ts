// Keeps the custom inject the facilitator is typing, so a reload or a crashed tab mid-sentence
// loses nothing; cleared once the inject is fired.
const KEY = 'dsr-workshop-inject-draft';

export interface TypedInject {
  title: string;
  text: string;
  changes: Record<string, string>;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function saveTypedInject(draft: TypedInject): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Storage full: the draft lives as long as the page, as it did before.
  }
}

/** The saved draft, or null; anything malformed is ignored (it is only a convenience). */
export function loadTypedInject(): TypedInject | null {
  try {
    const raw: unknown = JSON.parse(storage()?.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const { title, text, changes } = raw as Record<string, unknown>;
    const strings = (v: unknown): Record<string, string> =>
      typeof v === 'object' && v !== null
        ? Object.fromEntries(
            Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'),
          )
        : {};
    return {
      title: typeof title === 'string' ? title : '',
      text: typeof text === 'string' ? text : '',
      changes: strings(changes),
    };
  } catch {
    return null;
  }
}

export function clearTypedInject(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing to do: a draft that cannot be removed is overwritten by the next one.
  }
}
