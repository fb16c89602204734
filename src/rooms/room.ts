// One workshop room as the game sees it: the setup (scenario, seed, teams) and the log of accepted
// actions, replayed through each team's GameSession. The server checks every action here before
// it is logged; every client replays the same log with the same code (lockstep), so every screen
// shows the same game. No sockets, no clock, no disk: the server and tests feed it entries.
import type { ScenarioData } from '../sim/scenario/scenario.schema.ts';
import { GameSession } from '../sim/session.ts';
import type { Action, Entry, RoomSetup, Targets } from './protocol.ts';

/** waiting: teams are joining; open: teams decide; closed: the round's reports; ended: hot wash. */
export type RoomPhase = 'waiting' | 'open' | 'closed' | 'ended';
export type Sender = Entry['by'];
export type Verdict = { ok: true } | { ok: false; reason: string };

const MINUTE = 60_000;
const refuse = (reason: string): Verdict => ({ ok: false, reason });

export interface InjectSeen {
  round: number;
  title: string;
  teams: number[];
}

export class Room {
  phase: RoomPhase = 'waiting';
  readonly entries: Entry[] = [];
  readonly sessions: GameSession[];
  readonly injects: InjectSeen[] = [];
  /** This round's timer: when it was opened (server time) and for how long. */
  openedAt: number | null = null;
  minutes: number;

  constructor(
    readonly scenario: ScenarioData,
    readonly setup: RoomSetup,
  ) {
    this.sessions = setup.teams.map((team) =>
      GameSession.start(scenario, { seed: setup.seed, countryId: team.countryId }),
    );
    this.minutes = setup.roundMinutes;
  }

  /** Rebuilds a room from its log; throws when the log does not replay (a damaged file). */
  static fromLog(scenario: ScenarioData, setup: RoomSetup, entries: readonly Entry[]): Room {
    const room = new Room(scenario, setup);
    for (const entry of entries) {
      const verdict = room.apply(entry);
      if (!verdict.ok)
        throw new Error(`Room log entry ${entry.seq} does not replay: ${verdict.reason}`);
    }
    return room;
  }

  get round(): number {
    return this.sessions[0]?.state.round ?? 1;
  }

  get deadline(): number | null {
    return this.openedAt === null ? null : this.openedAt + this.minutes * MINUTE;
  }

  /** Whether a team still has a decision open this round. */
  deciding(team: number): boolean {
    return this.sessions[team]?.phase === 'deciding';
  }

  /** Checks an action from a sender without changing anything. */
  check(action: Action, by: Sender): Verdict {
    if (by !== 'facilitator' && action.type !== 'choose')
      return refuse('Only the facilitator can do that.');
    switch (action.type) {
      case 'choose':
        return this.checkChoice(action, by);
      case 'open':
        if (this.phase === 'open') return refuse('The round is already open.');
        if (this.phase === 'ended') return refuse('The workshop has ended.');
        return { ok: true };
      case 'close': {
        if (this.phase !== 'open') return refuse('No round is open.');
        const waiting = this.setup.teams.filter((_, i) => this.deciding(i)).map((t) => t.name);
        if (waiting.length > 0)
          return refuse(`Still deciding: ${waiting.join(', ')}. Choose for them or wait.`);
        return { ok: true };
      }
      case 'timer':
        return this.phase === 'ended' ? refuse('The workshop has ended.') : { ok: true };
      case 'inject':
      case 'customInject':
        return this.checkInject(action);
    }
  }

  /** Applies an entry that passed `check`; refuses (changing nothing) one that does not. */
  apply(entry: Entry): Verdict {
    const verdict = this.check(entry.action, entry.by);
    if (!verdict.ok) return verdict;
    const { action } = entry;
    if (action.type === 'choose') {
      const team = action.team ?? (entry.by as number);
      this.sessions[team]?.choose(action.decision, action.option);
    } else if (action.type === 'open') this.open(entry.at);
    else if (action.type === 'close') this.phase = 'closed';
    else if (action.type === 'timer') this.minutes = action.minutes;
    else this.inject(action);
    this.entries.push(entry);
    return { ok: true };
  }

  private checkChoice(action: Extract<Action, { type: 'choose' }>, by: Sender): Verdict {
    const team = by === 'facilitator' ? action.team : by;
    if (team === undefined) return refuse('Say which team the facilitator chooses for.');
    if (by !== 'facilitator' && action.team !== undefined && action.team !== by)
      return refuse("A team's device can only choose for its own team.");
    const session = this.sessions[team];
    if (!session) return refuse('There is no such team in this room.');
    if (this.phase !== 'open') return refuse('The round is not open: wait for the facilitator.');
    const status = session.optionStatus(action.decision, action.option);
    return status.available ? { ok: true } : refuse(status.reason);
  }

  private targetsOf(targets: Targets): number[] {
    const all = this.sessions.map((_, i) => i);
    return targets === 'all' ? all : all.filter((i) => targets.includes(i));
  }

  private checkInject(action: Extract<Action, { type: 'inject' | 'customInject' }>): Verdict {
    if (this.phase === 'ended') return refuse('The workshop has ended.');
    const teams = this.targetsOf(action.targets);
    if (teams.length === 0) return refuse('There is no such team in this room.');
    if (action.type === 'customInject') return { ok: true };
    const reached = teams.filter((i) => {
      const probe = this.sessions[i]?.fork();
      const fired = probe?.inject(action.event) ?? false;
      probe?.stop();
      return fired;
    });
    return reached.length > 0
      ? { ok: true }
      : refuse('That inject cannot happen now for these teams.');
  }

  private inject(action: Extract<Action, { type: 'inject' | 'customInject' }>): void {
    const teams = this.targetsOf(action.targets).filter((i) => {
      const session = this.sessions[i];
      if (!session) return false;
      if (action.type === 'inject') return session.inject(action.event);
      const { title, text, changes } = action;
      return session.injectCustom({ title, text, changes });
    });
    const title =
      action.type === 'customInject'
        ? action.title
        : (this.sessions[0]?.index.events.get(action.event)?.title ?? action.event);
    this.injects.push({ round: this.round, title, teams });
  }

  /** Opens round 1, or moves every team on from the closed round's reports to the next. */
  private open(at: number): void {
    if (this.phase === 'closed') for (const session of this.sessions) session.next();
    const ended = this.sessions.every((s) => s.phase === 'ended');
    // An adjusted timer counts for its round only; the next round starts from the plan.
    if (this.phase === 'closed') this.minutes = this.setup.roundMinutes;
    this.phase = ended ? 'ended' : 'open';
    this.openedAt = ended ? null : at;
  }

  /** Whether the game every screen shows is the same: each team's inputs and indicators. */
  fingerprint(): string {
    const games = this.sessions.map((s) => [s.state.round, s.state.inputs, s.state.indicators]);
    return JSON.stringify([this.phase, this.entries.length, games]);
  }

  stop(): void {
    for (const session of this.sessions) session.stop();
  }
}
