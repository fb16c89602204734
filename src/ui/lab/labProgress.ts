// The lab's progress: a bar with its count in words, spoken politely at each quarter (not at every
// update, which would flood a screen reader), and the run's speed when it ends.
import type { Announcer } from '../announcer.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import type { LabOutcome } from './labRun.ts';

export function labProgress(announcer: Announcer) {
  const bar = h('progress', { attrs: { max: '1', value: '0', 'aria-label': t('labProgress') } });
  const text = h('span', { class: 'lab-count' });
  const summary = h('p', { class: 'lab-speed' });
  const element = h('div', { class: 'lab-progress' }, bar, text, summary);
  let quarter = 0;
  element.hidden = true;
  return {
    element,
    start(total: number) {
      element.hidden = false;
      quarter = 0;
      bar.max = total;
      bar.value = 0;
      text.textContent = `0 / ${total}`;
      summary.textContent = '';
    },
    update(done: number, total: number) {
      bar.value = done;
      text.textContent = `${done.toLocaleString('en')} / ${total.toLocaleString('en')}`;
      const reached = Math.floor((4 * done) / total);
      if (reached > quarter && reached < 4) {
        quarter = reached;
        announcer.say(t('labProgressSay', { pct: reached * 25 }));
      }
    },
    finish(outcome: LabOutcome) {
      const games = outcome.request.runs * outcome.strategies.length;
      const seconds = outcome.wallMs / 1000;
      const workers = Math.min(outcome.request.workers, games);
      const line = t('labDone', {
        games: games.toLocaleString('en'),
        seconds: seconds.toFixed(1),
        workers,
        rate: Math.round(games / seconds).toLocaleString('en'),
        perWorker: Math.round((games * 1000) / outcome.playMs).toLocaleString('en'),
      });
      summary.textContent = line;
      announcer.say(line);
    },
    stop(message: string) {
      summary.textContent = message;
      announcer.say(message);
    },
  };
}
