// A small seeded generator (mulberry32) whose whole state is one 32-bit number kept inside the
// game state, so a saved game replays the same dice and the same seed plays the same in Node and
// in the browser.

export type RngState = number;

/** The dice take 32 bits: a larger seed would quietly play the same game as a smaller one. */
export const MAX_SEED = 2 ** 32 - 1;

export function seedRng(seed: number): RngState {
  // Mix the seed once so that nearby seeds (1, 2, 3...) start far apart.
  let s = (seed ^ 0x9e3779b9) >>> 0;
  s = Math.imul(s ^ (s >>> 16), 0x85ebca6b) >>> 0;
  s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35) >>> 0;
  return (s ^ (s >>> 16)) >>> 0;
}

/** Returns a float in [0, 1) and the generator's next state. */
export function nextFloat(state: RngState): [number, RngState] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** Returns an integer in [0, n) and the generator's next state. */
export function nextInt(state: RngState, n: number): [number, RngState] {
  const [f, next] = nextFloat(state);
  return [Math.floor(f * n), next];
}
