// One game of a lab run, opened in the normal game view and replayed step by step: the game is
// played again from its seed with its strategy to recover its inputs, then rebuilt with
// GameSession.replay up to the step shown. Stepping forward applies the next input to the game on
// screen; a choice made on screen that differs from the recorded one makes it the viewer's own.
import type { Announcer } from '../announcer.ts';
import { playThrough } from '../../sim/playthrough.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { GameSession } from '../../sim/session.ts';
import type { PlayerInput } from '../../sim/state.ts';
import { specName, strategyFromSpec, type StrategySpecData } from '../../sim/strategyRules.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../messages.ts';
import type { GameScreen } from '../screens/GameScreen.ts';

export interface ReplayTarget {
  scenario: ScenarioData;
  countryId: string;
  spec: StrategySpecData;
  seed: number;
  game: number;
}

export interface LabReplay {
  element: HTMLElement;
  destroy(): void;
}

const sameInputs = (a: readonly PlayerInput[], b: readonly PlayerInput[]) =>
  a.length <= b.length && a.every((input, i) => JSON.stringify(input) === JSON.stringify(b[i]));

export async function labReplay(
  target: ReplayTarget,
  announcer: Announcer,
  onClose: () => void,
): Promise<LabReplay> {
  const { GameScreen: Screen } = await import('../screens/GameScreen.ts');
  const { scenario, countryId, spec } = target;
  const seed = target.seed + target.game;
  const recorded = playThrough(scenario, {
    seed,
    countryId,
    strategy: strategyFromSpec(spec, seed),
  }).inputs;
  // What the strategy does next, so each step can be followed before it is taken.
  const upcoming = (input: PlayerInput | undefined) => {
    if (!input) return t('labUpcomingEnd');
    if (input.type !== 'choose') return t('labUpcomingContinue');
    const option = scenario.decisions
      .find((d) => d.id === input.decision)
      ?.options.find((o) => o.id === input.option);
    return t('labUpcomingChoice', { option: option?.headline ?? input.option });
  };
  const title = h('h2', { attrs: { tabindex: '-1' } });
  const note = h('p', { class: 'lab-replay-note', attrs: { role: 'status' } });
  const stage = h('div', { class: 'lab-replay-game' });
  let screen: GameScreen | null = null;
  let session: GameSession | null = null;
  let step = 0;

  const label = () => {
    const own = session !== null && !sameInputs(session.state.inputs, recorded);
    if (!own) step = session?.state.inputs.length ?? step;
    title.textContent = t('labReplayTitle', {
      n: target.game,
      strategy: specName(spec),
      seed,
      step,
      steps: recorded.length,
    });
    note.textContent = own ? t('labReplayOff') : upcoming(recorded[step]);
    prev.disabled = step === 0;
    next.disabled = own || step >= recorded.length;
  };

  const show = (at: number) => {
    screen?.destroy();
    step = at;
    const rebuilt = GameSession.replay(scenario, {
      seed,
      countryId,
      inputs: recorded.slice(0, at),
    });
    session = rebuilt;
    screen = new Screen({
      session: rebuilt,
      announcer,
      onChange: label,
      onMenu: onClose,
      onPlayAgain: onClose,
      // A replay has no what-if of its own: its steps are the way back.
      onRewind: () => undefined,
    });
    replaceChildren(stage, screen.element);
    label();
  };

  const prev = h(
    'button',
    { attrs: { type: 'button' }, on: { click: () => show(step - 1) } },
    t('labPrev'),
  );
  const next = h(
    'button',
    {
      attrs: { type: 'button' },
      on: {
        click: () => {
          const input = recorded[step];
          if (session && input) session.apply(input);
        },
      },
    },
    t('labNext'),
  );
  const element = h(
    'section',
    { class: 'lab-replay' },
    title,
    h(
      'div',
      { class: 'actions' },
      prev,
      next,
      h('button', { attrs: { type: 'button' }, on: { click: onClose } }, t('labToResults')),
    ),
    note,
    stage,
  );
  show(0);
  return {
    element,
    destroy: () => screen?.destroy(),
  };
}
