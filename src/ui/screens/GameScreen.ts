// The game: the year, the indicators, and either the decision at hand or the round's report;
// at the end, the ending. It only sends player commands to the session and renders its state.
import type { Indicators } from '../../sim/indicators.ts';
import type { GameSession } from '../../sim/session.ts';
import type { Announcer } from '../announcer.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../messages.ts';
import { decisionPanel } from '../panels/DecisionPanel.ts';
import { endPanel } from '../panels/EndPanel.ts';
import { indicatorPanel } from '../panels/IndicatorPanel.ts';
import { describeChanges, roundReport } from '../panels/RoundReport.ts';

export class GameScreen {
  readonly element = h('div', { class: 'game-screen' });
  private readonly header = h('header', { class: 'game-header' });
  private readonly hud = h('aside', { class: 'hud', attrs: { 'aria-label': t('indicators') } });
  private readonly main = h('div', { class: 'main-panel' });
  private unsubscribe: () => void = () => undefined;

  constructor(
    private readonly session: GameSession,
    private readonly announcer: Announcer,
    private readonly onPlayAgain: () => void,
  ) {
    this.element.append(this.header, h('div', { class: 'game-body' }, this.main, this.hud));
    this.unsubscribe = session.subscribe(() => this.render());
    this.render();
  }

  destroy(): void {
    this.unsubscribe();
  }

  private render(): void {
    const { session } = this;
    const state = session.state;
    const label = session.scenario.rounds[state.round - 1]?.label ?? '';
    replaceChildren(
      this.header,
      h('h1', { class: 'scenario-title' }, session.scenario.title),
      h(
        'p',
        { class: 'round' },
        t('round', { n: state.round, total: session.scenario.rounds.length, label }),
      ),
    );
    const roundStart = (state.history[state.round - 1] ?? state.history[0]) as Indicators;
    replaceChildren(this.hud, indicatorPanel(state.indicators, roundStart));
    if (session.phase === 'ended') {
      replaceChildren(this.main, endPanel(session, this.onPlayAgain));
    } else if (session.phase === 'deciding') {
      const decision = state.pending[0] as string;
      replaceChildren(
        this.main,
        decisionPanel(session, decision, (option) => this.choose(decision, option)),
      );
    } else {
      const isLast = state.round >= session.scenario.rounds.length;
      replaceChildren(
        this.main,
        roundReport(session, () => session.next(), isLast),
      );
    }
    this.main.querySelector<HTMLElement>('h2')?.focus();
  }

  private choose(decision: string, option: string): void {
    const before = this.session.state.log.length;
    this.session.choose(decision, option);
    const said = this.session.state.log
      .slice(before)
      .filter((e) => !e.hidden)
      .map((e) => t('announcedChanges', { title: e.title, changes: describeChanges(e) }));
    this.announcer.say(said.join(' '));
  }
}
