// The checks that scenario sections share: conditions, effects, sources, places and flags, each
// reporting a problem at the field path where it stands. references.ts walks the sections.
import { INDICATORS, type IndicatorId } from '../indicators.ts';
import { LIFECYCLES } from '../machines/lifecycles.ts';
import type { ChanceData, EffectData } from './effects.schema.ts';
import type { ConditionData } from './conditions.schema.ts';
import type { PathSegment } from './issues.ts';
import type { DecisionData, ScenarioData } from './scenario.schema.ts';
import type { TextValue } from './textParts.schema.ts';

export interface ReferenceProblem {
  path: PathSegment[];
  message: string;
}

export class ReferenceChecker {
  readonly problems: ReferenceProblem[] = [];
  readonly decisions: ReadonlyMap<string, DecisionData>;
  private readonly documents: ReadonlySet<string>;
  private readonly places: ReadonlySet<string>;
  private readonly setFlags = new Set<string>();
  private readonly readFlags: { flag: string; path: PathSegment[] }[] = [];

  constructor(private readonly s: ScenarioData) {
    this.decisions = new Map(s.decisions.map((d) => [d.id, d]));
    this.documents = new Set(s.documents.map((d) => d.file));
    this.places = new Set(s.map?.places.map((p) => p.id) ?? []);
  }

  report(path: PathSegment[], message: string): void {
    this.problems.push({ path, message });
  }

  unique(items: readonly { id: string }[], path: PathSegment[], what = 'id'): void {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) this.report([...path, i, 'id'], `duplicate ${what} "${item.id}"`);
      seen.add(item.id);
    });
  }

  condition(c: ConditionData | undefined, path: PathSegment[]): void {
    if (!c) return;
    if (c.decision !== undefined) this.decisionCondition(c, path);
    if (c.election !== undefined && !this.s.elections.some((e) => e.id === c.election)) {
      this.report([...path, 'election'], `unknown election "${c.election}"`);
    }
    if (c.event !== undefined) this.event(c.event, [...path, 'event']);
    c.country?.forEach((id, k) => this.country(id, [...path, 'country', k]));
    if (c.flag !== undefined) this.readFlags.push({ flag: c.flag, path: [...path, 'flag'] });
    // `alone` asks what else falls due as a round opens: it means something only there.
    if (c.alone !== undefined && !(path[0] === 'decisions' && path[2] === 'when')) {
      this.report([...path, 'alone'], "alone belongs in a decision's when");
    }
    c.all?.forEach((sub, k) => this.condition(sub, [...path, 'all', k]));
    c.any?.forEach((sub, k) => this.condition(sub, [...path, 'any', k]));
    this.condition(c.not, [...path, 'not']);
  }

  private decisionCondition(c: ConditionData, path: PathSegment[]): void {
    const target = this.decisions.get(c.decision as string);
    if (!target) return this.report([...path, 'decision'], `unknown decision "${c.decision}"`);
    c.chose?.forEach((o, k) => this.option(target, o, [...path, 'chose', k]));
    const { stages } = LIFECYCLES[target.machine];
    c.stage?.forEach((st, k) => {
      if (!stages.includes(st)) {
        this.report(
          [...path, 'stage', k],
          `a ${target.machine} has no stage "${st}" (stages: ${stages.join(', ')})`,
        );
      }
    });
  }

  option(decision: DecisionData, optionId: string, path: PathSegment[]): void {
    if (!decision.options.some((o) => o.id === optionId)) {
      this.report(path, `decision "${decision.id}" has no option "${optionId}"`);
    }
  }

  event(id: string, path: PathSegment[]): void {
    if (!this.s.events.some((e) => e.id === id)) this.report(path, `unknown event "${id}"`);
  }

  /** A text's parts: each shown-when and claim is a condition like any other. */
  text(value: TextValue, path: PathSegment[]): void {
    if (typeof value === 'string') return;
    value.forEach((part, k) => {
      this.condition(part.when, [...path, k, 'when']);
      this.condition(part.claims, [...path, k, 'claims']);
    });
  }

  country(id: string, path: PathSegment[]): void {
    if (!this.s.countries.some((c) => c.id === id)) this.report(path, `unknown country "${id}"`);
  }

  effects(effects: readonly EffectData[], path: PathSegment[]): void {
    effects.forEach((e, k) => {
      const here = [...path, k];
      for (const id of Object.keys(e.change ?? {})) {
        if (INDICATORS[id as IndicatorId]?.derived) {
          this.report(
            [...here, 'change', id],
            `"${id}" is computed from the loan ledger: use a borrow effect`,
          );
        }
      }
      if (e.setFlag) this.setFlags.add(e.setFlag);
      if (e.signal) this.signal(e.signal, here);
      const election = e.postponeElection?.election;
      if (election !== undefined && !this.s.elections.some((el) => el.id === election)) {
        this.report([...here, 'postponeElection', 'election'], `unknown election "${election}"`);
      }
      if (e.then) this.effects(e.then, [...here, 'then']);
    });
  }

  private signal(signal: { decision: string; event: string }, path: PathSegment[]): void {
    const kind = this.decisions.get(signal.decision)?.machine;
    if (!kind)
      return this.report([...path, 'signal', 'decision'], `unknown decision "${signal.decision}"`);
    const { signals } = LIFECYCLES[kind];
    if (!signals.includes(signal.event)) {
      this.report(
        [...path, 'signal', 'event'],
        `a ${kind} takes no signal "${signal.event}" (signals: ${signals.join(', ') || 'none'})`,
      );
    }
  }

  chance(chance: ChanceData | undefined, path: PathSegment[]): void {
    for (const flag of Object.keys(chance?.flags ?? {}))
      this.readFlags.push({ flag, path: [...path, 'flags', flag] });
  }

  /** Every factual item carries sources from the listed documents, or says it is illustrative. */
  sources(
    item: { cite?: { seed?: string }[]; illustrative?: boolean },
    path: PathSegment[],
    required = true,
  ): void {
    if (required && !item.illustrative && (!item.cite || item.cite.length === 0)) {
      this.report(path, 'give a source (cite) or mark it illustrative: true');
    }
    item.cite?.forEach((c, k) => {
      if (c.seed && !this.documents.has(c.seed))
        this.report([...path, 'cite', k, 'seed'], `"${c.seed}" is not listed under documents`);
    });
  }

  place(id: string | undefined, path: PathSegment[]): void {
    if (id !== undefined && !this.places.has(id))
      this.report(path, `unknown place "${id}" (places are listed under map.places)`);
  }

  /** Call last: a flag read anywhere must be set by some effect somewhere. */
  unsetFlags(): void {
    for (const { flag, path } of this.readFlags) {
      if (!this.setFlags.has(flag)) this.report(path, `flag "${flag}" is never set by any effect`);
    }
  }
}
