// #/rooms: a workshop on everyone's device. A device joins with the room's code and says who it
// is (a team, the projector, an observer); the facilitator sets a room up (the one-screen
// workshop's own setup form) and runs it from the laptop holding the key.
import type { Mode, ModeContext } from '../../app/modes.ts';
import { RoomClient } from '../../rooms/roomClient.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../messages.ts';
import { DEFAULT_TIMER_MINUTES } from '../workshop/plan.ts';
import { setupView } from '../workshop/setupView.ts';
import { facilitatorView } from './facilitatorView.ts';
import { joinForm, seatPicker } from './joinViews.ts';
import { projectorView } from './projectorView.ts';
import { roomTimer } from './roomTimer.ts';
import { facilitatorKey, keepFacilitatorKey, saveSeat, savedSeat, type Seat } from './seatStore.ts';
import { teamView } from './teamView.ts';

export function roomsMode(ctx: ModeContext): Mode {
  const element = h('div', { class: 'rooms-mode' });
  const client = new RoomClient({
    scenario: ctx.loadScenario,
    timeoutMs: 8000,
    noAnswer: t('rmNoServer'),
  });
  let leaveView: (() => void) | null = null;

  const show = (...views: HTMLElement[]) => {
    leaveView?.();
    leaveView = null;
    replaceChildren(element, ...views);
    element.querySelector<HTMLElement>('h1')?.focus();
  };

  const live = (seat: Seat) => {
    saveSeat(seat);
    const timer = roomTimer(client, ctx.announcer, ctx.play);
    const view =
      seat.role === 'facilitator'
        ? facilitatorView(client, seat.code, timer, ctx.announcer, landing)
        : seat.role === 'team'
          ? teamView(client, seat.team ?? 0, timer, ctx.announcer)
          : projectorView(client, seat.code, timer, seat.role === 'observer');
    const leave = h(
      'button',
      {
        class: 'rm-leave',
        attrs: { type: 'button' },
        on: { click: () => (saveSeat(null), landing()) },
      },
      t('rmLeave'),
    );
    show(view.element, h('p', {}, leave));
    leaveView = () => {
      view.destroy();
      timer.destroy();
    };
  };

  /** Joins (or rejoins) a seat; a refusal goes back to the form with the server's reason. */
  const take = async (seat: Seat) => {
    const key = seat.role === 'facilitator' ? facilitatorKey(ctx.storage, seat.code) : undefined;
    const ack = await client.join({ ...seat, ...(key ? { key } : {}) });
    if (ack.ok) live(seat);
    else landing(ack.reason);
  };

  const lookUp = async (code: string) => {
    code = code.trim().toUpperCase();
    const ack = await client.join({ code, role: 'observer' });
    if (!ack.ok) return landing(ack.reason);
    show(
      seatPicker(
        code,
        ack.setup,
        (seat) => void take(seat),
        () => landing(),
      ),
    );
  };

  const setup = () =>
    show(
      setupView(
        ctx.cards,
        (plan) =>
          void client
            .create({
              scenarioId: plan.scenarioId,
              seed: plan.seed,
              teams: plan.teams,
              roundMinutes: plan.timerMinutes ?? DEFAULT_TIMER_MINUTES,
            })
            .then((ack) => {
              if (!ack.ok) return landing(ack.reason);
              keepFacilitatorKey(ctx.storage, ack.code, ack.key);
              return take({ code: ack.code, role: 'facilitator' });
            }),
        () => landing(),
      ),
    );

  function landing(problem?: string): void {
    saveSeat(null);
    show(
      joinForm(ctx.storage, problem, {
        join: (code) => void lookUp(code),
        facilitate: (code) => void take({ code, role: 'facilitator' }),
        setUp: setup,
        home: ctx.home,
      }),
    );
  }

  const seat = savedSeat();
  if (seat) void take(seat);
  else landing();
  return {
    element,
    destroy: () => {
      leaveView?.();
      client.close();
    },
  };
}
