// The application shell: which screen is showing; starting, saving, resuming and replaying games.
import { scenarioCards, scenarioLoaders, type ScenarioCard } from 'virtual:scenarios';
import { playedAt, type GameLength } from '../sim/scenario/lessonCut.ts';
import type { ScenarioData } from '../sim/scenario/scenario.schema.ts';
import type { GameSession, RestoredFrom } from '../sim/session.ts';
import type { GameState } from '../sim/state.ts';
import { Announcer } from '../ui/announcer.ts';
import { replaceChildren } from '../ui/dom.ts';
import { t } from '../ui/messages.ts';
import type { GameScreen } from '../ui/screens/GameScreen.ts';
import { damagedSaveScreen } from '../ui/screens/DamagedSaveScreen.ts';
import { countryScreen, titleScreen } from '../ui/screens/TitleScreen.ts';
import { SOUND_URLS } from '../audio/assets.ts';
import { ambientForRegion } from '../audio/cues.ts';
import { createSoundBoard } from '../audio/SoundBoard.ts';
import { browserStorage } from '../audio/soundSettings.ts';
import { soundControls } from '../ui/panels/SoundControls.ts';
import { MODES, isClassLink, joinClass, modeFromHash, type Mode, type ModeName } from './modes.ts';
import { SaveKeeper } from './saveKeeper.ts';
import { SaveStore } from './saveStore.ts';
import { clearNotice, showNotice } from './notice.ts';
import { downloadText } from '../ui/files/download.ts';
import { whenIdle } from '../ui/whenIdle.ts';

async function loadScenario(id: string): Promise<ScenarioData> {
  const load = scenarioLoaders[id];
  if (!load) throw new Error(`no scenario "${id}"`);
  return load();
}

/** The simulation and the game screen load after the first screen, which must not wait for them. */
const loadGameModules = () =>
  Promise.all([
    import('../sim/session.ts'),
    import('../sim/replay.ts'),
    import('../ui/screens/GameScreen.ts'),
  ]);

/** The length a saved game was started at, as its save records it (none: the full game). */
function savedLength(saveText: string): GameLength {
  try {
    return (JSON.parse(saveText) as { length?: unknown }).length === 'lesson' ? 'lesson' : 'full';
  } catch {
    return 'full'; // restoring explains what is wrong with the save
  }
}

export class App {
  private readonly announcer = new Announcer();
  private readonly saves: SaveKeeper;
  private readonly screen = document.createElement('div');
  private game: GameScreen | null = null;
  private mode: Mode | null = null;
  private readonly sound = createSoundBoard({ storage: browserStorage(), urls: SOUND_URLS });

