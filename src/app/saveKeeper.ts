// Keeps the game in progress saved, and says so when it cannot: when the browser's storage is
// full (keep playing in memory, download the game) or when another tab owns this scenario's save.
import type { GameSave } from '../sim/save.ts';
import { downloadText } from '../ui/files/download.ts';
import { t } from '../ui/messages.ts';
import { clearNotice, showNotice, type NoticeAction } from './notice.ts';
import { SaveOwnership } from './saveOwnership.ts';
import type { SaveStore } from './saveStore.ts';

export class SaveKeeper {
  private ownership: SaveOwnership | null = null;
  private latest: GameSave | null = null;

  constructor(private readonly store: SaveStore) {}

  /** Starts keeping a game: saves it at once, unless another tab already owns its save. */
  async keep(save: GameSave): Promise<void> {
    this.stop();
    const ownership = new SaveOwnership(save.scenarioId, () =>
      this.tell(t('noticeTakenOver'), [this.takeOver()]),
    );
    this.ownership = ownership;
    this.latest = save;
    if (await ownership.claim()) this.write(save);
    else if (this.ownership === ownership) this.tell(t('noticeOtherTab'), [this.takeOver()]);
  }

  /** Saves the latest state, if this tab owns the save; a full storage is said, not ignored. */
  write(save: GameSave): void {
    this.latest = save;
    if (!this.ownership?.owned) return;
    if (this.store.write(save)) clearNotice(t('noticeSaving'));
    else
      this.tell(t('noticeStorageFull'), [
        { label: t('noticeDownloadGame'), run: () => this.download() },
      ]);
  }

  /** Leaving the game: lets another tab have the save. */
  stop(): void {
    this.ownership?.drop();
    this.ownership = null;
    clearNotice(t('noticeSaving'));
  }

  private tell(text: string, actions: NoticeAction[]): void {
    showNotice(t('noticeSaving'), text, actions);
  }

  private takeOver(): NoticeAction {
    return {
      label: t('noticeSaveHere'),
      run: () =>
        void this.ownership?.claim(true).then((owned) => {
          if (owned && this.latest) this.write(this.latest);
        }),
    };
  }

  private download(): void {
    if (!this.latest) return;
    downloadText(
      `digital-silk-road-${this.latest.scenarioId}-round-${this.latest.round}.json`,
      JSON.stringify(this.latest),
      'application/json',
    );
  }
}
