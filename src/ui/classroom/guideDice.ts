// The guide's note on giving a class the same dice: the game's own address with ?seed=N.
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { section } from './guideSections.ts';

/** An example seed; any whole number works, and the same number always gives the same dice. */
const EXAMPLE_SEED = 42;

export function diceSection(): HTMLElement {
  // An absolute address, so that the printed page shows the link to write on the board.
  const link = new URL(window.location.href);
  link.hash = '';
  link.search = `?seed=${EXAMPLE_SEED}`;
  return section(
    t('clDiceTitle'),
    false,
    h('p', {}, t('clDice1')),
    h('p', {}, h('a', { class: 'seed-link', attrs: { href: link.href } }, link.href)),
    h('p', {}, t('clDice2')),
  );
}
