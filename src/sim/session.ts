// One game in progress: the narrow command API that the browser, the command-line simulator and
// the tests all drive (choose, next, inject), and the game saved and restored as its moves.
import { createActor, type Actor } from 'xstate';
import { canHappen } from './chanceEvents.ts';
import { createGameMachine, type GameMachine, type PlayerEvent } from './game.machine.ts';
import { optionStatus, type OptionStatus } from './playerChoices.ts';
import { resolveCountry } from './newGame.ts';
import {
  divergedError,
  gameSave,
  parseGameSave,
  SaveError,
  type GameSave,
  type SavedPlay,
} from './save.ts';
import { gameFingerprint, scenarioHash } from './saveChecks.ts';
import type { ScenarioData } from './scenario/scenario.schema.ts';
import { indexScenario, type ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { CustomInject, GameState, PlayerInput } from './state.ts';

// Building a machine is costly next to playing one; batch runs start thousands of games.
const machines = new WeakMap<ScenarioData, { index: ScenarioIndex; machine: GameMachine }>();

function machineFor(scenario: ScenarioData) {
  let entry = machines.get(scenario);
  if (!entry) {
    const index = indexScenario(scenario);
    entry = { index, machine: createGameMachine(index) };
    machines.set(scenario, entry);
  }
  return entry;
}

export type Phase = 'deciding' | 'reviewing' | 'ended';

export class GameSession {
  private readonly listeners = new Set<(session: GameSession) => void>();

  private constructor(
    readonly index: ScenarioIndex,
    private readonly actor: Actor<GameMachine>,
  ) {}

  static start(scenario: ScenarioData, options: { seed: number; countryId?: string }): GameSession {
    resolveCountry(scenario, options.countryId);
    const { index, machine } = machineFor(scenario);
    const actor = createActor(machine, { input: options });
    actor.start();
    return new GameSession(index, actor);
  }

  /**
   * Resumes a saved game by replaying its moves from its seed (any save format this game has
   * written); throws a SaveError that says what is wrong with the save.
   */
  static restore(scenario: ScenarioData, saveText: string): GameSession {
    const save = parseGameSave(saveText, scenario.id);
    return GameSession.replay(scenario, save, save.contentHash);
  }

  /**
   * A game rebuilt from a seed and moves. Throws a SaveError when a move no longer applies or the
   * game differs from the fingerprint recorded with the moves (`contentHash` says whether the
   * scenario changed since, for the explanation).
   */
  static replay(
    scenario: ScenarioData,
    play: Pick<SavedPlay, 'seed' | 'countryId' | 'inputs'> & { fingerprint?: string | null },
    contentHash: string | null = scenarioHash(scenario),
  ): GameSession {
    if (!scenario.countries.some((country) => country.id === play.countryId))
      throw new SaveError(
        `The save names a country this scenario does not have: ${play.countryId}.`,
      );
    const session = GameSession.start(scenario, play);
    const replayed = play.inputs.every((input) => session.apply(input));
    if (!replayed || (play.fingerprint && play.fingerprint !== gameFingerprint(session.state))) {
      session.stop();
      throw divergedError(scenario, contentHash);
    }
    return session;
  }

  /** An independent copy of this game at this moment (for what-if replays and the model check). */
  fork(): GameSession {
    const { machine } = machineFor(this.scenario);
    const actor = createActor(machine, {
      snapshot: this.actor.getPersistedSnapshot() as never,
      input: { seed: 0 },
    });
    actor.start();
    return new GameSession(this.index, actor);
  }

  get scenario(): ScenarioData {
    return this.index.scenario;
  }

  get state(): GameState {
    return this.actor.getSnapshot().context.game;
  }

  get phase(): Phase {
    const value = this.actor.getSnapshot().value;
    return value === 'ended' ? 'ended' : value === 'deciding' ? 'deciding' : 'reviewing';
  }

  optionStatus(decisionId: string, optionId: string): OptionStatus {
    return optionStatus(this.state, this.index, decisionId, optionId);
  }

  /** Returns false (and changes nothing) when the option is not open now. */
  choose(decision: string, option: string): boolean {
    if (!this.optionStatus(decision, option).available) return false;
    this.send({ type: 'choose', decision, option });
    return true;
  }

  next(): void {
    this.send({ type: 'next' });
  }

  /** Fires a scenario inject; false if it cannot happen (unknown, fired already, or excluded). */
  inject(event: string): boolean {
    const data = this.index.events.get(event);
    if (!data || this.phase === 'ended' || !canHappen(data, this.state, this.index)) return false;
    this.send({ type: 'inject', event });
    return true;
  }

  /**
   * Called once after each player command, when the game has settled. (The actor's own
   * snapshots include in-between moments, such as a round whose events have not rolled yet.)
   */
  /** A facilitator's own inject: text and indicator changes (derived ones ignored, moves capped). */
  injectCustom(inject: CustomInject): boolean {
    if (this.phase === 'ended') return false;
    this.send({ type: 'customInject', ...inject });
    return true;
  }

  subscribe(listener: (session: GameSession) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The game as its seed and moves (see save.ts): a finished game's save is about 1 KB. */
  save(): GameSave {
    return gameSave(this.scenario, this.state);
  }

  /** Applies one recorded move; false (and nothing changes) when it cannot apply now. */
  apply(input: PlayerInput): boolean {
    if (input.type === 'choose') return this.choose(input.decision, input.option);
    if (input.type === 'inject') return this.inject(input.event);
    if (input.type === 'customInject') return this.injectCustom(input);
    if (this.phase !== 'reviewing') return false;
    this.next();
    return true;
  }

  stop(): void {
    this.actor.stop();
  }

  private send(event: PlayerEvent): void {
    this.actor.send(event);
    for (const listener of [...this.listeners]) listener(this);
  }
}
