// The facilitator's workshop console at #/workshop: one projector, 2-6 teams playing the same
// scenario and seed. Opens on the saved workshop (to resume) or on the setup. One window runs and
// saves the workshop; any other window on it follows (windowOwner.ts).
import type { Mode, ModeContext } from '../../app/modes.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../messages.ts';
import { LiveConsole } from './liveConsole.ts';
import type { WorkshopPlan } from './plan.ts';
import { damagedWorkshop, resumeOffer } from './resumeView.ts';
import { setupView } from './setupView.ts';
import { parseWorkshop, WorkshopStore, type SavedWorkshop } from './store.ts';
import { WindowOwner } from './windowOwner.ts';
import { Workshop } from './workshop.ts';

export function workshopConsole(ctx: ModeContext): Mode {
  const store = new WorkshopStore(ctx.storage);
  let live: LiveConsole | null = null;
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

  const start = (plan: WorkshopPlan) =>
    void run(plan.scenarioId, (scenario) => Workshop.start(scenario, plan), {
      minutes: plan.timerMinutes,
      remainingMs: (plan.timerMinutes ?? 0) * 60_000,
    });

  function showSetup(problem?: string): void {
    generation += 1;
    owner.release();
    show(setupView(ctx.cards, start, ctx.home, problem));
  }

  const stored = store.read();
  if (stored.kind === 'saved') {
    const saved = stored.workshop;
    show(
      resumeOffer(
        saved,
        ctx.cards.find((c) => c.id === saved.scenarioId),
        {
          resume: () =>
            void run(
              saved.scenarioId,
              (scenario) => Workshop.restore(scenario, saved),
              saved.timer,
              stored.text,
            ),
          fresh: () => showSetup(),
        },
      ),
    );
  } else if (stored.kind === 'damaged') failed(stored.reason, stored.text);
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
