// The teacher's lesson plan for one scenario: brief, play, debrief and discussion with their
// minutes, and what to say and do in each. Generic advice from the catalog, filled in with the
// scenario's own data. A scenario with a lesson cut is planned with the cut's measured minutes.
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { LESSON_MINUTES, lessonTiming } from './lessonPlan.ts';

interface Part {
  name: string;
  minutes: number;
  say: string[];
  act: string[];
}

const list = (items: string[]) =>
  new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(items);

function parts(scenario: ScenarioData): Part[] {
  const lesson = scenario.lesson;
  const playMinutes = lesson?.minutes ?? scenario.minutes;
  const timing = lessonTiming(playMinutes);
  const rounds = scenario.rounds.map((r) => r.label);
  const terms = scenario.glossary.slice(0, 4).map((g) => g.term);
  const why = t('why');
  return [
    {
      name: t('lessonBrief'),
      minutes: timing.brief,
      say: [
        t(scenario.countries.length > 1 ? 'briefSay1Many' : 'briefSay1', {
          countries: list(scenario.countries.map((c) => c.name)),
          start: scenario.years.start,
          end: scenario.years.end,
        }),
        t('briefSay2', { why }),
      ],
      act: [t('briefDo1'), ...(terms.length > 0 ? [t('briefDo2', { terms: list(terms) })] : [])],
    },
    {
      name: t('lessonPlay'),
      minutes: timing.play,
      say: [t('playSay1')],
      act: [
        t('playDo1', {
          rounds: rounds.length,
          first: rounds[0] ?? '',
          last: rounds[rounds.length - 1] ?? '',
        }),
        ...(lesson
          ? [
              t('playLessonCut', {
                length: t('lengthLesson', { n: lesson.minutes }),
                full: scenario.minutes,
              }),
              lesson.about,
            ]
          : []),
        t('playDo2'),
        ...(timing.shortened ? [t('playShortened', { minutes: playMinutes })] : []),
      ],
    },
    {
      name: t('lessonDebrief'),
      minutes: timing.debrief,
      say: scenario.history.length > 0 ? [t('debriefSay2', { history: t('history') })] : [],
      act: [
        t('debriefDo1', {
          report: t('reportTitle'),
          download: t('downloadReport'),
          print: t('printReport'),
        }),
      ],
    },
    {
      name: t('lessonDiscussion'),
      minutes: timing.discussion,
      say: scenario.questions.length > 0 ? [t('debriefSay1')] : [],
      act: [t('debriefDo2')],
    },
  ];
}

function sayAndDo(heading: string, items: string[]): HTMLElement | null {
  if (items.length === 0) return null;
  return h(
    'div',
    { class: 'lesson-column' },
    h('h5', {}, heading),
    h('ul', {}, ...items.map((text) => h('li', {}, text))),
  );
}

export function lessonPlanSection(scenario: ScenarioData): HTMLElement {
  let clock = 0;
  return h(
    'section',
    { class: 'guide-section lesson-plan' },
    h('h3', {}, t('lessonPlan', { n: LESSON_MINUTES })),
    h(
      'ol',
      { class: 'lesson-parts' },
      ...parts(scenario).map((part) => {
        const from = clock;
        clock += part.minutes;
        return h(
          'li',
          { class: 'lesson-part' },
          h('h4', {}, t('lessonPart', { part: part.name, n: part.minutes, from, to: clock })),
          h(
            'div',
            { class: 'lesson-columns' },
            sayAndDo(t('lessonSay'), part.say),
            sayAndDo(t('lessonDo'), part.act),
          ),
        );
      }),
    ),
  );
}
