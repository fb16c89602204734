// Texts composed from parts: a sentence appears only when it is true of this game, plain strings
// still work, and every consumer reads the composed words.
import { describe, expect, it } from 'vitest';
import { endingAsRead } from '../../src/sim/endings.ts';
import { parseScenarioText, loadScenarioText } from '../../src/sim/scenario/load.ts';
import { indexScenario } from '../../src/sim/scenario/scenarioIndex.ts';
import type { GameState } from '../../src/sim/state.ts';
import { composeText, shownParts, showText } from '../../src/sim/texts.ts';
import { formatEnding } from '../../src/cli/transcript.ts';
import { logTitle } from '../../src/ui/logText.ts';
import { fakeScenario, fakeSession, fixtureText } from '../support/scenarios.ts';

const scenario = fakeScenario('truth.yaml');
const index = indexScenario(scenario);

/** Plays the truth fixture: `towers` as given, the rest refused or declined. */
function play(towers: 'credit' | 'refuse', seed = 1, countryId = 'tiny') {
  const game = fakeSession({ scenario, seed, countryId });
  game.choose('towers', towers);
  while (game.phase !== 'ended') {
    if (game.phase === 'reviewing') game.next();
    else {
      const decision = game.state.pending[0] as string;
      game.choose(decision, decision === 'cert' ? 'none' : 'refuse');
    }
  }
  return game;
}

describe('composeText', () => {
  const base = fakeSession({ scenario }).state;
  const withChoice = (option: string): GameState => ({
    ...base,
    choices: [{ round: 1, decision: 'towers', option }],
  });
  const parts = [
    { text: 'You signed the towers.', when: { decision: 'towers', chose: ['credit'] } },
    { text: 'You refused them.', when: { decision: 'towers', chose: ['refuse'] } },
    { text: 'The year ends.' },
  ];

  it('joins the parts whose condition holds with a space, in the written order', () => {
    expect(composeText(parts, withChoice('credit'), index)).toBe(
      'You signed the towers. The year ends.',
    );
    expect(composeText(parts, withChoice('refuse'), index)).toBe(
      'You refused them. The year ends.',
    );
    expect(shownParts(parts, base, index)).toEqual([2]);
  });

  it('shows a plain string whole, whatever the game', () => {
    expect(composeText('A plain sentence.', base, index)).toBe('A plain sentence.');
    expect(showText('A plain sentence.', base, index).untrue).toEqual([]);
  });

  it('notes a shown part whose claim is false, and only that one', () => {
    const claimed = [{ text: 'You signed.', claims: { decision: 'towers', chose: ['credit'] } }];
    expect(showText(claimed, withChoice('refuse'), index)).toEqual({
      text: 'You signed.',
      untrue: [0],
    });
    expect(showText(claimed, withChoice('credit'), index).untrue).toEqual([]);
  });
});

describe('an ending composed at the end of the game', () => {
  it('says "you signed the towers" only in a game where they were signed', () => {
    const signed = endingAsRead(play('credit').state, index);
    expect(signed?.ending.id).toBe('connected');
    expect(signed?.summary).toBe('You signed the towers. The country is online.');
    expect(signed?.explanation).toBe('Coverage came fast. The protest was watched.');
  });

  it('keeps the composed words in the log, and the CLI transcript prints them', () => {
    const game = play('credit');
    const entry = game.state.log.find((e) => e.kind === 'ending');
    expect(entry?.notes).toEqual(['You signed the towers. The country is online.']);
    expect(entry?.text).toBe('Coverage came fast. The protest was watched.');
    expect(entry?.untrue).toBeUndefined();
    expect(formatEnding(game).slice(0, 3)).toEqual([
      '== Ending: Connected ==',
      '  You signed the towers. The country is online.',
      '  Coverage came fast. The protest was watched.',
    ]);
  });

  it('never claims a choice that was not made', () => {
    const refused = endingAsRead(play('refuse').state, index);
    expect(refused?.ending.id).toBe('slow');
    expect(refused?.explanation).toBe('You kept your freedom and your poor coverage.');
  });
});

describe('an event and an election composed when they happen', () => {
  it('describes the protest by the choice made before it fired', () => {
    const watched = play('credit').state.log.find((e) => e.origin.event === 'cameras-protest');
    expect(watched?.text).toBe(
      'Crowds gather in the capital. Cameras on the new towers identify organisers.',
    );
    const unwatched = play('refuse').state.log.find((e) => e.origin.event === 'cameras-protest');
    expect(unwatched?.text).toBe(
      'Crowds gather in the capital. Without towers, the crowds decide.',
    );
  });

  it('reads an event condition: the inject mentions the protest only after it happened', () => {
    const game = fakeSession({ scenario });
    game.inject('leak');
    expect(game.state.log.at(-1)?.text).toBe('Something leaks.');
    game.choose('towers', 'credit');
    game.next();
    game.choose('cert', 'none');
    expect(game.state.fired['cameras-protest']).toBe(2);
    game.inject('leak');
    expect(game.state.log.at(-1)?.text).toBe('Something leaks. It follows the protest.');
  });

  it('puts the composed outcome in the election entry', () => {
    const texts = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const game = play('credit', seed);
      const entry = game.state.log.find((e) => e.kind === 'election');
      texts.add(entry ? logTitle(game.index, entry) : '');
    }
    expect(texts).toEqual(
      new Set([
        'General election: The government stays. Voters forgave the towers.',
        'General election: The government falls.',
      ]),
    );
  });
});

describe('the scenario format', () => {
  it('still takes plain strings everywhere a text may have parts', () => {
    const tiny = fakeScenario('tiny.yaml');
    expect(tiny.endings[0]?.summary).toBe('Fast coverage, long strings.');
    const game = fakeSession({ scenario: tiny });
    game.choose('towers', 'refuse');
    while (game.phase !== 'ended') {
      if (game.phase === 'reviewing') game.next();
      else game.choose(game.state.pending[0] as string, 'none');
    }
    expect(game.state.log.at(-1)?.notes).toEqual([
      tiny.endings.find((e) => e.id === game.state.ending)?.summary,
    ]);
  });

  it('names the part and field of a broken part, with its line', () => {
    const broken = fixtureText('truth.yaml').replace(
      '      - text: Coverage came fast.',
      '      - txt: Coverage came fast.',
    );
    const result = parseScenarioText(broken, 'truth.yaml');
    expect(result.ok).toBe(false);
    const messages = result.ok
      ? []
      : result.issues.map((i) => `${i.line}: ${i.path}: ${i.message}`);
    expect(messages).toContain(
      `${lineOf(broken, 'txt: Coverage')}: endings[0].explanation[0].txt: unknown field "txt"`,
    );
  });

  it('checks the conditions inside parts: an unknown decision or event is located', () => {
    const broken = fixtureText('truth.yaml')
      .replace(
        'when: { event: cameras-protest }\n    automatic',
        'when: { event: no-such }\n    automatic',
      )
      .replace(
        'when: { decision: towers-again, chose: [credit] }',
        'when: { decision: nope, chose: [credit] }',
      );
    expect(() => loadScenarioText(broken, 'truth.yaml')).toThrow(
      new RegExp(
        `truth.yaml:${lineOf(broken, 'event: no-such')}:\\d+: events\\[2\\]\\.text\\[1\\]\\.when\\.event: unknown event "no-such"[\\s\\S]*` +
          `truth.yaml:${lineOf(broken, 'decision: nope')}:\\d+: endings\\[0\\]\\.summary\\[1\\]\\.when\\.decision: unknown decision "nope"`,
      ),
    );
  });
});

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}
