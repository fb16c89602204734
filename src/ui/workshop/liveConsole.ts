// A workshop under way: the header (scenario, seed, timer), the injects drawer, and the screen of
// the moment (a round, its reports, the hot wash). Every change is saved, then shown and, where the
// screen changes under the facilitator, focus is put somewhere sensible and the change is said.
import type { CustomInject } from '../../sim/state.ts';
import type { Announcer } from '../announcer.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../messages.ts';
import { downloadReport, printReport } from './exportActions.ts';
import { hotWash } from './hotWash.ts';
import { injectsView } from './injectsView.ts';
import { reportScreen } from './reportScreen.ts';
import { roundScreen } from './roundScreen.ts';
import type { SavedWorkshop } from './store.ts';
import { tabId } from './teamTabs.ts';
import { RoundTimer, type TimerSnapshot } from './timer.ts';
import { timerView } from './timerView.ts';
import type { Target, Workshop } from './workshop.ts';

export interface LiveConsoleDeps {
  announcer: Announcer;
  /** Returns false when the browser would not keep it. */
  save: (saved: SavedWorkshop) => boolean;
  newWorkshop: () => void;
  home: () => void;
}

/** Where focus goes after the screen is redrawn. */
type Focus = 'title' | 'tab' | 'turn' | 'resolve' | null;

export class LiveConsole {
  readonly element: HTMLElement;
  private readonly screen = h('div', { class: 'ws-screen' });
  private readonly notice = h('p', { class: 'ws-notice', attrs: { role: 'status' } });
  private readonly timer: RoundTimer;
  private readonly timerUi;
  private readonly injects: HTMLElement;

  constructor(
    private readonly workshop: Workshop,
    timer: TimerSnapshot,
    private readonly deps: LiveConsoleDeps,
  ) {
    this.timer = new RoundTimer({ now: () => performance.now() }, timer);
    this.timerUi = timerView(this.timer, deps.announcer, () => this.save());
    const names = workshop.teams.map((team) => team.name);
    this.injects = injectsView(workshop.scenario, names, {
      fire: (eventId, target) => this.afterInject(workshop.inject(eventId, target)),
      fireCustom: (inject: CustomInject, target: Target) =>
        this.afterInject(workshop.injectCustom(inject, target)),
    });
    this.element = h(
      'section',
      { class: 'workshop ws-live', attrs: { 'aria-labelledby': 'ws-title' } },
      h(
        'header',
        { class: 'ws-header' },
        h(
          'div',
          {},
          h(
            'h1',
            { id: 'ws-title', attrs: { tabindex: '-1' } },
            t('wsTitle', { scenario: workshop.scenario.title }),
          ),
          h('p', { class: 'meta' }, t('wsMeta', { seed: workshop.seed, teams: names.join(', ') })),
        ),
        this.timerUi.element,
      ),
      this.notice,
      this.injects,
      this.screen,
      h(
        'footer',
        { class: 'ws-footer' },
        h('button', { attrs: { type: 'button' }, on: { click: deps.home } }, t('wsLeave')),
      ),
    );
    this.save();
    this.render(null);
  }

  destroy(): void {
    this.timerUi.destroy();
    this.workshop.stop();
  }

  /** Saves the workshop as shown (through deps.save, which a following window makes a no-op). */
  save(): void {
    const kept = this.deps.save(this.workshop.toSaved(this.timer.snapshot()));
    this.notice.textContent = kept ? '' : t('wsNotSaved');
  }

  private afterInject(reached: number): number {
    if (reached > 0) {
      this.save();
      this.render(null);
    }
    return reached;
  }

  private render(focus: Focus): void {
    const w = this.workshop;
    const done = w.screen === 'hotwash';
    this.injects.hidden = done;
    this.timerUi.element.hidden = done;
    replaceChildren(
      this.screen,
      w.screen === 'round'
        ? roundScreen(w, {
            select: (i) => this.act(() => w.select(i), 'tab'),
            choose: (i, decision, option) => this.choose(i, decision, option),
            undo: (i) =>
              this.act(
                () => w.undoLastChoice(i),
                'turn',
                t('wsUndone', { team: w.teams[i]?.name ?? '' }),
              ),
            resolve: () => this.act(() => w.resolve(), 'title'),
          })
        : w.screen === 'report'
          ? reportScreen(w, () => this.advance())
          : hotWash(w, {
              print: () => printReport(this.element),
              downloadJson: () => downloadReport(w, 'json'),
              downloadCsv: () => downloadReport(w, 'csv'),
              newWorkshop: this.deps.newWorkshop,
            }),
    );
    const target =
      focus === 'title'
        ? this.screen.querySelector<HTMLElement>('.ws-round-title')
        : focus === 'tab'
          ? this.screen.querySelector<HTMLElement>(`#${tabId(w.activeTeam)}`)
          : focus === 'turn'
            ? this.screen.querySelector<HTMLElement>('#ws-team-panel h2')
            : focus === 'resolve'
              ? this.screen.querySelector<HTMLElement>('.ws-resolve')
              : null;
    target?.focus();
  }

  private act(change: () => boolean | void, focus: Focus, said?: string): void {
    if (change() === false) return;
    this.save();
    this.render(focus);
    if (said) this.deps.announcer.say(said);
  }

  private choose(i: number, decision: string, option: string): void {
    const w = this.workshop;
    const team = w.teams[i];
    const label = team?.session.index.decisions
      .get(decision)
      ?.options.find((o) => o.id === option)?.label;
    if (!team || !w.choose(i, decision, option)) return;
    const next = w.teams[w.activeTeam]?.name ?? '';
    const said = w.allDecided()
      ? t('wsAllDecidedAnnounce', { team: team.name, option: label ?? option })
      : w.activeTeam === i
        ? t('wsChoseAnnounce', { team: team.name, option: label ?? option })
        : t('wsChoseNextAnnounce', { team: team.name, option: label ?? option, next });
    this.act(() => true, w.allDecided() ? 'resolve' : 'turn', said);
  }

  private advance(): void {
    if (!this.workshop.advance()) return;
    this.timerUi.newRound();
    this.save();
    this.render('title');
    this.deps.announcer.say(
      this.workshop.screen === 'hotwash'
        ? t('wsHotWash')
        : t('round', {
            n: this.workshop.round,
            total: this.workshop.scenario.rounds.length,
            label: this.workshop.roundLabel,
          }),
    );
  }
}
