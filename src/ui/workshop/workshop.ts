// A workshop in progress: one game session per team on the same scenario and seed, moved through
// the rounds together. No DOM: the console renders it and the tests drive it directly.
import { gameFingerprint, scenarioHash } from '../../sim/saveChecks.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { GameSession } from '../../sim/session.ts';
import type { CustomInject, PlayerInput } from '../../sim/state.ts';
import { t } from '../messages.ts';
import type { WorkshopPlan } from './plan.ts';
import type { SavedWorkshop, Screen } from './store.ts';
import type { TimerSnapshot } from './timer.ts';

export interface Team {
  readonly name: string;
  readonly countryId: string;
  session: GameSession;
}

export type TeamStatus = 'deciding' | 'decided' | 'ended';

/** Every team, or the index of one. */
export type Target = 'all' | number;

export class Workshop {
  screen: Screen = 'round';
  activeTeam = 0;

  private constructor(
    readonly scenario: ScenarioData,
    readonly seed: number,
    readonly teams: Team[],
  ) {}

  static start(scenario: ScenarioData, plan: WorkshopPlan): Workshop {
    const teams = plan.teams.map((team) => ({
      ...team,
      session: GameSession.start(scenario, { seed: plan.seed, countryId: team.countryId }),
    }));
    return new Workshop(scenario, plan.seed, teams);
  }

  /** Rebuilds every team's game from its inputs; throws when they no longer replay. */
  static restore(scenario: ScenarioData, saved: SavedWorkshop): Workshop {
    if (saved.scenarioId !== scenario.id) throw new Error(t('wsStoreOtherScenario'));
    const teams = saved.teams.map((team) => ({
      name: team.name,
      countryId: team.countryId,
      session: GameSession.replay(scenario, { ...team, seed: saved.seed }, saved.contentHash),
    }));
    const rounds = new Set(teams.map((team) => team.session.state.round));
    if (rounds.size > 1) throw new Error(t('wsStoreRoundsDiffer'));
    const workshop = new Workshop(scenario, saved.seed, teams);
    workshop.activeTeam = saved.view.team;
    // The view is a hint: the games themselves say where the workshop can be.
    if (workshop.allEnded()) workshop.screen = 'hotwash';
    else if (saved.view.screen === 'report' && workshop.allDecided()) workshop.screen = 'report';
    return workshop;
  }

  toSaved(timer: TimerSnapshot): SavedWorkshop {
    return {
      scenarioId: this.scenario.id,
      contentHash: scenarioHash(this.scenario),
      seed: this.seed,
      teams: this.teams.map((team) => ({
        name: team.name,
        countryId: team.countryId,
        inputs: [...team.session.state.inputs],
        fingerprint: gameFingerprint(team.session.state),
      })),
      timer,
      view: { screen: this.screen, team: this.activeTeam },
    };
  }

  /** 1-based; every team is always in the same round. */
  get round(): number {
    return this.teams[0]?.session.state.round ?? 1;
  }

  get roundLabel(): string {
    return this.scenario.rounds[this.round - 1]?.label ?? String(this.round);
  }

  get isLastRound(): boolean {
    return this.round >= this.scenario.rounds.length;
  }

  status(i: number): TeamStatus {
    const phase = this.teams[i]?.session.phase;
    return phase === 'ended' ? 'ended' : phase === 'deciding' ? 'deciding' : 'decided';
  }

  allDecided(): boolean {
    return this.teams.every((_, i) => this.status(i) === 'decided');
  }

  allEnded(): boolean {
    return this.teams.every((_, i) => this.status(i) === 'ended');
  }

  select(i: number): void {
    if (i >= 0 && i < this.teams.length) this.activeTeam = i;
  }

  /** Records a team's choice; once it has no decision left, the next team still deciding is up. */
  choose(i: number, decision: string, option: string): boolean {
    const team = this.teams[i];
    if (!team || this.screen !== 'round' || !team.session.choose(decision, option)) return false;
    if (this.status(i) !== 'deciding') {
      const order = this.teams.map((_, k) => (i + 1 + k) % this.teams.length);
      const next = order.find((k) => this.status(k) === 'deciding');
      if (next !== undefined) this.activeTeam = next;
    }
    return true;
  }

  /** Takes back a team's last choice this round (a slip of the hand); the dice stay the same. */
  undoLastChoice(i: number): boolean {
    const team = this.teams[i];
    const last = team?.session.state.inputs.at(-1);
    if (!team || this.screen !== 'round' || last?.type !== 'choose') return false;
    const { state } = team.session;
    const rebuilt = GameSession.replay(this.scenario, {
      ...state,
      inputs: state.inputs.slice(0, -1),
    });
    team.session.stop();
    team.session = rebuilt;
    this.activeTeam = i;
    return true;
  }

  canUndo(i: number): boolean {
    return this.screen === 'round' && this.teams[i]?.session.state.inputs.at(-1)?.type === 'choose';
  }

  private targets(target: Target): Team[] {
    if (this.screen === 'hotwash') return [];
    return target === 'all' ? this.teams : this.teams.filter((_, i) => i === target);
  }

  /** Fires one of the scenario's events; returns how many teams it reached. */
  inject(eventId: string, target: Target): number {
    return this.targets(target).filter((team) => team.session.inject(eventId)).length;
  }

  injectCustom(inject: CustomInject, target: Target): number {
    return this.targets(target).filter((team) => team.session.injectCustom(inject)).length;
  }

  /** Shows the round's reports once every team has decided; the games resolved as each finished. */
  resolve(): boolean {
    if (this.screen !== 'round' || !this.allDecided()) return false;
    this.screen = 'report';
    return true;
  }

  /** From the reports to the next round for every team, or after the last round to the hot wash. */
  advance(): boolean {
    if (this.screen !== 'report') return false;
    for (const team of this.teams) team.session.next();
    this.screen = this.allEnded() ? 'hotwash' : 'round';
    const first = this.teams.findIndex((_, i) => this.status(i) === 'deciding');
    this.activeTeam = Math.max(0, first);
    return true;
  }

  stop(): void {
    for (const team of this.teams) team.session.stop();
  }
}

/** The facilitator's injects in a team's game, in order, with the round each came in. */
export function injectsOf(inputs: readonly PlayerInput[]): { round: number; input: PlayerInput }[] {
  let round = 1;
  const found: { round: number; input: PlayerInput }[] = [];
  for (const input of inputs) {
    if (input.type === 'next') round += 1;
    else if (input.type === 'inject' || input.type === 'customInject') found.push({ round, input });
  }
  return found;
}
