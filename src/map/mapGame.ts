// The one factory for the map's Phaser.Game. It is imported only dynamically (by mountMap), so
// Phaser lands in its own chunk and the first screen never waits for it.
import { AUTO, CANVAS, Game, Scale, type Types } from 'phaser';
import { BootScene } from './scenes/BootScene.ts';
import { MapScene } from './scenes/MapScene.ts';
import { OverlayScene } from './scenes/OverlayScene.ts';
import { YearTurnScene } from './scenes/YearTurnScene.ts';
import { CAMERA_KEY, MODEL_KEY, SPOTS_KEY, VIEW_KEY, type MapSetup } from './mapSetup.ts';
import { THEME } from './palette.ts';

/** Canvas pixels per CSS pixel: the screen's own density, at most 3 (beyond it no eye can tell). */
export function mapResolution(): number {
  return Math.max(1, Math.min(3, window.devicePixelRatio || 1));
}

/** Sizes the canvas to its panel: `resolution` canvas pixels to each CSS pixel. */
export function fitCanvas(game: Game, parent: HTMLElement, resolution: number): void {
  const width = Math.max(1, Math.round(parent.clientWidth * resolution));
  const height = Math.max(1, Math.round(parent.clientHeight * resolution));
  if (game.scale.width !== width || game.scale.height !== height) game.scale.resize(width, height);
}

function config(parent: HTMLElement, type: number, resolution: number): Types.Core.GameConfig {
  return {
    type,
    parent,
    backgroundColor: THEME.sea,
    // The backing store is the panel times the pixel ratio, shown at the panel's CSS size
    // (zoom 1 / ratio); every scene's camera zooms by the ratio, so scenes work in CSS pixels.
    scale: {
      mode: Scale.NONE,
      width: Math.max(1, Math.round(parent.clientWidth * resolution)),
      height: Math.max(1, Math.round(parent.clientHeight * resolution)),
      zoom: 1 / resolution,
      autoRound: false,
    },
    canvasStyle: 'display: block',
    // Howler owns sound; the page handles pointer and keys, and the canvas never takes focus.
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    autoFocus: false,
    banner: false,
  };
}

export type RendererChoice = 'auto' | 'webgl' | 'canvas';

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/**
 * Whether WebGL here runs on a GPU. A software WebGL (SwiftShader in headless or GPU-less
 * browsers) samples a full-screen texture in ~30 ms, where Canvas 2D draws it in ~2 ms. Chromium
 * does not always flag SwiftShader as a performance caveat, so the renderer's name is read too.
 */
export function webglIsFast(): boolean {
  const probe = document.createElement('canvas');
  const gl = probe.getContext('webgl', { failIfMajorPerformanceCaveat: true });
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return !SOFTWARE_GL.test(name);
}

export function rendererType(choice: RendererChoice): number {
  if (choice === 'canvas') return CANVAS;
  if (choice === 'webgl') return AUTO;
  return webglIsFast() ? AUTO : CANVAS;
}

export function createMapGame(
  parent: HTMLElement,
  setup: MapSetup,
  renderer: RendererChoice = 'auto',
): Game {
  let game: Game;
  const resolution = setup.resolution;
  try {
    game = new Game(config(parent, rendererType(renderer), resolution));
  } catch {
    // A WebGL context that exists but fails to start (old drivers, blocked GPU): draw with Canvas.
    parent.replaceChildren();
    game = new Game(config(parent, CANVAS, resolution));
  }
  // The keys exist before any scene starts, so every later set fires "changedata-<key>".
  for (const key of [MODEL_KEY, VIEW_KEY, CAMERA_KEY, SPOTS_KEY]) game.registry.set(key, null);
  game.scene.add('BootScene', BootScene, true, setup);
  game.scene.add('MapScene', MapScene, false);
  game.scene.add('OverlayScene', OverlayScene, false);
  game.scene.add('YearTurnScene', YearTurnScene, false);
  return game;
}
