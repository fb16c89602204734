// Entry point: starts the application shell on the page. A `?seed=N` in the address fixes the
// dice (for replays, classroom comparisons and tests); otherwise each game gets fresh ones.
import { App } from './app/App.ts';
import { SaveStore } from './app/saveStore.ts';
import './style.css';

function seedFromAddress(): number {
  const given = new URLSearchParams(window.location.search).get('seed');
  if (given !== null && /^\d+$/.test(given)) return Number(given);
  return crypto.getRandomValues(new Uint32Array(1))[0] as number;
}

const root = document.getElementById('app');
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Storage disabled: the game still plays, unsaved.
  }
}

if (root) void new App(root, seedFromAddress, new SaveStore(storage()), storage()).open();
document.documentElement.dataset.ready = 'true';
