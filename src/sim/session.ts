// One game in progress: the narrow command API that the browser, the command-line simulator and
// the tests all drive (choose, next, inject), and the saved form of the game.
import { createActor, type Actor } from 'xstate';
import { canHappen } from './chanceEvents.ts';
import { createGameMachine, type GameMachine, type PlayerEvent } from './game.machine.ts';
import { optionStatus, type OptionStatus } from './playerChoices.ts';
import { resolveCountry } from './newGame.ts';
import { parseSave, type SaveFile } from './save.ts';
import type { ScenarioData } from './scenario/scenario.schema.ts';
import { indexScenario, type ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { CustomInject, GameState } from './state.ts';

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

  /** Resumes a saved game; throws a SaveError that says what is wrong with the save. */
  static restore(scenario: ScenarioData, saveText: string): GameSession {
    const save = parseSave(saveText, scenario.id);
    const { index, machine } = machineFor(scenario);
    const actor = createActor(machine, {
      snapshot: save.snapshot as never,
      input: { seed: 0 },
    });
    actor.start();
    return new GameSession(index, actor);
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

  save(): SaveFile {
    return {
      format: 'dsr-save/1',
      scenarioId: this.scenario.id,
      countryId: this.state.countryId,
      round: this.state.round,
      snapshot: this.actor.getPersistedSnapshot(),
    };
  }

  stop(): void {
    this.actor.stop();
  }

  private send(event: PlayerEvent): void {
    this.actor.send(event);
    for (const listener of [...this.listeners]) listener(this);
  }
}
