// The round's timer, the same on every screen: the deadline comes from the room's log (the server
// stamps when the round opened), the time left from the server's clock. Time-up is shown in
// words, announced and sounded once; it never chooses for anyone.
import type { Cue } from '../../audio/cues.ts';
import type { RoomClient } from '../../rooms/roomClient.ts';
import type { Announcer } from '../announcer.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { formatRemaining } from '../workshop/timer.ts';

export interface RoomTimer {
  readonly element: HTMLElement;
  destroy(): void;
}

export function roomTimer(
  client: RoomClient,
  announcer: Announcer,
  play: (cue: Cue) => void,
): RoomTimer {
  const element = h('p', { class: 'rm-timer', attrs: { role: 'timer' } });
  let sounded: number | null = null;
  const tick = () => {
    const room = client.room;
    const deadline = room?.phase === 'open' ? room.deadline : null;
    element.hidden = deadline === null;
    if (deadline === null) return;
    const left = deadline - client.now();
    element.classList.toggle('time-up', left <= 0);
    element.textContent =
      left > 0 ? t('rmTimeLeft', { time: formatRemaining(left) }) : t('rmTimeUp');
    if (left <= 0 && sounded !== deadline) {
      sounded = deadline;
      announcer.say(t('rmTimeUp'));
      play('alert');
    }
  };
  tick();
  const interval = window.setInterval(tick, 500);
  const unsubscribe = client.subscribe(tick);
  return {
    element,
    destroy: () => {
      window.clearInterval(interval);
      unsubscribe();
    },
  };
}
