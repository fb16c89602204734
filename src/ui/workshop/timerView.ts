// The round timer on screen: the time left, start or pause, reset, a minute more or less, off or
// on. "One minute left" and "Time is up" are announced and shown in words; nobody's choice is made.
import type { Announcer } from '../announcer.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../messages.ts';
import { DEFAULT_TIMER_MINUTES } from './plan.ts';
import { formatRemaining, type RoundTimer } from './timer.ts';

const TICK_MS = 250;
/** While it runs, the time left is saved this often, so a crash loses at most a few seconds. */
const SAVE_EVERY_MS = 5_000;

export interface TimerView {
  readonly element: HTMLElement;
  /** A new round: full time again, stopped until the facilitator starts it. */
  newRound(): void;
  destroy(): void;
}

export function timerView(
  timer: RoundTimer,
  announcer: Announcer,
  onChange: () => void,
): TimerView {
  const time = h('span', { class: 'ws-time' });
  const state = h('span', { class: 'ws-timer-state' });
  const display = h('p', { class: 'ws-timer-display', attrs: { role: 'timer' } }, time, ' ', state);
  const controls = h('div', { class: 'ws-timer-controls' });
  const element = h(
    'section',
    { class: 'ws-timer', attrs: { 'aria-label': t('wsTimer') } },
    display,
    controls,
  );
  let lastSaved = performance.now();

  const button = (label: string, action: () => void) =>
    h(
      'button',
      {
        attrs: { type: 'button' },
        on: {
          click: () => {
            action();
            onChange();
            render(true);
          },
        },
      },
      label,
    );

  function render(rebuild: boolean): void {
    time.textContent = timer.enabled ? formatRemaining(timer.remainingMs()) : t('wsTimerOff');
    state.textContent = !timer.enabled
      ? ''
      : timer.timeIsUp
        ? t('wsTimeUp')
        : timer.running
          ? t('wsTimerRunning')
          : t('wsTimerPaused');
    element.classList.toggle('time-up', timer.timeIsUp);
    if (!rebuild) return;
    // Rebuilding the buttons would drop keyboard focus; keep it on the control just used.
    const focused = controls.contains(document.activeElement)
      ? [...controls.children].indexOf(document.activeElement as Element)
      : -1;
    replaceChildren(
      controls,
      ...(timer.enabled
        ? [
            timer.running
              ? button(t('wsTimerPause'), () => timer.pause())
              : button(t('wsTimerStart'), () => timer.start()),
            button(t('wsTimerReset'), () => timer.reset()),
            button(t('wsTimerLess'), () => timer.adjust(-1)),
            button(t('wsTimerMore'), () => timer.adjust(1)),
            button(t('wsTimerTurnOff'), () => timer.setMinutes(null)),
          ]
        : [button(t('wsTimerTurnOn'), () => timer.setMinutes(DEFAULT_TIMER_MINUTES))]),
    );
    if (focused >= 0)
      (controls.children[Math.min(focused, controls.children.length - 1)] as HTMLElement).focus();
  }

  const interval = window.setInterval(() => {
    const wasRunning = timer.running;
    for (const signal of timer.poll()) {
      announcer.say(signal === 'timeUp' ? t('wsTimeUpAnnounce') : t('wsOneMinuteLeft'));
    }
    render(wasRunning !== timer.running);
    if (timer.running && performance.now() - lastSaved >= SAVE_EVERY_MS) {
      lastSaved = performance.now();
      onChange();
    } else if (wasRunning !== timer.running) onChange();
  }, TICK_MS);

  render(true);
  return {
    element,
    newRound() {
      timer.reset();
      render(true);
    },
    destroy() {
      window.clearInterval(interval);
    },
  };
}
