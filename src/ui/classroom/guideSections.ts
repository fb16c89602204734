// The parts of the teacher's guide drawn straight from a scenario file: objectives, questions with
// their notes, the glossary, the sources, and how to collect the students' reports.
import type { CitationData } from '../../sim/scenario/primitives.schema.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { documentTitle } from '../panels/sources.ts';

/** A guide section; `breakBefore` starts it on a new sheet when printed. */
export function section(
  heading: string,
  breakBefore: boolean,
  ...body: (Node | null)[]
): HTMLElement {
  return h(
    'section',
    { class: breakBefore ? 'guide-section page-break' : 'guide-section' },
    h('h3', {}, heading),
    ...body,
  );
}

export function objectivesSection(scenario: ScenarioData): HTMLElement {
  return section(
    t('objectives'),
    false,
    h('ol', {}, ...scenario.objectives.map((o) => h('li', {}, o))),
  );
}

export function questionsSection(scenario: ScenarioData): HTMLElement {
  if (scenario.questions.length === 0)
    return section(t('guideQuestions'), true, h('p', {}, t('noQuestions')));
  return section(
    t('guideQuestions'),
    true,
    h(
      'ol',
      { class: 'guide-questions' },
      ...scenario.questions.map((q) =>
        h(
          'li',
          {},
          h('p', { class: 'question' }, q.text),
          q.notes
            ? h(
                'div',
                { class: 'teacher-note' },
                h('h4', {}, t('teacherNotes')),
                h('p', {}, q.notes),
              )
            : null,
        ),
      ),
    ),
  );
}

/** Where a glossary entry comes from; links are kept so that print can show their addresses. */
function citation(scenario: ScenarioData, cite: CitationData): HTMLElement {
  if (cite.url)
    return h(
      'span',
      {},
      `${t('glossarySource')} `,
      h('a', { attrs: { href: cite.url } }, cite.title ?? cite.url),
    );
  // Named by author and title, as a reader would cite it: the seed's file name means nothing on paper.
  const doc = scenario.documents.find((d) => d.file === cite.seed);
  return h(
    'span',
    {},
    doc ? t('clQuoteFrom', { author: doc.author, title: documentTitle(doc.title) }) : '',
  );
}

export function glossarySection(scenario: ScenarioData): HTMLElement | null {
  if (scenario.glossary.length === 0) return null;
  return section(
    t('glossary'),
    true,
    h(
      'dl',
      { class: 'glossary' },
      // Each term with its definition in one block, so print never splits them (print.css).
      ...scenario.glossary.map((g) =>
        h(
          'div',
          { class: 'glossary-entry' },
          h('dt', {}, g.term),
          h(
            'dd',
            {},
            h('p', {}, g.definition),
            ...(g.cite ?? []).map((c) => h('p', { class: 'source-name' }, citation(scenario, c))),
          ),
        ),
      ),
    ),
  );
}

export function sourcesSection(scenario: ScenarioData): HTMLElement {
  // Not on a sheet of its own: a short list after the glossary, rather than a near-empty page.
  return section(
    t('sourcesTitle'),
    false,
    h('p', {}, t('sourcesIntro', { why: t('why') })),
    h(
      'ul',
      { class: 'guide-sources' },
      ...scenario.documents.map((d) =>
        h(
          'li',
          {},
          h('cite', {}, documentTitle(d.title)),
          h('span', { class: 'source-meta' }, t('sourceMeta', { author: d.author, date: d.date })),
          d.note ? h('p', { class: 'source-note' }, d.note) : null,
        ),
      ),
    ),
  );
}

export function collectSection(): HTMLElement {
  // An absolute address, so that the printed page tells the teacher where to go.
  const classView = new URL('#/class', window.location.href).href;
  const names = {
    handIn: t('clHandIn'),
    report: t('reportTitle'),
    download: t('downloadReport'),
  };
  return section(
    t('collectTitle'),
    false,
    h(
      'ol',
      {},
      h('li', {}, t('clCollect1', names)),
      h('li', {}, t('collect2')),
      h('li', {}, t('collect3'), ' ', h('a', { attrs: { href: classView } }, t('openClassView'))),
      h('li', {}, t('collect4')),
    ),
  );
}
