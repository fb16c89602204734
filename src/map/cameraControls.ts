// Pan and zoom from the page: drag, wheel, pinch, the keyboard when the map has focus (arrows,
// + and -, 0), and Zoom in / Zoom out / Reset buttons. A gesture shows at once by stretching the
// last picture (a preview); when it ends the map is redrawn sharp at the new zoom (a commit).
import {
  MAX_ZOOM,
  MIN_ZOOM,
  PAN_STEP,
  ZOOM_STEP,
  clampCamera,
  homeCamera,
  panBy,
  pinchZoom,
  zoomAt,
  type CameraState,
} from './camera.ts';

export interface CameraSink {
  preview(cam: CameraState): void;
  commit(cam: CameraState | null): void;
}

/** A wheel gesture counts as over once the wheel has been still this long. */
const SETTLE_MS = 160;
const FLY_MS = 600;

function button(label: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'map-zoom-button';
  b.setAttribute('aria-label', label);
  b.title = label;
  b.textContent = text;
  b.style.cssText =
    'min-width:2.75rem;min-height:2.75rem;font:600 1.25rem/1 system-ui,sans-serif;' +
    'border:1px solid #4a4233;border-radius:0.4rem;background:#fffdf7;color:#1d1b16;cursor:pointer';
  b.addEventListener('click', onClick);
  return b;
}

export class CameraControls {
  readonly toolbar = document.createElement('div');
  private readonly zoomIn = button('Zoom in', '+', () => this.zoomBy(ZOOM_STEP));
  private readonly zoomOut = button('Zoom out', '−', () => this.zoomBy(1 / ZOOM_STEP));
  private readonly resetButton = button('Reset map view', '⟲', () => this.reset());
  private cam: CameraState;
  private settle: number | null = null;
  private fly: number | null = null;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  /** Whether the pointer moved far enough since it went down to count as a drag, not a tap. */
  dragged = false;

  constructor(
    private readonly stage: HTMLElement,
    private readonly sink: CameraSink,
    private readonly reducedMotion: boolean,
    /** Where the buttons and keys zoom toward (the capital, when on screen), else the centre. */
    private readonly focus: () => { x: number; y: number } | null = () => null,
  ) {
    this.cam = homeCamera(stage.clientWidth, stage.clientHeight);
    this.toolbar.className = 'map-zoom';
    this.toolbar.setAttribute('role', 'group');
    this.toolbar.setAttribute('aria-label', 'Map view');
    this.toolbar.style.cssText =
      'position:absolute;top:0.5rem;right:0.5rem;display:flex;flex-direction:column;gap:0.3rem;z-index:4';
    this.toolbar.append(this.zoomIn, this.zoomOut, this.resetButton);
    this.showLimits();
    stage.addEventListener('keydown', this.onKey);
    stage.addEventListener('wheel', this.onWheel, { passive: false });
    stage.addEventListener('pointerdown', this.onDown);
    stage.addEventListener('pointermove', this.onMove);
    stage.addEventListener('pointerup', this.onUp);
    stage.addEventListener('pointercancel', this.onUp);
  }

  get state(): CameraState {
    return this.cam;
  }

  private get size(): [number, number] {
    return [this.stage.clientWidth, this.stage.clientHeight];
  }

  zoomBy(factor: number): void {
    const [w, h] = this.size;
    const at = this.focus();
    const onScreen = at && at.x >= 0 && at.y >= 0 && at.x <= w && at.y <= h;
    const [x, y] = onScreen ? [at.x, at.y] : [w / 2, h / 2];
    this.commit(zoomAt(this.cam, factor, x, y, w, h));
  }

  reset(): void {
    const [w, h] = this.size;
    this.commit(homeCamera(w, h));
  }

  /**
   * A short map (a phone) gets its buttons in a row under it: over so small a canvas they hid
   * whatever lay in its corner, the player's own islands included. Elsewhere they stand in a
   * column over the map's top right corner, where the labels keep clear of them.
   */
  fitToolbar(): void {
    const inside = this.stage.contains(this.toolbar);
    // The stage's own height only: adding the row's height back when it sits below made a
    // stage of fixed height flip the row in and out forever. A stage that fills its column
    // shrinks by the row and so keeps it below until there is room enough without it.
    const short = this.stage.clientHeight < 260;
    if (short && inside) this.stage.after(this.toolbar);
    if (!short && !inside) this.stage.append(this.toolbar);
    Object.assign(this.toolbar.style, {
      position: short ? 'static' : 'absolute',
      flexDirection: short ? 'row' : 'column',
      justifyContent: short ? 'flex-end' : 'flex-start',
      marginTop: short ? '0.3rem' : '0',
    });
  }

  /** After a resize the old centre means nothing: back to the whole map. */
  forget(): void {
    const [w, h] = this.size;
    this.cam = homeCamera(w, h);
    this.sink.commit(null);
    this.showLimits();
  }

