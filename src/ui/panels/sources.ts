// The "Why?" disclosure: the quoted passages and documents behind a decision, option or event,
// or a plain statement that the item is illustrative. Documents are named by author, year and
// title ("Dakota Cary, c. 2023"), never by their file names.
import type { CitationData } from '../../sim/scenario/primitives.schema.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';

/** The document's year, with "c." when its date is uncertain ("undated ... published 2019"). */
export function documentYear(date: string): string {
  const years = date.match(/\b(1[89]|20)\d{2}\b/g);
  if (!years) return date;
  const year = years[years.length - 1] as string;
  return /undated|circa|\bc\.|about|around/i.test(date) ? t('circaYear', { year }) : year;
}

/**
 * A document's title as a student reads it: the scenario's note that the title is not in the text
 * it quotes ("(title not in the file)") says so in plain words instead.
 */
export function documentTitle(title: string): string {
  return title.replace(/\s*\(title not in the file\)\s*$/i, ` ${t('titleNotInCopy')}`);
}

export function sourceName(scenario: ScenarioData, cite: CitationData): string {
  if (!cite.seed) return `${cite.title ?? ''} ${cite.url ?? ''}`.trim();
  const doc = scenario.documents.find((d) => d.file === cite.seed);
  if (!doc) return t('unnamedSource');
  return t('sourceBy', {
    author: doc.author,
    year: documentYear(doc.date),
    title: documentTitle(doc.title),
  });
}

export function sourcesDisclosure(
  scenario: ScenarioData,
  item: { cite?: CitationData[]; illustrative?: boolean },
): HTMLElement | null {
  const cites = item.cite ?? [];
  if (cites.length === 0 && !item.illustrative) return null;
  return h(
    'details',
    { class: 'sources' },
    h('summary', {}, t('why')),
    item.illustrative ? h('p', { class: 'illustrative' }, t('illustrative')) : null,
    cites.length > 0
      ? h(
          'ul',
          {},
          ...cites.map((c) =>
            h(
              'li',
              {},
              c.quote ? h('blockquote', {}, `“${c.quote}”`) : null,
              h('p', { class: 'source-name' }, sourceName(scenario, c)),
            ),
          ),
        )
      : null,
  );
}
