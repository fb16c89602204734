// The "Why?" disclosure: the quoted passages and documents behind a decision, option or event,
// or a plain statement that the item is illustrative.
import type { CitationData } from '../../sim/scenario/primitives.schema.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';

export function sourcesDisclosure(
  scenario: ScenarioData,
  item: { cite?: CitationData[]; illustrative?: boolean },
): HTMLElement | null {
  const cites = item.cite ?? [];
  if (cites.length === 0 && !item.illustrative) return null;
  const titleOf = (file: string) => scenario.documents.find((d) => d.file === file)?.title ?? file;
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
              h(
                'p',
                { class: 'source-name' },
                c.seed
                  ? t('quoteFrom', { title: titleOf(c.seed), file: c.seed })
                  : `${c.title ?? ''} ${c.url ?? ''}`.trim(),
              ),
            ),
          ),
        )
      : null,
  );
}
