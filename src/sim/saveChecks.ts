// What a save is checked against when it is replayed: the scenario it was made with (a content
// hash) and the game its moves gave (a fingerprint of the outcome, not of the state's layout,
// so that a save survives a change in how the game stores its state).
import { hashText } from './hash.ts';
import type { ScenarioData } from './scenario/scenario.schema.ts';

const hashes = new WeakMap<ScenarioData, string>();

/** The same in Node and in the browser: both hold the scenario as the same parsed JSON. */
export function scenarioHash(scenario: ScenarioData): string {
  let hash = hashes.get(scenario);
  if (hash === undefined) {
    hash = hashText(JSON.stringify(scenario));
    hashes.set(scenario, hash);
  }
  return hash;
}

/** The part of a game its fingerprint covers (older saves hold it in their own layout). */
export interface Outcome {
  round: number;
  ending: string | null;
  indicators: Readonly<Record<string, number>>;
  choices: readonly { round: number; decision: string; option: string }[];
}

/** Where the game stands: its round, every indicator, every choice and the ending. */
export function gameFingerprint(game: Outcome): string {
  const indicators = Object.keys(game.indicators)
    .sort()
    .map((id) => [id, game.indicators[id]]);
  const choices = game.choices.map((c) => [c.round, c.decision, c.option]);
  return hashText(JSON.stringify([game.round, game.ending, indicators, choices]));
}
