// Checks what the schema alone cannot: ids are unique, every reference points at something that
// exists, outcomes and stages belong to the decision's machine, and every fact is sourced.
import { INDICATOR_IDS, INDICATORS } from '../indicators.ts';
import { HOLD, LIFECYCLES, type MachineKind } from '../machines/lifecycles.ts';
import type { ConditionData } from './conditions.schema.ts';
import type { EffectData } from './effects.schema.ts';
import type { PathSegment } from './issues.ts';
import type { ScenarioData } from './scenario.schema.ts';

export interface ReferenceProblem {
  path: PathSegment[];
  message: string;
}

export function checkReferences(s: ScenarioData): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const report = (path: PathSegment[], message: string): void => {
    problems.push({ path, message });
  };
  const decisions = new Map(s.decisions.map((d) => [d.id, d]));
  const setFlags = new Set<string>();
  const readFlags: { flag: string; path: PathSegment[] }[] = [];
  const documents = new Set(s.documents.map((d) => d.file));

  const unique = (items: { id: string }[], where: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) report([where, i, 'id'], `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
  };
  unique(s.decisions, 'decisions');
  unique(s.events, 'events');
  unique(s.elections, 'elections');
  unique(s.endings, 'endings');
  unique(s.countries, 'countries');
  s.decisions.forEach((d, i) => {
    const seen = new Set<string>();
    d.options.forEach((o, j) => {
      if (seen.has(o.id))
        report(['decisions', i, 'options', j, 'id'], `duplicate option id "${o.id}"`);
      seen.add(o.id);
    });
  });

  const kindOfDeal = (decisionId: string): MachineKind | undefined =>
    decisions.get(decisionId)?.machine;

  const checkCondition = (c: ConditionData, path: PathSegment[]): void => {
    if (c.decision !== undefined) {
      const target = decisions.get(c.decision);
      if (!target) return report([...path, 'decision'], `unknown decision "${c.decision}"`);
      c.chose?.forEach((o, k) => {
        if (!target.options.some((opt) => opt.id === o))
          report([...path, 'chose', k], `decision "${c.decision}" has no option "${o}"`);
      });
      c.stage?.forEach((st, k) => {
        if (!LIFECYCLES[target.machine].stages.includes(st)) {
          report(
            [...path, 'stage', k],
            `a ${target.machine} has no stage "${st}" (stages: ${LIFECYCLES[target.machine].stages.join(', ')})`,
          );
        }
      });
    }
    if (c.election !== undefined && !s.elections.some((e) => e.id === c.election))
      report([...path, 'election'], `unknown election "${c.election}"`);
    c.country?.forEach((id, k) => {
      if (!s.countries.some((country) => country.id === id))
        report([...path, 'country', k], `unknown country "${id}"`);
    });
    if (c.flag !== undefined) readFlags.push({ flag: c.flag, path: [...path, 'flag'] });
    c.all?.forEach((sub, k) => checkCondition(sub, [...path, 'all', k]));
    c.any?.forEach((sub, k) => checkCondition(sub, [...path, 'any', k]));
    if (c.not) checkCondition(c.not, [...path, 'not']);
  };

  const checkEffects = (effects: readonly EffectData[], path: PathSegment[]): void => {
    effects.forEach((e, k) => {
      const here = [...path, k];
      for (const id of Object.keys(e.change ?? {})) {
        if (INDICATORS[id as (typeof INDICATOR_IDS)[number]]?.derived) {
          report(
            [...here, 'change', id],
            `"${id}" is computed from the loan ledger: use a borrow effect`,
          );
        }
      }
      if (e.setFlag) setFlags.add(e.setFlag);
      if (e.signal) {
        const kind = kindOfDeal(e.signal.decision);
        if (!kind)
          report([...here, 'signal', 'decision'], `unknown decision "${e.signal.decision}"`);
        else if (!LIFECYCLES[kind].signals.includes(e.signal.event)) {
          report(
            [...here, 'signal', 'event'],
            `a ${kind} takes no signal "${e.signal.event}" (signals: ${LIFECYCLES[kind].signals.join(', ') || 'none'})`,
          );
        }
      }
      if (e.postponeElection && !s.elections.some((el) => el.id === e.postponeElection?.election)) {
        report(
          [...here, 'postponeElection', 'election'],
          `unknown election "${e.postponeElection.election}"`,
        );
      }
      if (e.then) checkEffects(e.then, [...here, 'then']);
    });
  };

  const checkSources = (
    item: { cite?: { seed?: string }[]; illustrative?: boolean },
    path: PathSegment[],
  ) => {
    if (!item.illustrative && (!item.cite || item.cite.length === 0)) {
      report(path, 'give a source (cite) or mark it illustrative: true');
    }
    item.cite?.forEach((c, k) => {
      if (c.seed && !documents.has(c.seed))
        report([...path, 'cite', k, 'seed'], `"${c.seed}" is not listed under documents`);
    });
  };

  const places = new Set(s.map?.places.map((p) => p.id) ?? []);
  const checkPlace = (id: string | undefined, path: PathSegment[]) => {
    if (id !== undefined && !places.has(id))
      report(path, `unknown place "${id}" (places are listed under map.places)`);
  };
  for (const [partner, id] of Object.entries(s.map?.partners ?? {}))
    checkPlace(id, ['map', 'partners', partner]);

  const rounds = s.rounds.length;
  s.countries.forEach((c, i) => {
    checkSources(c, ['countries', i]);
    for (const id of INDICATOR_IDS) {
      if (!INDICATORS[id].derived && c.start.indicators[id] === undefined) {
        report(['countries', i, 'start', 'indicators'], `missing starting value for "${id}"`);
      } else if (INDICATORS[id].derived && c.start.indicators[id] !== undefined) {
        report(
          ['countries', i, 'start', 'indicators', id],
          `"${id}" comes from start.debt, not from indicators`,
        );
      }
    }
  });
  checkEffects(s.rules.everyRound, ['rules', 'everyRound']);

  s.decisions.forEach((d, i) => {
    const path: PathSegment[] = ['decisions', i];
    checkSources(d, path);
    if (d.round > rounds)
      report([...path, 'round'], `round ${d.round} is after the last round (${rounds})`);
    if (d.until !== undefined && (d.until < d.round || d.until > rounds)) {
      report(
        [...path, 'until'],
        `until must be between the decision's round (${d.round}) and the last round (${rounds})`,
      );
    }
    if (d.continues !== undefined) {
      const earlier = s.decisions.slice(0, i).find((e) => e.id === d.continues);
      if (!earlier) report([...path, 'continues'], `"${d.continues}" is not an earlier decision`);
      else if (earlier.machine !== d.machine)
        report(
          [...path, 'continues'],
          `"${d.continues}" is a ${earlier.machine}, not a ${d.machine}`,
        );
    }
    d.countries?.forEach((id, k) => {
      if (!s.countries.some((c) => c.id === id))
        report([...path, 'countries', k], `unknown country "${id}"`);
    });
    if (d.when) checkCondition(d.when, [...path, 'when']);
    const lifecycle = LIFECYCLES[d.machine];
    d.options.forEach((o, j) => {
      const opath: PathSegment[] = [...path, 'options', j];
      checkSources(o, opath);
      if (o.outcome !== HOLD && !lifecycle.choices.includes(o.outcome)) {
        report(
          [...opath, 'outcome'],
          `a ${d.machine} has no choice "${o.outcome}" (choices: ${[...lifecycle.choices, HOLD].join(', ')})`,
        );
      }
      if (o.requires) checkCondition(o.requires, [...opath, 'requires']);
      o.map?.sites?.forEach((site, k) => checkPlace(site, [...opath, 'map', 'sites', k]));
      checkPlace(o.map?.link, [...opath, 'map', 'link']);
      for (const key of ['effects', 'ongoing'] as const) {
        for (const [stage, effects] of Object.entries(o[key] ?? {})) {
          if (!(key === 'effects' && stage === 'now') && !lifecycle.stages.includes(stage)) {
            report(
              [...opath, key, stage],
              `a ${d.machine} has no stage "${stage}" (stages: ${lifecycle.stages.join(', ')}${key === 'effects' ? ', or now' : ''})`,
            );
          }
          checkEffects(effects, [...opath, key, stage]);
        }
      }
    });
  });

  const checkChanceFlags = (
    chance: { flags?: Record<string, number> } | undefined,
    path: PathSegment[],
  ) => {
    for (const flag of Object.keys(chance?.flags ?? {}))
      readFlags.push({ flag, path: [...path, 'flags', flag] });
  };
  s.events.forEach((e, i) => {
    checkSources(e, ['events', i]);
    checkChanceFlags(e.chance, ['events', i, 'chance']);
    if (e.when) checkCondition(e.when, ['events', i, 'when']);
    if (e.rounds && (e.rounds.from > e.rounds.to || e.rounds.to > rounds))
      report(['events', i, 'rounds'], `rounds must run from..to within 1..${rounds}`);
    checkEffects(e.effects, ['events', i, 'effects']);
  });
  s.elections.forEach((e, i) => {
    checkSources(e, ['elections', i]);
    checkChanceFlags(e.keepChance, ['elections', i, 'keepChance']);
    if (e.round > rounds)
      report(['elections', i, 'round'], `round ${e.round} is after the last round (${rounds})`);
    checkEffects(e.kept.effects, ['elections', i, 'kept', 'effects']);
    checkEffects(e.lost.effects, ['elections', i, 'lost', 'effects']);
  });
  s.endings.forEach((e, i) => {
    checkSources(e, ['endings', i]);
    const isLast = i === s.endings.length - 1;
    if (e.when) checkCondition(e.when, ['endings', i, 'when']);
    if (isLast && e.when)
      report(['endings', i, 'when'], 'the last ending catches every other path: it has no when');
    if (!isLast && !e.when)
      report(
        ['endings', i],
        'only the last ending may have no when (it would hide the ones after it)',
      );
  });
  s.history.forEach((h, i) => {
    checkSources(h, ['history', i]);
    const d = h.decision ? decisions.get(h.decision) : undefined;
    if (h.decision && !d) report(['history', i, 'decision'], `unknown decision "${h.decision}"`);
    if (h.chose && d && !d.options.some((o) => o.id === h.chose))
      report(['history', i, 'chose'], `decision "${h.decision}" has no option "${h.chose}"`);
  });
  s.glossary.forEach((g, i) =>
    g.cite?.forEach((c, k) => {
      if (c.seed && !documents.has(c.seed))
        report(['glossary', i, 'cite', k, 'seed'], `"${c.seed}" is not listed under documents`);
    }),
  );
  for (const { flag, path } of readFlags) {
    if (!setFlags.has(flag)) report(path, `flag "${flag}" is never set by any effect`);
  }
  return problems;
}
