// The compact indicator HUD that stays in view while the player decides: one chip per visible
// indicator with a short name, its value and this round's change (arrow, word, and whether it is
// better or worse for the country). The full name and meaning are its accessible description.
import {
  INDICATOR_IDS,
  INDICATORS,
  type IndicatorId,
  type Indicators,
} from '../../sim/indicators.ts';
import { h, uid } from '../dom.ts';
import { t, type MessageKey } from '../messages.ts';
import { changeText, toneOf } from './changeTone.ts';
import { formatValue } from './IndicatorPanel.ts';
import { plural } from './plural.ts';

const SHORT: Record<IndicatorId, MessageKey> = {
  connectivity: 'hudConnectivity',
  publicDebt: 'hudPublicDebt',
  chinaDebtShare: 'hudChinaDebtShare',
  budget: 'hudBudget',
  dataExposure: 'hudDataExposure',
  certMaturity: 'hudCertMaturity',
  civilLiberties: 'hudCivilLiberties',
  regimeStability: 'hudRegimeStability',
  publicTrust: 'hudPublicTrust',
  alignChina: 'hudAlignChina',
  alignRussia: 'hudAlignRussia',
  alignWest: 'hudAlignWest',
  prcVisibility: 'hudPrcVisibility',
  westVisibility: 'hudWestVisibility',
};

export function indicatorStrip(now: Indicators, roundStart: Indicators): HTMLElement {
  const chips = INDICATOR_IDS.filter((id) => !INDICATORS[id].hidden).map((id) => {
    const meaningId = uid('meaning');
    const delta = now[id] - roundStart[id];
    const tone = toneOf(id, delta);
    return h(
      'li',
      { class: `hud-chip ${tone}`, attrs: { 'data-indicator': id } },
      h(
        'span',
        {
          class: 'indicator-name',
          attrs: { tabindex: '0', 'aria-describedby': meaningId, title: INDICATORS[id].label },
        },
        h('span', { attrs: { 'aria-hidden': 'true' } }, t(SHORT[id])),
        h('span', { class: 'visually-hidden' }, INDICATORS[id].label),
      ),
      h(
        'span',
        { class: 'meaning', id: meaningId, attrs: { role: 'tooltip' } },
        `${INDICATORS[id].label}: ${INDICATORS[id].meaning}`,
      ),
      h('span', { class: 'value' }, formatValue(id, now[id])),
      h('span', { class: `change ${tone}` }, changeText(id, delta)),
    );
  });
  const list = h('ul', { class: 'hud-strip' }, ...chips);
  // Where the strip is one row that scrolls sideways (phones, tablets, small laptops), a cue at
  // each end says in words how many indicators lie beyond it; a click or tap scrolls to them.
  // Keyboard users reach every chip by Tab (the strip follows focus) and screen readers read the
  // whole list, so the cues are for the eye only.
  const cue = (side: 'before' | 'after') => {
    const element = h('span', {
      class: `hud-more hud-more-${side}`,
      attrs: { 'aria-hidden': 'true', hidden: '' },
    });
    element.addEventListener('click', () => {
      const step = Math.max(list.clientWidth * 0.8, 80) * (side === 'after' ? 1 : -1);
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      list.scrollBy({ left: step, behavior: smooth ? 'smooth' : 'auto' });
    });
    return element;
  };
  const scroller = h('div', { class: 'hud-scroller' }, cue('before'), list, cue('after'));
  list.addEventListener('scroll', () => updateStripCues(scroller), { passive: true });
  // A focused chip comes wholly into view, not only its name.
  list.addEventListener('focusin', (event) => {
    const chip = (event.target as Element).closest('.hud-chip');
    chip?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
  return scroller;
}

/** Shows each end's cue with the number of chips wholly or partly beyond that end, or hides it. */
export function updateStripCues(root: ParentNode & Element): void {
  const scroller = root.matches('.hud-scroller') ? root : root.querySelector('.hud-scroller');
  const list = scroller?.querySelector<HTMLElement>('.hud-strip');
  const ends = (['before', 'after'] as const).map((side) => ({
    side,
    element: scroller?.querySelector<HTMLElement>(`.hud-more-${side}`),
  }));
  if (!list) return;
  // A cue shown or hidden changes the strip's width, so count again once after a change.
  for (let pass = 0; pass < 2; pass++) {
    const box = list.getBoundingClientRect();
    const count = { before: 0, after: 0 };
    for (const chip of list.children) {
      const b = chip.getBoundingClientRect();
      if (b.left < box.left - 1) count.before++;
      else if (b.right > box.right + 1) count.after++;
    }
    let changed = false;
    for (const { side, element } of ends) {
      if (!element) continue;
      const n = count[side];
      if (element.hidden !== (n === 0)) changed = true;
      element.hidden = n === 0;
      const forms =
        side === 'after'
          ? ({ one: 'hudMoreAfterOne', other: 'hudMoreAfterMany' } as const)
          : ({ one: 'hudMoreBeforeOne', other: 'hudMoreBeforeMany' } as const);
      const text = n === 0 ? '' : plural(n, forms);
      if (element.textContent !== text) element.textContent = text;
    }
    if (!changed) return;
  }
}
