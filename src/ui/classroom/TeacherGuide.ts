// The teacher's guide at #/teacher: pick a scenario, then everything needed to teach it in one
// lesson, on screen and on paper (print.css turns it into a clean handout).
import type { Mode, ModeContext } from '../../app/modes.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { h, replaceChildren, uid } from '../dom.ts';
import { t } from '../messages.ts';
import { diceSection } from './guideDice.ts';
import { classLinkSection } from './guideLink.ts';
import { lessonPlanSection } from './guideLesson.ts';
import {
  collectSection,
  glossarySection,
  objectivesSection,
  questionsSection,
  sourcesSection,
} from './guideSections.ts';
import { runSheetSection, useLinkSection } from './guideUse.ts';
import './print.css';

function guideFor(scenario: ScenarioData): HTMLElement {
  const titleId = uid('guide-title');
  return h(
    'article',
    { class: 'guide', attrs: { 'aria-labelledby': titleId } },
    h('h2', { id: titleId, attrs: { tabindex: '-1' } }, scenario.title),
    h(
      'p',
      { class: 'meta' },
      t('guideMeta', {
        region: scenario.region,
        years: t('years', { start: scenario.years.start, end: scenario.years.end }),
        minutes: scenario.minutes,
        rounds: scenario.rounds.length,
      }),
    ),
    h(
      'div',
      { class: 'actions screen-only' },
      h(
        'button',
        { class: 'primary', attrs: { type: 'button' }, on: { click: () => window.print() } },
        t('printGuide'),
      ),
    ),
    h(
      'section',
      { class: 'guide-section' },
      h('h3', {}, t('guideSummary')),
      h('p', {}, scenario.summary),
      h('p', {}, t('guideCountries', { names: scenario.countries.map((c) => c.name).join(', ') })),
    ),
    objectivesSection(scenario),
    lessonPlanSection(scenario),
    diceSection(),
    classLinkSection(scenario),
    useLinkSection(),
    runSheetSection(scenario),
    questionsSection(scenario),
    glossarySection(scenario),
    sourcesSection(scenario),
    collectSection(),
  );
}

export function teacherGuide(ctx: ModeContext): Mode {
  const body = h('div', { class: 'guide-body' });
  const pickId = uid('pick');
  let latest = 0;
  let alive = true;

  const buttons = ctx.cards.map((card) =>
    h(
      'button',
      {
        attrs: { type: 'button', 'aria-pressed': 'false', 'data-scenario': card.id },
        on: { click: () => void open(card.id, true) },
      },
      card.title,
    ),
  );

  async function open(id: string, moveFocus: boolean): Promise<void> {
    // A slow load must not replace a guide the teacher picked after it.
    const request = (latest += 1);
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.scenario === id));
    replaceChildren(body, h('p', {}, t('teacherLoading')));
    try {
      const scenario = await ctx.loadScenario(id);
      if (!alive || request !== latest) return;
      const guide = guideFor(scenario);
      replaceChildren(body, guide);
      ctx.announcer.say(t('teacherLoaded', { title: scenario.title }));
      if (moveFocus) guide.querySelector<HTMLElement>('h2')?.focus();
    } catch (error) {
      if (!alive || request !== latest) return;
      replaceChildren(
        body,
        h(
          'p',
          { class: 'error', attrs: { role: 'alert' } },
          t('teacherLoadFailed', { reason: (error as Error).message }),
        ),
      );
    }
  }

  const element = h(
    'section',
    { class: 'teacher-guide classroom', attrs: { 'aria-labelledby': 'teacher-title' } },
    h('h1', { id: 'teacher-title', attrs: { tabindex: '-1' } }, t('teacherTitle')),
    h('p', { class: 'tagline' }, t('teacherIntro')),
    h('p', { class: 'screen-only' }, h('a', { attrs: { href: '#/lab' } }, t('labLink'))),
    h(
      'nav',
      { class: 'scenario-picker screen-only', attrs: { 'aria-labelledby': pickId } },
      h('h2', { id: pickId }, t('teacherPick')),
      h('ul', { class: 'picker' }, ...buttons.map((b) => h('li', {}, b))),
      h(
        'button',
        { class: 'home', attrs: { type: 'button' }, on: { click: ctx.home } },
        t('backToTitle'),
      ),
    ),
    body,
  );

  // With one scenario there is nothing to choose: open its guide at once (focus stays put).
  const only = ctx.cards.length === 1 ? ctx.cards[0] : undefined;
  if (only) void open(only.id, false);

  return {
    element,
    destroy() {
      alive = false;
    },
  };
}
