// Entry point: starts the application shell on the page. A `?seed=N` in the address fixes the
// dice (for replays, classroom comparisons and tests); otherwise each game gets fresh ones.
// `?length=lesson` picks the scenario's lesson cut on the title screen.
import { App } from './app/App.ts';
import { isClassLink, lengthFromAddress, modeFromHash } from './app/modes.ts';
import { showNotice } from './app/notice.ts';
import { SaveStore } from './app/saveStore.ts';
import { MAX_SEED } from './sim/rng.ts';
import { t } from './ui/messages.ts';
import { whenIdle } from './ui/whenIdle.ts';
import './style.css';

// zod probes for eval with `new Function`, which the page's security policy reports as a
// violation; its jitless mode (z.config) skips the probe. Set through the global zod reads, so the
// first screen need not load zod itself; the hardening test fails if a violation comes back.
const zodGlobal = globalThis as { __zod_globalConfig?: Record<string, unknown> };
Object.assign((zodGlobal.__zod_globalConfig ??= {}), { jitless: true });

// A class link explains its own mistakes (seed and length included) on the page it opens, in
// place of the game: a page notice as well would say the same thing twice.
const linkExplains = isClassLink(window.location.search) && !modeFromHash(window.location.hash);

/** The dice the address fixes, or null for fresh dice each game; said at once when ignored. */
function fixedSeedFromAddress(): number | null {
  const given = new URLSearchParams(window.location.search).get('seed');
  if (given !== null && /^\d+$/.test(given) && Number(given) <= MAX_SEED) return Number(given);
  // A class told to use the same dice must learn that this address does not fix them.
  if (given !== null && !linkExplains)
    showNotice(
      t('noticeDice'),
      t('noticeSeedIgnored', { given: given.slice(0, 40), max: MAX_SEED }),
    );
  return null;
}

const fixedSeed = fixedSeedFromAddress();
const seedFromAddress = (): number =>
  fixedSeed ?? (crypto.getRandomValues(new Uint32Array(1))[0] as number);

/** The game length the address asks for (`?length=lesson`), said at once when it is not one. */
function lengthAsked() {
  const asked = lengthFromAddress(window.location.search);
  if (asked === null || typeof asked === 'string') return asked;
  if (!linkExplains)
    showNotice(t('noticeLength'), t('noticeLengthIgnored', { given: asked.ignored }));
  return null;
}

const root = document.getElementById('app');
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Storage disabled: the game still plays, unsaved.
  }
}

if (root)
  void new App(root, seedFromAddress, new SaveStore(storage()), storage(), lengthAsked()).open();
document.documentElement.dataset.ready = 'true';
// Offline support waits five seconds after load, then for an idle moment: its service worker
// downloads every file (about 1 MB), and doing that while a quick player's first game started
// made the first decision a sixth slower at 4x CPU slowdown (1,912 against 1,595 ms, median of 7).
const OFFLINE_AFTER_MS = 5000;
window.addEventListener('load', () =>
  setTimeout(
    () => whenIdle(() => void import('./app/offline.ts').then((m) => m.registerOffline())),
    OFFLINE_AFTER_MS,
  ),
);
