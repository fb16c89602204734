// The lesson cut: derived from the full scenario (the kept decisions only, everything else the
// same), played by the normal engine with its length recorded, and checked so that a cut never
// keeps a decision that needs one it leaves out.
import { describe, expect, it } from 'vitest';
import { playToEnd } from '../../src/sim/playthrough.ts';
import { hasLessonCut, lengthOf, lessonCut, playedAt } from '../../src/sim/scenario/lessonCut.ts';
import type { ScenarioData } from '../../src/sim/scenario/scenario.schema.ts';
import { GameSession } from '../../src/sim/session.ts';
import { randomStrategy } from '../../src/sim/strategies.ts';
import { addAt, loadTiny, referenceProblems, replaceAt, type Patch } from '../support/fixtures.ts';

const lesson = (decisions: string[]) => ({ minutes: 5, about: 'The key decisions.', decisions });
const withLesson = (decisions: string[], more?: Patch): Patch => {
  return (doc) => {
    addAt(doc, ['lesson'], lesson(decisions));
    if (typeof more === 'function') more(doc);
  };
};

function tiny(patch: Patch): ScenarioData {
  const result = loadTiny(patch);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.scenario;
}

describe('lessonCut', () => {
  const full = tiny(withLesson(['cert']));
  const cut = lessonCut(full);

  it('offers only the decisions the lesson section keeps', () => {
    expect(full.decisions.map((d) => d.id)).toEqual(['towers', 'towers-again', 'cert']);
    expect(cut.decisions.map((d) => d.id)).toEqual(['cert']);
  });

  it('keeps the same rules, events, elections, endings, countries and sources', () => {
    for (const key of [
      'rules',
      'events',
      'elections',
      'endings',
      'countries',
      'documents',
    ] as const)
      expect(cut[key], key).toEqual(full[key]);
    expect(cut.minutes).toBe(5);
    expect(cut.lesson).toBeUndefined();
  });

  it('is one object per scenario, says it is the lesson length, and cannot be cut again', () => {
    expect(lessonCut(full)).toBe(cut);
    expect(lengthOf(cut)).toBe('lesson');
    expect(lengthOf(full)).toBe('full');
    expect(hasLessonCut(full)).toBe(true);
    expect(hasLessonCut(cut)).toBe(false);
    expect(playedAt(full, 'lesson')).toBe(cut);
    expect(playedAt(full, 'full')).toBe(full);
    expect(playedAt(cut, 'lesson')).toBe(cut);
  });

  it('plays the full game when a scenario without a lesson section is asked for its cut', () => {
    const plain = tiny((_doc) => {});
    expect(hasLessonCut(plain)).toBe(false);
    expect(playedAt(plain, 'lesson')).toBe(plain);
    expect(() => lessonCut(plain)).toThrow(/no lesson cut/);
  });

  it('keeps what really happened, without its link to a decision the cut leaves out', () => {
    const entry = (decision: string, chose: string) => ({
      date: '2020',
      title: 'What happened',
      text: 'It happened.',
      short: 'It happened.',
      decision,
      chose,
      illustrative: true,
    });
    const withHistory = tiny(
      withLesson(['cert'], (doc) =>
        addAt(doc, ['history'], [entry('towers', 'credit'), entry('cert', 'mou')]),
      ),
    );
    const history = lessonCut(withHistory).history;
    expect(history.map((h) => h.title)).toEqual(['What happened', 'What happened']);
    expect(history.map((h) => [h.decision, h.chose])).toEqual([
      [undefined, undefined],
      ['cert', 'mou'],
    ]);
  });

  it('records the length in a game on the cut and in its save, which restores the same game', () => {
    const session = GameSession.start(cut, { seed: 3 });
    playToEnd(session, randomStrategy(3));
    expect(session.phase).toBe('ended');
    expect(session.state.length).toBe('lesson');
    expect(session.state.choices.map((c) => c.decision)).toEqual(['cert']);
    const save = session.save();
    expect(save.length).toBe('lesson');
    const restored = GameSession.restore(cut, JSON.stringify(save));
    expect(restored.state.length).toBe('lesson');
    expect(restored.state.choices).toEqual(session.state.choices);
    expect(restored.state.ending).toBe(session.state.ending);

    const fullGame = GameSession.start(full, { seed: 3 });
    expect(fullGame.state.length).toBeUndefined();
    expect(fullGame.save()).not.toHaveProperty('length');
  });
});

describe('lesson section checks', () => {
  it('accepts a cut that keeps a follow-up with the decision it continues', () => {
    expect(referenceProblems(withLesson(['towers', 'towers-again']))).toEqual([]);
  });

  it('names an unknown decision and one listed twice', () => {
    expect(referenceProblems(withLesson(['towers', 'tower', 'towers']))).toEqual([
      { path: 'lesson.decisions[1]', message: 'unknown decision "tower"' },
      { path: 'lesson.decisions[2]', message: '"towers" is listed twice' },
    ]);
  });

  it('rejects a kept follow-up whose deal the cut leaves out, where it needs it', () => {
    const problems = referenceProblems(withLesson(['towers-again', 'cert']));
    expect(problems.map((p) => p.path)).toEqual([
      'decisions[1].continues',
      'decisions[1].when.decision',
    ]);
    expect(problems[1]?.message).toContain('needs "towers", which the cut leaves out');
  });

  it('rejects an option that opens only after a left-out decision, but not one with another way open', () => {
    const requires = (condition: unknown): Patch =>
      withLesson(['cert'], (doc) =>
        addAt(doc, ['decisions', 2, 'options', 0, 'requires'], condition),
      );
    expect(
      referenceProblems(requires({ all: [{ decision: 'towers', chose: ['credit'] }] })),
    ).toEqual([
      {
        path: 'decisions[2].options[0].requires.all[0].decision',
        message:
          'in the lesson cut, option "mou" needs "towers", which the cut leaves out (keep it in lesson.decisions)',
      },
    ]);
    const eitherWay = { any: [{ decision: 'towers', chose: ['credit'] }, { flag: 'squeezed' }] };
    expect(referenceProblems(requires(eitherWay))).toEqual([]);
    expect(referenceProblems(requires({ not: { decision: 'towers' } }))).toEqual([]);
  });

  it('rejects an ending the cut can never reach because it needs a left-out decision', () => {
    const problems = referenceProblems(
      withLesson(['cert'], (doc) =>
        replaceAt(doc, ['endings', 1, 'when'], { decision: 'towers', stage: ['debtDistress'] }),
      ),
    );
    expect(problems).toEqual([expect.objectContaining({ path: 'endings[1].when.decision' })]);
  });

  it('rejects a cut that leaves a country with nothing to decide', () => {
    const problems = referenceProblems(
      withLesson(['cert'], (doc) => addAt(doc, ['decisions', 2, 'countries'], ['tiny'])),
    );
    expect(problems).toEqual([
      { path: 'lesson.decisions', message: 'the lesson cut keeps no decision for "other"' },
    ]);
  });

  it('reports a problem in the lesson section at its line in the file', () => {
    const result = loadTiny(withLesson(['cert', 'nope']));
    const issues = result.ok ? [] : result.issues;
    expect(issues).toEqual([
      expect.objectContaining({ path: 'lesson.decisions[1]', message: 'unknown decision "nope"' }),
    ]);
    expect(issues[0]?.line).toBeGreaterThan(1);
  });
});
