// The game: the year, the indicators and what is still to come, and either the decision at hand
// or the round's report; at the end, the debrief. It only sends player commands to the session
// and renders its state.
import type { Indicators } from '../../sim/indicators.ts';
import type { GameSession } from '../../sim/session.ts';
import type { GameState } from '../../sim/state.ts';
import { reportCue } from '../../audio/reportCue.ts';
import type { SoundBoard } from '../../audio/SoundBoard.ts';
import { buildMapModel } from '../../map/mapModel.ts';
import type { MapHandle } from '../../map/mountMap.ts';
import type { Announcer } from '../announcer.ts';
import { debrief } from '../debrief/Debrief.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../messages.ts';
import { decisionPanel } from '../panels/DecisionPanel.ts';
import { indicatorPanel } from '../panels/IndicatorPanel.ts';
import { describeChanges, roundReport } from '../panels/RoundReport.ts';

export interface GameScreenOptions {
  session: GameSession;
  announcer: Announcer;
  /** Called after every change (the app saves the game here). */
  onChange: (session: GameSession) => void;
  onMenu: () => void;
  onPlayAgain: () => void;
  onRewind: (choiceIndex: number) => void;
  /** Plays cues that double what the screen shows (never instead of it). */
  sound?: Pick<SoundBoard, 'play'>;
  /** Set when this game is a what-if replay of an earlier one. */
  whatIf?: { original: GameState; decisionTitle: string };
}

export class GameScreen {
  readonly element = h('div', { class: 'game-screen' });
  private readonly header = h('header', { class: 'game-header' });
  private readonly hud = h('aside', { class: 'hud', attrs: { 'aria-label': t('indicators') } });
  private readonly main = h('div', { class: 'main-panel' });
  private readonly unsubscribe: () => void;
  private moment: { phase: string; round: number } | null = null;
  /** The map (Phaser, loaded on demand): what the deals have built, and the ties they make. */
  private readonly mapPanel = h('div', { class: 'map-panel' });
  private readonly column = h('div', { class: 'main-column' }, this.mapPanel, this.main);
  private map: MapHandle | null = null;
  private destroyed = false;

  constructor(private readonly options: GameScreenOptions) {
    this.element.append(this.header, h('div', { class: 'game-body' }, this.column, this.hud));
    this.unsubscribe = options.session.subscribe(() => this.changed());
    this.render();
    if (options.session.scenario.map) void this.mountMap();
    else this.mapPanel.remove();
  }

  /** The screen owns its session: leaving the screen ends the session's actors. */
  destroy(): void {
    this.destroyed = true;
    this.map?.destroy();
    this.map = null;
    this.unsubscribe();
    this.options.session.stop();
  }

  private changed(): void {
    this.options.onChange(this.options.session);
    this.render();
  }

  private render(): void {
    const { session, whatIf } = this.options;
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
      h('button', { attrs: { type: 'button' }, on: { click: this.options.onMenu } }, t('menu')),
      whatIf
        ? h('p', { class: 'what-if-banner' }, t('whatIfBanner', { decision: whatIf.decisionTitle }))
        : null,
    );
    const roundStart = (state.history[state.round - 1] ?? state.history[0]) as Indicators;
    const pending = state.delayed.map((d) =>
      h('li', {}, t('pendingItem', { note: d.note, n: d.dueRound - state.round })),
    );
    replaceChildren(
      this.hud,
      indicatorPanel(state.indicators, roundStart),
      pending.length > 0
        ? h('section', { class: 'pending' }, h('h2', {}, t('pending')), h('ul', {}, ...pending))
        : null,
    );
    replaceChildren(this.main, this.mainPanel());
    this.updateMap();
    // The debrief has its own, fuller indicator table and needs the width.
    this.element.classList.toggle('ended', session.phase === 'ended');
    // Focus goes to the new heading for keyboard and screen-reader users, and the view returns to
    // the top of the column, map first: focusing alone would scroll the map off a 720-pixel screen.
    this.main.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    if (this.element.isConnected && this.column.getBoundingClientRect().top < 0) {
      this.column.scrollIntoView({ block: 'start' });
    }
    this.cue();
  }

  /**
   * The sound for what just appeared: a new year, a round report, the ending. Silent on the
   * first render, so resuming a saved game does not replay its last sting.
   */
  private cue(): void {
    const { session, sound } = this.options;
    const now = { phase: session.phase, round: session.state.round };
    const before = this.moment;
    this.moment = now;
    if (!sound || !before || (before.phase === now.phase && before.round === now.round)) return;
    if (now.phase === 'ended') return sound.play('ending');
    if (now.round !== before.round) sound.play('round');
    if (now.phase === 'reviewing') {
      const cue = reportCue(session.state.log.filter((e) => e.round === now.round));
      if (cue) sound.play(cue);
    }
  }

  private async mountMap(): Promise<void> {
    const { session } = this.options;
    try {
      const { mountMap } = await import('../../map/mountMap.ts');
      const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      const map = await mountMap(this.mapPanel, session.scenario, {
        reducedMotion,
        countryId: session.state.countryId,
      });
      if (this.destroyed) return map.destroy();
      this.map = map;
      this.updateMap();
    } catch (error) {
      // The game is whole without its map; say why in the console and carry on.
      console.warn('The map could not be shown:', error);
      this.mapPanel.remove();
    }
  }

  private updateMap(): void {
    const { session } = this.options;
    // Hidden indicators enter the map only in the debrief.
    this.map?.update(
      buildMapModel(session.scenario, session.state, { reveal: session.phase === 'ended' }),
    );
  }

  private mainPanel(): HTMLElement {
    const { session } = this.options;
    const state = session.state;
    if (session.phase === 'ended') {
      return debrief(
        session,
        { onRewind: this.options.onRewind, onPlayAgain: this.options.onPlayAgain },
        this.options.whatIf?.original,
      );
    }
    if (session.phase === 'deciding') {
      const decision = state.pending[0] as string;
      return decisionPanel(session, decision, (option) => this.choose(decision, option));
    }
    return roundReport(
      session,
      () => session.next(),
      state.round >= session.scenario.rounds.length,
    );
  }

  private choose(decision: string, option: string): void {
    const { session, announcer } = this.options;
    const before = session.state.log.length;
    if (session.choose(decision, option)) this.options.sound?.play('choose');
    const said = session.state.log
      .slice(before)
      .filter((e) => !e.hidden)
      .map((e) => t('announcedChanges', { title: e.title, changes: describeChanges(e) }));
    announcer.say(said.join(' '));
  }
}
