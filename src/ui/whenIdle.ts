// Work that may wait until the page has answered the player: the next idle moment, or two
// seconds at the latest (soon, in browsers that cannot say when the page is idle).
export function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 200);
}
