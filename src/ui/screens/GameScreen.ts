// The game: the map as the stage, the country's indicators always in view, and beside the map
// (below it on tablets and phones) the decision at hand or the round's report; at the end, the
// debrief. It only sends player commands to the session and renders its state.
import type { Indicators } from '../../sim/indicators.ts';
import type { GameSession } from '../../sim/session.ts';
import { handInButton } from '../classroom/handIn.ts';
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
import { EventMoment, momentsOf } from '../panels/eventMoment.ts';
import { Glossary } from '../panels/glossary.ts';
import { indicatorStrip, updateStripCues } from '../panels/indicatorStrip.ts';
import { isMajor, newsSoFar } from '../panels/newsItem.ts';
import { describeChanges, pendingSection, roundReport } from '../panels/RoundReport.ts';
import { logTitle } from '../logText.ts';
import './gameScreen.css';

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

/** The map may learn to spotlight a place (a pulse where a major event happens). */
type StageMap = MapHandle & { spotlight?: (placeId: string) => void };

export class GameScreen {
  readonly element = h('div', { class: 'game-screen' });
  private readonly header = h('header', { class: 'game-header' });
  private readonly hud = h('aside', { class: 'hud', attrs: { 'aria-label': t('indicators') } });
  private readonly main = h('div', { class: 'main-panel' });
  private readonly unsubscribe: () => void;
  private moment: { phase: string; round: number } | null = null;
  /** The stage: the map (Phaser, loaded on demand) and a major event's moment over it. */
  private readonly mapPanel = h('div', { class: 'map-panel' });
  private readonly eventMoment = new EventMoment();
  private readonly stage = h('div', { class: 'stage' }, this.mapPanel, this.eventMoment.element);
  private map: StageMap | null = null;
  private destroyed = false;
  /** Log entries already shown as moments; on opening, the current round's news is shown again. */
  private seenLog: number;
  private speech = '';
  private choosing = false;
  /** What stays on screen while scrolling: the title bar and strip on laptops, the strip on phones. */
  private readonly hudObserver = new ResizeObserver(() => {
    const top = this.hud.parentElement;
    const sticky = top && getComputedStyle(top).position === 'sticky' ? top : this.hud;
    document.documentElement.style.setProperty('--hud-height', `${sticky.offsetHeight}px`);
    updateStripCues(this.hud);
  });

  constructor(private readonly options: GameScreenOptions) {
    const { state } = options.session;
    const firstOfRound = state.log.findIndex((e) => e.round === state.round);
    this.seenLog = firstOfRound < 0 ? state.log.length : firstOfRound;
    this.element.append(
      h('div', { class: 'game-top' }, this.header, this.hud),
      h('div', { class: 'game-body' }, this.stage, this.main),
    );
    this.unsubscribe = options.session.subscribe(() => this.changed());
    // The strip's height keeps the sticky map below it and focused controls clear of it.
    this.hudObserver.observe(this.hud);
    if (this.hud.parentElement) this.hudObserver.observe(this.hud.parentElement);
    this.render();
    if (options.session.scenario.map) void this.mountMap();
    else this.stage.classList.add('no-map');
  }

  /** The screen owns its session: leaving the screen ends the session's actors. */
  destroy(): void {
    this.destroyed = true;
    this.map?.destroy();
    this.map = null;
    this.eventMoment.destroy();
    this.hudObserver.disconnect();
    document.documentElement.style.removeProperty('--hud-height');
    this.unsubscribe();
    this.options.session.stop();
  }

  /**
   * Lands the view on what to do next: the page at its top (map and indicators in view) and focus
   * on the decision's or report's title, for keyboard and screen-reader users.
   */
  land(): void {
    this.main.querySelector<HTMLElement>('h2[tabindex="-1"], h2')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
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
      // A lesson may end before the game does: the report so far can be handed in at any time.
      whatIf || state.ending ? null : this.handIn(),
      whatIf
        ? h('p', { class: 'what-if-banner' }, t('whatIfBanner', { decision: whatIf.decisionTitle }))
        : null,
    );
    const roundStart = (state.history[state.round - 1] ?? state.history[0]) as Indicators;
    replaceChildren(this.hud, indicatorStrip(state.indicators, roundStart));
    updateStripCues(this.hud);
    replaceChildren(
      this.main,
      this.mainPanel(),
      session.phase === 'deciding' ? pendingSection(state) : null,
    );
    this.updateMap();
    // The debrief has its own, fuller indicator table and needs the width.
    this.element.classList.toggle('ended', session.phase === 'ended');
    this.showMoments();
    if (this.element.isConnected) this.land();
    this.cue();
  }

  /**
   * The report so far, handed in at any time. On a small laptop the title bar shows "Hand in" to
   * stay one line; its accessible name is always the full label (which starts with what is shown).
   */
  private handIn(): HTMLElement | null {
    const { session } = this.options;
    const button = handInButton(session.scenario, () => session.state);
    if (!button) return null;
    button.classList.add('hand-in-open');
    button.setAttribute('aria-label', t('clHandIn'));
    replaceChildren(
      button,
      h('span', { class: 'label-long' }, t('clHandIn')),
      h('span', { class: 'label-short' }, t('clHandInShort')),
    );
    return button;
  }

  /** New major events get their moment on the stage; the player's next move clears it. */
  private showMoments(): void {
    const { session } = this.options;
    const log = session.state.log;
    const fresh = log.slice(this.seenLog).filter((e) => !e.hidden && isMajor(session, e));
    const moved = log.length !== this.seenLog;
    this.seenLog = log.length;
    if (session.phase === 'ended' || (moved && fresh.length === 0)) return this.eventMoment.clear();
    if (fresh.length === 0) return;
    const { moments, placeId } = momentsOf(session, fresh);
    this.eventMoment.show(moments);
    if (placeId) this.map?.spotlight?.(placeId);
    this.options.sound?.play('alert');
    this.speech = moments.map((m) => `${t('majorNews')}: ${m.headline}. ${m.short}`).join(' ');
    if (!this.choosing) this.options.announcer.say(this.speech);
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
      this.stage.classList.add('no-map');
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
      const glossary = new Glossary(session.scenario.glossary);
      return decisionPanel(
        session,
        decision,
        (option) => this.choose(decision, option),
        newsSoFar(session, glossary),
        glossary,
      );
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
    this.speech = '';
    this.choosing = true;
    const chosen = session.choose(decision, option);
    this.choosing = false;
    if (chosen) this.options.sound?.play('choose');
    const said = session.state.log
      .slice(before)
      .filter((e) => !e.hidden)
      .map((e) =>
        t('announcedChanges', { title: logTitle(session.index, e), changes: describeChanges(e) }),
      );
    announcer.say([...said, this.speech].join(' '));
  }
}
