// The student's one question when the teacher assigns countries by seat: "your number?". The
// countries go round in turn (seatCountry), so the teacher needs no list and no server.
import type { ScenarioCard } from 'virtual:scenarios';
import { h, uid } from '../dom.ts';
import { t } from '../messages.ts';
import { MAX_SEAT, seatCountry, wholeNumber } from './classLink.ts';
import './classLink.css';

export function seatScreen(
  card: ScenarioCard,
  onSeat: (seat: number, countryId: string) => void,
): HTMLElement {
  const titleId = uid('seat-title');
  const inputId = uid('seat');
  const errorId = uid('seat-error');
  const input = h('input', {
    id: inputId,
    attrs: { type: 'text', inputmode: 'numeric', autocomplete: 'off', 'aria-describedby': errorId },
  });
  const error = h('p', { id: errorId, class: 'error', attrs: { role: 'alert' } });
  const submit = (event: Event) => {
    event.preventDefault();
    const seat = wholeNumber(input.value.trim(), 1, MAX_SEAT);
    const countryId =
      seat === null
        ? undefined
        : seatCountry(
            card.countries.map((c) => c.id),
            seat,
          );
    if (seat === null || !countryId) {
      error.textContent = t('lkSeatBad', { max: MAX_SEAT });
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    onSeat(seat, countryId);
  };
  return h(
    'section',
    { class: 'seat-screen', attrs: { 'aria-labelledby': titleId } },
    h('h1', { id: titleId, attrs: { tabindex: '-1' } }, t('lkSeatTitle', { title: card.title })),
    h('p', {}, t('lkSeatIntro')),
    h(
      'form',
      { on: { submit } },
      h(
        'div',
        { class: 'seat-field' },
        h('label', { attrs: { for: inputId } }, t('lkSeatLabel', { max: MAX_SEAT })),
        input,
      ),
      error,
      h('button', { class: 'primary', attrs: { type: 'submit' } }, t('lkSeatStart')),
    ),
  );
}
