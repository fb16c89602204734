// One window at a time runs a workshop and saves it, with the game's own tab ownership (a Web Lock,
// src/app/saveOwnership.ts). A second window on the workshop is told, follows every change the
// owner saves (the storage event), and may take over; a window that does not own it never writes
// it, so a forgotten window's timer cannot overwrite the workshop being run elsewhere.
import { SaveOwnership } from '../../app/saveOwnership.ts';
import { h } from '../dom.ts';
import { t, type MessageKey } from '../messages.ts';
import { WORKSHOP_KEY } from './store.ts';

export interface WindowOwnerDeps {
  /** The owning window saved the workshop: show that state here. */
  follow: (savedText: string) => void;
  /** This window has just taken the workshop over: save what it shows. */
  tookOver: () => void;
}

export class WindowOwner {
  /** Says when another window runs the workshop, with the button to run it from here instead. */
  readonly notice = h('div', { class: 'ws-notice ws-owner', attrs: { role: 'status' } });
  private readonly ownership = new SaveOwnership(WORKSHOP_KEY, () => this.follower('wsTakenOver'));
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key === WORKSHOP_KEY && event.newValue !== null && !this.ownership.owned)
      this.deps.follow(event.newValue);
  };

  constructor(private readonly deps: WindowOwnerDeps) {
    window.addEventListener('storage', this.onStorage);
  }

  get owned(): boolean {
    return this.ownership.owned;
  }

  /** Resolves true when this window runs the workshop; otherwise it says so and follows. */
  async claim(): Promise<boolean> {
    if (this.ownership.owned) return true;
    const owned = await this.ownership.claim();
    if (owned) this.notice.replaceChildren();
    // A window already told (say, that it was taken over) keeps that message as it follows.
    else if (!this.notice.hasChildNodes()) this.follower('wsOtherWindow');
    return owned;
  }

  /** Lets another window run the workshop (this one is leaving it, or setting up a new one). */
  release(): void {
    this.ownership.drop();
    this.notice.replaceChildren();
  }

  destroy(): void {
    window.removeEventListener('storage', this.onStorage);
    this.release();
  }

  private follower(key: MessageKey): void {
    const runHere = () =>
      void this.ownership.claim(true).then((owned) => {
        if (!owned) return;
        this.notice.replaceChildren();
        this.deps.tookOver();
      });
    this.notice.replaceChildren(
      h('p', {}, t(key)),
      h('button', { attrs: { type: 'button' }, on: { click: runHere } }, t('wsRunHere')),
    );
  }
}