  constructor(
    root: HTMLElement,
    private readonly seed: () => number,
    private readonly store: SaveStore,
    private readonly storage: Storage | null,
    /** The length the address asks for (`?length=`): the title screen starts with it chosen. */
    private readonly lengthAsked: GameLength | null = null,
  ) {
    this.saves = new SaveKeeper(store);
    replaceChildren(root, soundControls(this.sound).element, this.screen, this.announcer.element);
    // Browsers start audio only after a gesture: the first click or key press unlocks it.
    const unlock = () => this.sound.unlock();
    document.addEventListener('pointerdown', unlock, { capture: true });
    document.addEventListener('keydown', unlock, { capture: true });
    root.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('button'))
        this.sound.play('click');
    });
  }

  /** Opens the mode in the address (#/teacher, #/class, #/workshop), else the game in progress. */
  async open(): Promise<void> {
    window.addEventListener('hashchange', () => void this.route());
    await this.route();
  }

  private async route(): Promise<void> {
    const mode = modeFromHash(window.location.hash);
    if (mode) return this.openMode(mode);
    if (isClassLink(window.location.search)) return this.joinClass();
    const current = this.store.current();
    if (current && scenarioLoaders[current]) await this.resume(current);
    else this.showTitle();
  }

  private async openMode(name: ModeName): Promise<void> {
    const create = await MODES[name]();
    const mode = create({
      cards: scenarioCards,
      loadScenario,
      announcer: this.announcer,
      storage: this.storage,
      play: (cue) => this.sound.play(cue),
      home: () => {
        window.location.hash = '';
      },
    });
    this.mode = mode;
    this.show(mode.element);
  }

  private async joinClass(): Promise<void> {
    const join = await joinClass();
    await join(
      {
        cards: scenarioCards,
        loadScenario,
        storage: this.storage,
        hasSave: (id) => this.store.has(id),
        show: (screen) => this.show(screen),
        say: (text) => this.announcer.say(text),
        start: (card, country, length) => void this.start(card, country, length),
        resume: (id) => void this.resume(id),
        savedGame: (id) => this.savedGame(id),
        chooseCountry: (card, length) => this.pickCountry(card, length),
        // The game without the link: its own address, nothing after it.
        home: () => window.location.assign(window.location.pathname),
      },
      window.location.search,
    );
  }

  showTitle(): void {
    this.sound.setAmbient(null);
    this.show(
      titleScreen(scenarioCards, {
        saves: this.store,
        length: this.lengthAsked ?? 'full',
        onNew: (card, length) => this.pickCountry(card, length),
        onContinue: (card) => void this.resume(card.id),
      }),
    );
    // While the player reads the title screen, the game's code gets ready, so the click on Play
    // starts the game without waiting for it (a slow laptop felt it).
    whenIdle(() => {
      loadGameModules().catch(() => undefined); // starting the game reports a failed download
    });
  }

  private pickCountry(card: ScenarioCard, length: GameLength): void {
    if (card.countries.length === 1) {
      void this.start(card, card.countries[0]?.id as string, length);
      return;
    }
    this.show(
      countryScreen(
        card,
        length,
        (country) => void this.start(card, country, length),
        () => this.showTitle(),
      ),
    );
  }

  private async start(card: ScenarioCard, countryId: string, length: GameLength): Promise<void> {
    const [full, [{ GameSession }]] = await Promise.all([
      scenarioLoaders[card.id]?.(),
      loadGameModules(),
    ]);
    if (!full) return;
    const scenario = playedAt(full, length);
    void this.play(scenario, GameSession.start(scenario, { seed: this.seed(), countryId }));
  }

  /** A scenario's save and how to restore it, on the length it was started at; null if none. */
  private async loadSave(scenarioId: string) {
    const text = this.store.read(scenarioId);
    const [full, [{ GameSession }]] = await Promise.all([
      scenarioLoaders[scenarioId]?.(),
      loadGameModules(),
    ]);
    if (!full || text === null) return null;
    // A lesson game resumes on the cut it was started on (its state says so).
    const scenario = playedAt(full, savedLength(text));
    return { text, scenario, restore: () => GameSession.restore(scenario, text) };
  }

  /** The saved game's state, for saying whose it is and handing it in; null if unreadable. */
  private async savedGame(scenarioId: string) {
    const save = await this.loadSave(scenarioId);
    try {
      if (!save) return null;
      const session = save.restore();
      const state = session.state;
      session.stop();
      return { scenario: save.scenario, state };
    } catch {
      return null;
    }
  }

  private async resume(scenarioId: string): Promise<void> {
    const save = await this.loadSave(scenarioId);
    if (!save) return this.showTitle();
    const { text, scenario } = save;
    try {
      const session = save.restore();
      await this.play(scenario, session);
      // play() keeps the game in today's format: the text as it was stays downloadable here.
      if (session.restoredFrom) olderSaveNotice(session.restoredFrom, text);
    } catch (error) {
      this.show(
        damagedSaveScreen({
          scenarioTitle: scenario.title,
          // Only our own explanations are shown: a raw JavaScript message means nothing to a player.
          // (By name: importing SaveError here would put the save schema in the first download.)
          reason:
            (error as Error).name === 'SaveError' ? (error as Error).message : t('saveUnreadable'),
          saveText: text,
          onFresh: () => {
            this.store.discard(scenarioId);
            const card = scenarioCards.find((c) => c.id === scenarioId);
            if (card) this.pickCountry(card, this.lengthAsked ?? 'full');
          },
          onBack: () => {
            this.store.leave();
            this.showTitle();
          },
        }),
      );
    }
  }

  private async play(
    scenario: ScenarioData,
    session: GameSession,
    whatIf?: { original: GameState; decisionTitle: string },
  ): Promise<void> {
    const [, { rewindToChoice }, { GameScreen }] = await loadGameModules();
    if (!whatIf) void this.saves.keep(session.save());
    this.sound.setAmbient(ambientForRegion(scenario.region));
    const game = new GameScreen({
      session,
      announcer: this.announcer,
      sound: this.sound,
      whatIf,
      // A what-if is a sketch beside the saved game, not a replacement for it.
      onChange: (s) => void (whatIf ? undefined : this.saves.write(s.save())),
      onMenu: () => {
        clearNotice(t('noticeOlderSave'));
        this.saves.stop();
        this.store.leave();
        this.showTitle();
      },
      onPlayAgain: () => {
        clearNotice(t('noticeOlderSave'));
        this.saves.stop();
        this.store.discard(scenario.id);
        this.showTitle();
      },
      onRewind: (choiceIndex) => {
        const original = whatIf?.original ?? session.state;
        const choice = original.choices[choiceIndex];
        const decisionTitle =
          scenario.decisions.find((d) => d.id === choice?.decision)?.title ?? '';
        void this.play(scenario, rewindToChoice(scenario, original, choiceIndex), {
          original,
          decisionTitle,
        });
      },
    });
    // The game on screen (a what-if's original, say) ends first, giving its map back for this one.
    this.game?.destroy();
    this.game = game;
    this.show(game.element);
  }

  private show(element: HTMLElement): void {
    if (this.game && this.game.element !== element) {
      this.game.destroy();
      this.game = null;
    }
    if (this.mode && this.mode.element !== element) {
      this.mode.destroy();
      this.mode = null;
    }
    replaceChildren(this.screen, element);
    this.land(element);
  }

  /**
   * Every new screen starts at the top of the page, with focus on its title for keyboard and
   * screen-reader users: in a game, the decision's title (the game screen knows which heading).
   */
  private land(element: HTMLElement): void {
    if (this.game?.element === element) return this.game.land();
    const heading = element.querySelector<HTMLElement>('h1, h2');
    // A heading takes focus only with a tabindex; -1 keeps it out of the Tab order.
    if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
}

/**
 * Says, once, that the game on screen was rebuilt from a save of an earlier version, with the save
 * as it was to download (the store now holds it in today's format). Nothing is said for a save of
 * this version: nothing changed.
 */
function olderSaveNotice(from: RestoredFrom, originalText: string): void {
  if (from.origin === 'this-version') return;
  const label = t('noticeOlderSave');
  const text = !from.sameGame
    ? t('olderSaveReplayed')
    : from.origin === 'earlier-scenario'
      ? t('olderSaveScenario')
      : t('olderSaveGame');
  showNotice(label, text, [
    {
      label: t('downloadOlderSave'),
      run: () =>
        downloadText('digital-silk-road-older-save.json', originalText, 'application/json'),
    },
    { label: t('dismiss'), run: () => clearNotice(label) },
  ]);
}
