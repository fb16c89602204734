// The facilitator's workshop console at #/workshop: one projector, 2-6 teams playing the same
// scenario and seed. Opens on the saved workshop (to resume) or on the setup. One window runs and
// saves the workshop; any other window on it follows (windowOwner.ts). An after-action report
// given back (reportLoader.ts) is replayed and its hot wash shown, without touching the saved one.
import type { Mode, ModeContext } from '../../app/modes.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../messages.ts';
import { downloadReport, printReport } from './exportActions.ts';
import { hotWash } from './hotWash.ts';
import { LiveConsole } from './liveConsole.ts';
import type { WorkshopPlan } from './plan.ts';
import { parseReportFile, replayReport } from './reportFile.ts';
import { reportLoader } from './reportLoader.ts';
import { damagedWorkshop, resumeOffer } from './resumeView.ts';
import { setupView } from './setupView.ts';
import { parseWorkshop, WorkshopStore, type SavedWorkshop } from './store.ts';
import { WindowOwner } from './windowOwner.ts';
import { Workshop } from './workshop.ts';

export function workshopConsole(ctx: ModeContext): Mode {
  const store = new WorkshopStore(ctx.storage);
  let live: LiveConsole | null = null;
  // A report's workshop on screen: its games are stopped when it leaves.
  let loaded: Workshop | null = null;
  const owner = new WindowOwner({
    follow: (text) => {
      if (!live) return;
      try {
        const saved = parseWorkshop(text);
        void run(saved.scenarioId, (s) => Workshop.restore(s, saved), saved.timer, text, true);
      } catch {
        // A save this window cannot read is the owner's to report; keep showing the last good one.
      }
    },
    tookOver: () => live?.save(),
  });
  const body = h('div', {});
  const element = h('div', { class: 'workshop-console' }, owner.notice, body);
  // A scenario loads asynchronously; a newer request (or leaving) makes an older one moot.
  let generation = 0;

  const show = (view: HTMLElement) => {
    live?.destroy();
    live = null;
    loaded?.stop();
    loaded = null;
    replaceChildren(body, view);
    view.querySelector<HTMLElement>('h1')?.focus();
  };

  const failed = (reason: string, text?: string) =>
    show(
      damagedWorkshop(reason, text, {
        discard: () => {
          store.discard();
          showSetup();
        },
        back: ctx.home,
      }),
    );

  type Scenario = Awaited<ReturnType<ModeContext['loadScenario']>>;
  const run = async (
    scenarioId: string,
    make: (scenario: Scenario) => Workshop,
    timer: SavedWorkshop['timer'],
    savedText?: string,
    following = false,
  ) => {
    const mine = ++generation;
    if (!following) replaceChildren(body, h('p', { attrs: { role: 'status' } }, t('wsLoading')));
    try {
      const scenario = await ctx.loadScenario(scenarioId);
      await owner.claim();
      if (mine !== generation) return;
      const workshop = make(scenario);
      live?.destroy();
      live = new LiveConsole(workshop, timer, {
        announcer: ctx.announcer,
        // Only the owning window writes; a following one shows the workshop and keeps quiet.
        save: (saved) => !owner.owned || store.write(saved),
        newWorkshop: () => showSetup(),
        home: ctx.home,
      });
      replaceChildren(body, live.element);
      if (!following) live.element.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      if (mine !== generation) return;
      const reason = (error as Error).message;
      // A saved workshop that no longer replays (or names a scenario that is gone) is damaged;
      // a new one that could not start goes back to its setup, saying why.
      if (savedText === undefined) showSetup(t('wsStartFailed', { reason }));
      else failed(t('wsDamagedReason', { reason }), savedText);
    }
  };

  const showReport = (workshop: Workshop, name: string, back: () => void) => {
    const view: HTMLElement = h(
      'section',
      { class: 'workshop ws-live ws-loaded', attrs: { 'aria-labelledby': 'ws-title' } },
      h(
        'h1',
        { id: 'ws-title', attrs: { tabindex: '-1' } },
        t('wsTitle', { scenario: workshop.scenario.title }),
      ),
      h(
        'p',
        { class: 'ws-notice', attrs: { role: 'status' } },
        t('wsLoadedReport', { file: name }),
      ),
      hotWash(workshop, {
        print: () => printReport(view),
        downloadJson: () => downloadReport(workshop, 'json'),
        downloadCsv: () => downloadReport(workshop, 'csv'),
        newWorkshop: () => showSetup(),
      }),
      h('button', { attrs: { type: 'button' }, on: { click: back } }, t('wsLoadedReportBack')),
    );
    show(view);
    loaded = workshop;
  };

  /** Resolves with the reason the report cannot be shown, or null once its hot wash is shown. */
  const loadReport = async (text: string, name: string, back: () => void) => {
    const mine = ++generation;
    try {
      const report = parseReportFile(text);
      const scenario = await ctx.loadScenario(report.saved.scenarioId);
      if (mine !== generation) return null;
      showReport(replayReport(scenario, report), name, back);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  };
  const withLoader = (view: HTMLElement, back: () => void) =>
    h(
      'div',
      {},
      view,
      reportLoader((text, name) => loadReport(text, name, back)),
    );

  const start = (plan: WorkshopPlan) =>
    void run(plan.scenarioId, (scenario) => Workshop.start(scenario, plan), {
      minutes: plan.timerMinutes,
      remainingMs: (plan.timerMinutes ?? 0) * 60_000,
    });

  function showSetup(problem?: string): void {
    generation += 1;
    owner.release();
    show(withLoader(setupView(ctx.cards, start, ctx.home, problem), () => showSetup()));
  }

  const stored = store.read();
  function showResume(saved: SavedWorkshop, text: string): void {
    show(
      withLoader(
        resumeOffer(
          saved,
          ctx.cards.find((c) => c.id === saved.scenarioId),
          {
            resume: () =>
              void run(
                saved.scenarioId,
                (scenario) => Workshop.restore(scenario, saved),
                saved.timer,
                text,
              ),
            fresh: () => showSetup(),
          },
        ),
        () => showResume(saved, text),
      ),
    );
  }

  if (stored.kind === 'saved') showResume(stored.workshop, stored.text);
  else if (stored.kind === 'damaged') failed(stored.reason, stored.text);
  else showSetup();

  return {
    element,
    destroy() {
      generation += 1;
      live?.destroy();
      live = null;
      owner.destroy();
    },
  };
}
