// One browser tab at a time owns a scenario's save (a Web Lock named for the scenario), so two
// tabs on one scenario never overwrite each other in silence: the second is told and may take
// over, and the first is told when it has been taken over.
export class SaveOwnership {
  private release: (() => void) | null = null;

  constructor(
    private readonly scenarioId: string,
    private readonly onTakenOver: () => void,
  ) {}

  get owned(): boolean {
    return this.release !== null;
  }

  /** Resolves true when this tab owns the save; `takeOver` steals it from another tab. */
  claim(takeOver = false): Promise<boolean> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) {
      // No Web Locks (very old browsers): behave as before, one tab assumed.
      this.release = () => {};
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const options: LockOptions = takeOver ? { steal: true } : { ifAvailable: true };
      locks
        .request(`dsr-save:${this.scenarioId}`, options, (lock) => {
          if (!lock) {
            resolve(false);
            return undefined;
          }
          resolve(true);
          // Held until this tab lets go (leaves the game) or another tab takes it.
          return new Promise<void>((done) => {
            this.release = done;
          });
        })
        .catch(() => {
          // The lock was stolen: another tab owns the save now.
          this.release = null;
          this.onTakenOver();
        });
    });
  }

  /** Lets go of the save, e.g. on leaving the game for the title screen. */
  drop(): void {
    const release = this.release;
    this.release = null;
    release?.();
  }
}