  /** Buttons that can do nothing say so: no zooming out of the whole map, or past the limit. */
  private showLimits(): void {
    const home = this.cam.zoom <= MIN_ZOOM + 1e-3;
    // aria-disabled, not disabled: a keyboard user's focus stays on the button.
    const state = (b: HTMLButtonElement, off: boolean) => {
      b.setAttribute('aria-disabled', String(off));
      b.style.opacity = off ? '0.45' : '1';
    };
    state(this.zoomIn, this.cam.zoom >= MAX_ZOOM - 1e-3);
    state(this.zoomOut, home);
    state(this.resetButton, home);
  }

  /** Moves smoothly to `to` (at once with reduced motion), then redraws there. */
  flyTo(to: CameraState, arrived: () => void = () => undefined): void {
    const [w, h] = this.size;
    const target = clampCamera(to, w, h);
    if (this.fly !== null) cancelAnimationFrame(this.fly);
    if (this.reducedMotion) {
      this.commit(target);
      return arrived();
    }
    const from = this.cam;
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / FLY_MS);
      const e = t * t * (3 - 2 * t);
      const mix = (a: number, b: number) => a + (b - a) * e;
      const zoom = Math.exp(mix(Math.log(from.zoom), Math.log(target.zoom)));
      this.cam = { zoom, cx: mix(from.cx, target.cx), cy: mix(from.cy, target.cy) };
      if (t < 1) {
        this.sink.preview(this.cam);
        this.fly = requestAnimationFrame(frame);
      } else {
        this.fly = null;
        this.commit(target);
        arrived();
      }
    };
    this.fly = requestAnimationFrame(frame);
  }

  destroy(): void {
    if (this.settle !== null) clearTimeout(this.settle);
    if (this.fly !== null) cancelAnimationFrame(this.fly);
    this.stage.removeEventListener('keydown', this.onKey);
    this.stage.removeEventListener('wheel', this.onWheel);
    this.stage.removeEventListener('pointerdown', this.onDown);
    this.stage.removeEventListener('pointermove', this.onMove);
    this.stage.removeEventListener('pointerup', this.onUp);
    this.stage.removeEventListener('pointercancel', this.onUp);
  }

  private commit(cam: CameraState): void {
    this.cam = cam;
    this.sink.commit(cam);
    // A zoomed map keeps one-finger drags for itself; the whole map lets the page scroll.
    this.stage.style.touchAction = cam.zoom > 1.001 ? 'none' : 'pan-y';
    this.showLimits();
  }

  private preview(cam: CameraState): void {
    this.cam = cam;
    this.sink.preview(cam);
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.target !== this.stage) return;
    const [w, h] = this.size;
    const step = PAN_STEP * Math.min(w, h);
    const moves: Record<string, () => void> = {
      ArrowLeft: () => this.commit(panBy(this.cam, step, 0, w, h)),
      ArrowRight: () => this.commit(panBy(this.cam, -step, 0, w, h)),
      ArrowUp: () => this.commit(panBy(this.cam, 0, step, w, h)),
      ArrowDown: () => this.commit(panBy(this.cam, 0, -step, w, h)),
      '+': () => this.zoomBy(ZOOM_STEP),
      '=': () => this.zoomBy(ZOOM_STEP),
      '-': () => this.zoomBy(1 / ZOOM_STEP),
      '0': () => this.reset(),
    };
    const move = moves[event.key];
    if (!move || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    move();
  };

  private readonly onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    const [w, h] = this.size;
    const box = this.stage.getBoundingClientRect();
    const factor = Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002));
    this.preview(zoomAt(this.cam, factor, event.clientX - box.left, event.clientY - box.top, w, h));
    if (this.settle !== null) clearTimeout(this.settle);
    this.settle = window.setTimeout(() => {
      this.settle = null;
      this.commit(this.cam);
    }, SETTLE_MS);
  };

  private readonly onDown = (event: PointerEvent): void => {
    if ((event.target as HTMLElement).closest('button')) return;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.pointers.size === 1) this.dragged = false;
    this.stage.setPointerCapture?.(event.pointerId);
  };

  private readonly onMove = (event: PointerEvent): void => {
    const last = this.pointers.get(event.pointerId);
    if (!last) return;
    const [w, h] = this.size;
    const now = { x: event.clientX, y: event.clientY };
    if (this.pointers.size === 2) {
      const other = [...this.pointers.entries()].find(([id]) => id !== event.pointerId)?.[1];
      if (!other) return;
      const box = this.stage.getBoundingClientRect();
      const local = (p: { x: number; y: number }) => ({ x: p.x - box.left, y: p.y - box.top });
      this.dragged = true;
      this.preview(pinchZoom(this.cam, local(last), local(now), local(other), w, h));
    } else {
      const dx = now.x - last.x;
      const dy = now.y - last.y;
      if (!this.dragged && Math.hypot(dx, dy) < 4) return;
      this.dragged = true;
      this.preview(panBy(this.cam, dx, dy, w, h));
    }
    this.pointers.set(event.pointerId, now);
  };

  private readonly onUp = (event: PointerEvent): void => {
    if (!this.pointers.delete(event.pointerId)) return;
    if (this.pointers.size === 0 && this.dragged) this.commit(this.cam);
  };
}
