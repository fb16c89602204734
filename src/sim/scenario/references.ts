// Checks what the schema alone cannot: ids are unique, every reference points at something that
// exists, outcomes and stages belong to the decision's machine, and every fact is sourced.
import { INDICATOR_IDS, INDICATORS } from '../indicators.ts';
import { HOLD, LIFECYCLES } from '../machines/lifecycles.ts';
import type { PathSegment } from './issues.ts';
import { checkLesson } from './lessonReferences.ts';
import { ReferenceChecker, type ReferenceProblem } from './referenceChecker.ts';
import type { DecisionData, ScenarioData } from './scenario.schema.ts';

export type { ReferenceProblem };

function checkCountries(s: ScenarioData, check: ReferenceChecker): void {
  s.countries.forEach((c, i) => {
    check.sources(c, ['countries', i]);
    for (const id of INDICATOR_IDS) {
      const given = c.start.indicators[id] !== undefined;
      if (!INDICATORS[id].derived && !given) {
        check.report(['countries', i, 'start', 'indicators'], `missing starting value for "${id}"`);
      } else if (INDICATORS[id].derived && given) {
        check.report(
          ['countries', i, 'start', 'indicators', id],
          `"${id}" comes from start.debt, not from indicators`,
        );
      }
    }
  });
}

function checkDecision(s: ScenarioData, d: DecisionData, i: number, check: ReferenceChecker): void {
  const path: PathSegment[] = ['decisions', i];
  const rounds = s.rounds.length;
  check.sources(d, path);
  if (d.round > rounds)
    check.report([...path, 'round'], `round ${d.round} is after the last round (${rounds})`);
  if (d.until !== undefined && (d.until < d.round || d.until > rounds)) {
    check.report(
      [...path, 'until'],
      `until must be between the decision's round (${d.round}) and the last round (${rounds})`,
    );
  }
  if (d.continues !== undefined) {
    const earlier = s.decisions.slice(0, i).find((e) => e.id === d.continues);
    if (!earlier)
      check.report([...path, 'continues'], `"${d.continues}" is not an earlier decision`);
    else if (earlier.machine !== d.machine) {
      check.report(
        [...path, 'continues'],
        `"${d.continues}" is a ${earlier.machine}, not a ${d.machine}`,
      );
    }
  }
  d.countries?.forEach((id, k) => check.country(id, [...path, 'countries', k]));
  check.condition(d.when, [...path, 'when']);
  d.voices?.forEach((v, k) => {
    if (!s.advisors.some((a) => a.id === v.advisor))
      check.report([...path, 'voices', k, 'advisor'], `unknown advisor "${v.advisor}"`);
  });
  check.unique(d.options, [...path, 'options'], 'option id');
  const lifecycle = LIFECYCLES[d.machine];
  d.options.forEach((o, j) => {
    const opath: PathSegment[] = [...path, 'options', j];
    check.sources(o, opath);
    if (o.outcome !== HOLD && !lifecycle.choices.includes(o.outcome)) {
      check.report(
        [...opath, 'outcome'],
        `a ${d.machine} has no choice "${o.outcome}" (choices: ${[...lifecycle.choices, HOLD].join(', ')})`,
      );
    }
    check.condition(o.requires, [...opath, 'requires']);
    o.map?.sites?.forEach((site, k) => check.place(site, [...opath, 'map', 'sites', k]));
    check.place(o.map?.link, [...opath, 'map', 'link']);
    for (const key of ['effects', 'ongoing'] as const) {
      for (const [stage, effects] of Object.entries(o[key] ?? {})) {
        if (!(key === 'effects' && stage === 'now') && !lifecycle.stages.includes(stage)) {
          const also = key === 'effects' ? ', or now' : '';
          check.report(
            [...opath, key, stage],
            `a ${d.machine} has no stage "${stage}" (stages: ${lifecycle.stages.join(', ')}${also})`,
          );
        }
        check.effects(effects, [...opath, key, stage]);
      }
    }
  });
}

