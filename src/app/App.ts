// The application shell: which screen is showing, and starting a game from a scenario card.
import { scenarioCards, scenarioLoaders, type ScenarioCard } from 'virtual:scenarios';
import { Announcer } from '../ui/announcer.ts';
import { replaceChildren } from '../ui/dom.ts';
import type { GameScreen } from '../ui/screens/GameScreen.ts';
import { countryScreen, titleScreen } from '../ui/screens/TitleScreen.ts';

export class App {
  private readonly announcer = new Announcer();
  private readonly screen: HTMLElement;
  private game: GameScreen | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly seed: () => number,
  ) {
    this.screen = document.createElement('div');
    replaceChildren(root, this.screen, this.announcer.element);
  }

  showTitle(): void {
    this.show(titleScreen(scenarioCards, (card) => this.pickCountry(card)));
  }

  private pickCountry(card: ScenarioCard): void {
    if (card.countries.length === 1) {
      void this.start(card, card.countries[0]?.id as string);
      return;
    }
    this.show(
      countryScreen(
        card,
        (country) => void this.start(card, country),
        () => this.showTitle(),
      ),
    );
  }

  private async start(card: ScenarioCard, countryId: string): Promise<void> {
    const load = scenarioLoaders[card.id];
    if (!load) return;
    // The simulation and the game screen load after the first screen, which must not wait.
    const [scenario, { GameSession }, { GameScreen }] = await Promise.all([
      load(),
      import('../sim/session.ts'),
      import('../ui/screens/GameScreen.ts'),
    ]);
    const session = GameSession.start(scenario, { seed: this.seed(), countryId });
    const game = new GameScreen(session, this.announcer, () => this.showTitle());
    this.game = game;
    this.show(game.element);
  }

  private show(element: HTMLElement): void {
    if (this.game && this.game.element !== element) {
      this.game.destroy();
      this.game = null;
    }
    replaceChildren(this.screen, element);
    element.querySelector<HTMLElement>('h1, h2')?.focus();
  }
}
