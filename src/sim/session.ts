// One game in progress: the narrow command API that the browser, the command-line simulator and
// the tests all drive (choose, next, inject), and the game saved and restored as its moves.
//
// Every change passes through update(): with Immer by default, so each state the presentation
// holds stays as it was; in place for batches, which only read the final state (no copies of the
// log and history at every step). Both run the same rules in the same order (tests/unit/inPlace).
import { produce, type Draft } from 'immer';
import { canHappen } from './chanceEvents.ts';
import { openTheRound, phaseOf, play, type Phase } from './gameFlow.ts';
import { optionStatus, type OptionStatus } from './playerChoices.ts';
import { newGameState, resolveCountry } from './newGame.ts';
import {
  divergedError,
  gameSave,
  parseGameSave,
  saveOrigin,
  SaveError,
  type GameSave,
  type SaveOrigin,
  type SavedPlay,
} from './save.ts';
import { gameFingerprint, scenarioHash } from './saveChecks.ts';
import type { ScenarioData } from './scenario/scenario.schema.ts';
import { indexScenario, type ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { CustomInject, GameState, PlayerInput } from './state.ts';

export type { Phase };

// Indexing a scenario is costly next to playing it; batch runs start thousands of games.
const indexes = new WeakMap<ScenarioData, ScenarioIndex>();

function indexFor(scenario: ScenarioData): ScenarioIndex {
  let index = indexes.get(scenario);
  if (!index) {
    index = indexScenario(scenario);
    indexes.set(scenario, index);
  }
  return index;
}

export interface StartOptions {
  seed: number;
  countryId?: string;
  /** Change the state in place instead of making a new one per command (batches). */
  inPlace?: boolean;
}

/** Where a restored game came from, for telling the player when an older save was replayed. */
export interface RestoredFrom {
  origin: SaveOrigin;
  /** The save recorded the game its moves gave, and the replay reached exactly that game. */
  sameGame: boolean;
}

export class GameSession {
  /** Set when the game was restored from a save (null for a game started here). */
  restoredFrom: RestoredFrom | null = null;

  /**
   * Replaced, never changed, when a listener comes or goes: an update walks the list it started
   * with (a listener added or removed meanwhile counts from the next update) without copying it.
   */
  private listeners: readonly ((session: GameSession) => void)[] = [];

  private constructor(
    readonly index: ScenarioIndex,
    private current: GameState,
    private readonly inPlace = false,
  ) {}

  static start(scenario: ScenarioData, options: StartOptions): GameSession {
    resolveCountry(scenario, options.countryId);
    const index = indexFor(scenario);
    const session = new GameSession(index, newGameState(scenario, options), options.inPlace);
    session.update((draft) => openTheRound(draft, index));
    return session;
  }

  /**
   * Resumes a saved game by replaying its moves from its seed (any save format this game has
   * written); throws a SaveError that says what is wrong with the save.
   */
  static restore(scenario: ScenarioData, saveText: string): GameSession {
    const save = parseGameSave(saveText, scenario.id);
    const session = GameSession.replay(scenario, save, save.contentHash);
    session.restoredFrom = {
      origin: saveOrigin(scenario, save.contentHash),
      sameGame: save.fingerprint !== null,
    };
    return session;
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
    // An Immer state is never changed, so the copy can share it; an in-place one must be cloned.
    const state = this.inPlace ? structuredClone(this.current) : this.current;
    return new GameSession(this.index, state, this.inPlace);
  }

  get scenario(): ScenarioData {
    return this.index.scenario;
  }

  get state(): GameState {
    return this.current;
  }

  get phase(): Phase {
    return phaseOf(this.current);
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
    if (this.phase === 'reviewing') this.send({ type: 'next' });
  }

  /** Fires a scenario inject; false if it cannot happen (unknown, fired already, or excluded). */
  inject(event: string): boolean {
    const data = this.index.events.get(event);
    if (!data || this.phase === 'ended' || !canHappen(data, this.state, this.index)) return false;
    this.send({ type: 'inject', event });
    return true;
  }

  /** A facilitator's own inject: text and indicator changes (derived ones ignored, moves capped). */
  injectCustom(inject: CustomInject): boolean {
    if (this.phase === 'ended') return false;
    this.send({ type: 'customInject', ...inject });
    return true;
  }

  /** Called once after each command, when the game has settled. */
  subscribe(listener: (session: GameSession) => void): () => void {
    if (!this.listeners.includes(listener)) this.listeners = [...this.listeners, listener];
    return () => {
      if (this.listeners.includes(listener))
        this.listeners = this.listeners.filter((l) => l !== listener);
    };
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

  /** Nothing runs between commands; kept so that callers can say when a game is over for them. */
  stop(): void {
    this.listeners = [];
  }

  private update(recipe: (draft: Draft<GameState>) => void): void {
    if (this.inPlace) recipe(this.current as Draft<GameState>);
    else this.current = produce(this.current, recipe);
  }

  private send(input: PlayerInput): void {
    this.update((draft) => play(draft, this.index, input));
    // The list as it is now: a listener that subscribes or unsubscribes replaces it, not changes it.
    for (const listener of this.listeners) listener(this);
  }
}
