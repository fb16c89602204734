// Two guide sections in words: how a class uses the link (and how seat numbers give countries), and
// a workshop facilitator's run sheet whose minutes add up to the total it states.
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { DEFAULT_TIMER_MINUTES } from '../workshop/plan.ts';
import { section } from './guideSections.ts';
import { runSheet, type RunStep } from './runSheet.ts';

export function useLinkSection(): HTMLElement {
  return section(
    t('lkUseTitle'),
    false,
    ...(['lkUse1', 'lkUse2', 'lkUse3', 'lkUse4'] as const).map((key) => h('p', {}, t(key))),
  );
}

function stepName(step: RunStep): string {
  if (step.kind === 'round') return t('lkRunRound', { label: step.detail });
  if (step.kind === 'injects') return t('lkRunInjects', { n: step.detail });
  return t(step.kind === 'setup' ? 'lkRunSetup' : 'lkRunHotWash');
}

export function runSheetSection(scenario: ScenarioData): HTMLElement {
  const injects = scenario.events.filter((e) => e.inject).length;
  const { steps, total } = runSheet(
    scenario.rounds.map((r) => r.label),
    injects,
  );
  const sheet = section(
    t('lkRunTitle'),
    // Runs on after the class link rather than from a new sheet, kept whole (classLink.css): a
    // page break would leave a near-empty page before it, a split would strand its total.
    false,
    h('p', {}, t('lkRunIntro', { rounds: scenario.rounds.length, minutes: DEFAULT_TIMER_MINUTES })),
    h(
      'table',
      { class: 'run-sheet' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'col' } }, t('lkRunStep')),
          h('th', { attrs: { scope: 'col' } }, t('lkRunMinutes')),
          h('th', { attrs: { scope: 'col' } }, t('lkRunClock')),
        ),
      ),
      h(
        'tbody',
        {},
        ...steps.map((step) =>
          h(
            'tr',
            { attrs: { 'data-minutes': String(step.minutes) } },
            h('th', { attrs: { scope: 'row' } }, stepName(step)),
            h('td', {}, String(step.minutes)),
            h('td', {}, `${step.from}-${step.to}`),
          ),
        ),
      ),
    ),
    h('p', { class: 'run-total' }, t('lkRunTotal', { minutes: total })),
    h('p', {}, t('lkRunNote')),
  );
  sheet.classList.add('run-sheet-section');
  return sheet;
}
