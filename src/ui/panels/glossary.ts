// The in-game glossary: terms from the scenario's glossary (and their other forms) are marked in
// the texts a player reads, and explained on hover, tap and focus. Each mark is a button described
// by its definition, so keyboards reach it and screen readers read it; text only, never HTML.
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { h, uid } from '../dom.ts';

interface Entry {
  readonly definition: string;
  readonly term: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Marks each term once per glossary instance (per screen): the first time the player meets it. */
export class Glossary {
  private readonly forms = new Map<string, Entry>();
  private readonly pattern: RegExp | null;
  private readonly seen = new Set<string>();

  constructor(glossary: ScenarioData['glossary']) {
    for (const entry of glossary) {
      for (const form of [entry.term, ...(entry.also ?? [])]) {
        this.forms.set(form.toLowerCase(), { definition: entry.definition, term: entry.term });
      }
    }
    // Longest forms first, so "Export-Import Bank" wins over "Bank"; whole words only.
    const alternatives = [...this.forms.keys()].sort((a, b) => b.length - a.length).map(escape);
    this.pattern =
      alternatives.length > 0
        ? new RegExp(`(?<![\\w-])(${alternatives.join('|')})(?![\\w-])`, 'gi')
        : null;
  }

  /**
   * The text as nodes, with the first use of each term marked. Text behind a disclosure
   * (`folded`) marks its own first uses but leaves them unseen, so the term is marked again
   * where it shows by default.
   */
  mark(text: string, folded = false): (Node | string)[] {
    if (!this.pattern) return [text];
    const out: (Node | string)[] = [];
    const seen = folded ? new Set(this.seen) : this.seen;
    let last = 0;
    for (const match of text.matchAll(this.pattern)) {
      const found = match[0];
      const entry = this.forms.get(found.toLowerCase());
      // Acronyms match only in capitals: "cert" in a sentence is not CERT.
      const acronym = entry && entry.term === entry.term.toUpperCase();
      if (!entry || seen.has(entry.term) || (acronym && found !== found.toUpperCase())) continue;
      seen.add(entry.term);
      out.push(text.slice(last, match.index), termButton(found, entry));
      last = match.index + found.length;
    }
    out.push(text.slice(last));
    return out;
  }
}

function termButton(text: string, entry: Entry): HTMLElement {
  const tipId = uid('term');
  const button: HTMLButtonElement = h(
    'button',
    {
      class: 'term',
      attrs: { type: 'button', 'aria-describedby': tipId, 'aria-expanded': 'false' },
      on: {
        // A tap opens (and a second tap closes) the explanation; hover and focus show it too.
        click: () =>
          button.setAttribute(
            'aria-expanded',
            String(button.getAttribute('aria-expanded') !== 'true'),
          ),
        keydown: (event) => {
          // Escape hides the explanation without moving focus (WCAG 1.4.13).
          if (event.key !== 'Escape') return;
          button.setAttribute('aria-expanded', 'false');
          button.dataset.dismissed = 'true';
        },
        focus: () => delete button.dataset.dismissed,
        blur: () => button.setAttribute('aria-expanded', 'false'),
      },
    },
    text,
  );
  const tip = h(
    'span',
    { class: 'term-tip', id: tipId, attrs: { role: 'tooltip' } },
    h('strong', {}, `${entry.term}: `),
    entry.definition,
  );
  return h('span', { class: 'term-wrap' }, button, tip);
}
