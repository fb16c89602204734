// A student opens the class link: the game starts straight away with the teacher's settings (or
// asks for the seat number first, or the country when the student chooses). Where a game of the
// scenario is saved already (a reload, or another student at a shared computer), the student
// chooses: continue it or start new. A link with a mistake says what is wrong instead of starting.
import type { ScenarioCard } from 'virtual:scenarios';
import type { GameLength } from '../../sim/scenario/lessonCut.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { h, uid } from '../dom.ts';
import { t } from '../messages.ts';
import {
  decodeClassLink,
  encodeClassLink,
  type ClassLink,
  type LinkProblem,
  type LinkTarget,
} from './classLink.ts';
import { handInSaved, savedChoice, type SavedGame } from './savedChoice.ts';
import { seatScreen } from './seatScreen.ts';

export interface JoinContext {
  cards: readonly ScenarioCard[];
  loadScenario: (id: string) => Promise<ScenarioData>;
  storage: Storage | null;
  hasSave: (scenarioId: string) => boolean;
  show: (screen: HTMLElement) => void;
  say: (text: string) => void;
  start: (card: ScenarioCard, countryId: string, length: GameLength) => void;
  resume: (scenarioId: string) => void;
  /** The saved game of a scenario, restored; null when there is none or it cannot be read. */
  savedGame: (scenarioId: string) => Promise<SavedGame | null>;
  chooseCountry: (card: ScenarioCard, length: GameLength) => void;
  /** The game without the link (its title screen). */
  home: () => void;
}

/** Which link the saved game of a scenario was started from, so a reload resumes it. */
const startedKey = (scenarioId: string) => `dsr:class-link:${scenarioId}`;

function startedFrom(storage: Storage | null, scenarioId: string): string | null {
  try {
    return storage?.getItem(startedKey(scenarioId)) ?? null;
  } catch {
    return null;
  }
}

function markStarted(storage: Storage | null, scenarioId: string, link: string): void {
  try {
    storage?.setItem(startedKey(scenarioId), link);
  } catch {
    // Storage disabled: a reload asks again, which costs a click, not the game.
  }
}

function problemScreen(problems: LinkProblem[], home: () => void): HTMLElement {
  const titleId = uid('link-bad');
  return h(
    'section',
    { class: 'link-problems', attrs: { 'aria-labelledby': titleId } },
    h('h1', { id: titleId, attrs: { tabindex: '-1' } }, t('lkBadTitle')),
    h('p', {}, t('lkBadIntro')),
    h('ul', {}, ...problems.map((p) => h('li', {}, p.message))),
    h(
      'button',
      { class: 'primary', attrs: { type: 'button' }, on: { click: home } },
      t('lkBadHome'),
    ),
  );
}

function targetsFor(cards: readonly ScenarioCard[], loaded: ScenarioData | null): LinkTarget[] {
  return cards.map((card) => ({
    id: card.id,
    countries: card.countries.map((c) => c.id),
    questionCount: card.id === loaded?.id ? loaded.questions.length : 0,
    lesson: card.lessonMinutes !== null,
  }));
}

function begin(ctx: JoinContext, card: ScenarioCard, link: ClassLink): void {
  const countries = card.countries.map((c) => c.id);
  if (link.assign.kind === 'same') return ctx.start(card, link.assign.country, link.length);
  if (countries.length === 1) return ctx.start(card, countries[0] as string, link.length);
  if (link.assign.kind === 'choice') return ctx.chooseCountry(card, link.length);
  ctx.show(
    seatScreen(card, (seat, countryId) => {
      const name = card.countries.find((c) => c.id === countryId)?.name ?? countryId;
      ctx.say(t('lkSeatCountry', { seat, country: name }));
      ctx.start(card, countryId, link.length);
    }),
  );
}

export async function joinClass(ctx: JoinContext, search: string): Promise<void> {
  ctx.show(h('section', {}, h('h1', { attrs: { tabindex: '-1' } }, t('lkLoading'))));
  const card = ctx.cards.find((c) => c.id === new URLSearchParams(search).get('scenario'));
  // The scenario itself says how many questions it has; the cards do not carry them.
  let scenario: ScenarioData | null = null;
  try {
    scenario = card ? await ctx.loadScenario(card.id) : null;
  } catch (error) {
    const reason = t('teacherLoadFailed', { reason: (error as Error).message });
    ctx.show(problemScreen([{ param: 'scenario', message: reason }], ctx.home));
    return;
  }
  const decoded = decodeClassLink(search, targetsFor(ctx.cards, scenario));
  if (!decoded.ok || !card) {
    ctx.show(problemScreen(decoded.ok ? [] : decoded.problems, ctx.home));
    return;
  }
  const link = encodeClassLink(decoded.link);
  const startNew = () => {
    markStarted(ctx.storage, card.id, link);
    begin(ctx, card, decoded.link);
  };
  if (!ctx.hasSave(card.id)) return startNew();
  const saved = await ctx.savedGame(card.id);
  // A save that cannot be read goes to the damaged-save screen, which asks what to do with it.
  if (!saved) return ctx.resume(card.id);
  const previous = startedFrom(ctx.storage, card.id);
  // The mark is per scenario; dice that differ from the link's show the game was started otherwise.
  const { seed } = decoded.link;
  const fromLink = previous === link && (seed === null || saved.state.seed === seed);
  const choice = savedChoice(saved, fromLink, {
    continueGame: () => ctx.resume(card.id),
    startNew: () => {
      ctx.say(t('lkSavedHandedIn', { file: handInSaved(saved, previous ?? '') }));
      startNew();
    },
  });
  ctx.show(choice.element);
  choice.first.focus();
}