function checkOutcomes(s: ScenarioData, check: ReferenceChecker): void {
  const rounds = s.rounds.length;
  s.events.forEach((e, i) => {
    check.sources(e, ['events', i]);
    check.chance(e.chance, ['events', i, 'chance']);
    check.condition(e.when, ['events', i, 'when']);
    check.place(e.place, ['events', i, 'place']);
    if (e.rounds && (e.rounds.from > e.rounds.to || e.rounds.to > rounds)) {
      check.report(['events', i, 'rounds'], `rounds must run from..to within 1..${rounds}`);
    }
    check.effects(e.effects, ['events', i, 'effects']);
    check.text(e.text, ['events', i, 'text']);
    e.excludes?.forEach((id, k) => {
      const at: PathSegment[] = ['events', i, 'excludes', k];
      if (id === e.id) check.report(at, 'an event cannot exclude itself');
      else check.event(id, at);
    });
  });
  s.elections.forEach((e, i) => {
    check.sources(e, ['elections', i]);
    check.chance(e.keepChance, ['elections', i, 'keepChance']);
    if (e.round > rounds)
      check.report(
        ['elections', i, 'round'],
        `round ${e.round} is after the last round (${rounds})`,
      );
    check.effects(e.kept.effects, ['elections', i, 'kept', 'effects']);
    check.effects(e.lost.effects, ['elections', i, 'lost', 'effects']);
    check.text(e.kept.text, ['elections', i, 'kept', 'text']);
    check.text(e.lost.text, ['elections', i, 'lost', 'text']);
  });
  s.endings.forEach((e, i) => {
    check.sources(e, ['endings', i]);
    check.condition(e.when, ['endings', i, 'when']);
    check.text(e.summary, ['endings', i, 'summary']);
    check.text(e.explanation, ['endings', i, 'explanation']);
    const isLast = i === s.endings.length - 1;
    if (isLast && e.when)
      check.report(
        ['endings', i, 'when'],
        'the last ending catches every other path: it has no when',
      );
    if (!isLast && !e.when)
      check.report(
        ['endings', i],
        'only the last ending may have no when (it would hide the ones after it)',
      );
  });
}

function checkTeaching(s: ScenarioData, check: ReferenceChecker): void {
  s.history.forEach((h, i) => {
    check.sources(h, ['history', i]);
    const d = h.decision ? check.decisions.get(h.decision) : undefined;
    if (h.decision && !d)
      check.report(['history', i, 'decision'], `unknown decision "${h.decision}"`);
    if (h.chose && d) check.option(d, h.chose, ['history', i, 'chose']);
  });
  s.glossary.forEach((g, i) => check.sources(g, ['glossary', i], false));
}

export function checkReferences(s: ScenarioData): ReferenceProblem[] {
  const check = new ReferenceChecker(s);
  check.unique(s.decisions, ['decisions']);
  check.unique(s.events, ['events']);
  check.unique(s.elections, ['elections']);
  check.unique(s.endings, ['endings']);
  check.unique(s.countries, ['countries']);
  check.unique(s.advisors, ['advisors'], 'advisor id');
  check.unique(s.map?.places ?? [], ['map', 'places'], 'place id');
  check.unique(
    s.glossary.map((g) => ({ id: g.term.toLowerCase() })),
    ['glossary'],
    'glossary term',
  );
  for (const [partner, id] of Object.entries(s.map?.partners ?? {}))
    check.place(id, ['map', 'partners', partner]);
  checkCountries(s, check);
  check.effects(s.rules.everyRound, ['rules', 'everyRound']);
  s.decisions.forEach((d, i) => checkDecision(s, d, i, check));
  checkOutcomes(s, check);
  checkTeaching(s, check);
  checkLesson(s, check);
  check.unsetFlags();
  return check.problems;
}
