// A major event's moment on the stage: its headline, one sentence and where it happens, shown
// over the map (never over the decision), announced to screen readers, closed by its button or
// Escape, and cleared by the player's next move so it never lingers into the next decision.
import type { GameSession } from '../../sim/session.ts';
import type { LogEntry } from '../../sim/state.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { newsShort } from './newsItem.ts';

export interface Moment {
  headline: string;
  short: string;
  place: string | null;
}

export class EventMoment {
  readonly element = h('div', { class: 'event-moment', attrs: { hidden: '' } });
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !this.element.hidden) this.clear();
  };

  constructor() {
    document.addEventListener('keydown', this.onKey);
  }

  show(moments: readonly Moment[]): void {
    if (moments.length === 0) return this.clear();
    this.element.replaceChildren(
      h(
        'section',
        { class: 'moment-card', attrs: { 'aria-label': t('majorNews') } },
        ...moments.flatMap((m) => [
          h(
            'p',
            { class: 'eyebrow' },
            m.place ? t('momentWhere', { place: m.place }) : t('majorNews'),
          ),
          h('h2', { class: 'moment-headline' }, m.headline),
          m.short ? h('p', {}, m.short) : null,
        ]),
        h(
          'button',
          { class: 'moment-close', attrs: { type: 'button' }, on: { click: () => this.clear() } },
          t('momentClose'),
        ),
      ),
    );
    this.element.hidden = false;
  }

  clear(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
  }

  destroy(): void {
    document.removeEventListener('keydown', this.onKey);
  }
}

/** The moments for these major entries, and the first place among them for the map to show. */
export function momentsOf(
  session: GameSession,
  entries: readonly LogEntry[],
): { moments: Moment[]; placeId: string | undefined } {
  const places = session.scenario.map?.places ?? [];
  const placeOf = (entry: LogEntry) =>
    entry.origin.event ? session.index.events.get(entry.origin.event)?.place : undefined;
  const moments = entries.map((entry) => {
    const { headline, short } = newsShort(session, entry);
    const place = places.find((p) => p.id === placeOf(entry))?.name ?? null;
    return { headline, short, place };
  });
  return { moments, placeId: entries.map(placeOf).find((p) => p) };
}
