// The one factory for the map's Phaser.Game. It is imported only dynamically (by mountMap), so
// Phaser lands in its own chunk and the first screen never waits for it.
import { AUTO, CANVAS, Game, Scale, type Types } from 'phaser';
import { MapScene } from '../scenes/MapScene.ts';
import { OverlayScene } from '../scenes/OverlayScene.ts';
import { MODEL_KEY, VIEW_KEY, type MapSetup } from './mapSetup.ts';
import { THEME } from './palette.ts';

function config(parent: HTMLElement, type: number): Types.Core.GameConfig {
  return {
    type,
    parent,
    backgroundColor: THEME.sea,
    // The canvas follows its panel; no zoom, so text drawn into textures stays pixel-sharp.
    scale: { mode: Scale.RESIZE, parent, width: '100%', height: '100%', expandParent: false },
    canvasStyle: 'display: block',
    // Howler owns sound; the map takes no input and must never take focus from the page.
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
  try {
    game = new Game(config(parent, rendererType(renderer)));
  } catch {
    // A WebGL context that exists but fails to start (old drivers, blocked GPU): draw with Canvas.
    parent.replaceChildren();
    game = new Game(config(parent, CANVAS));
  }
  // The keys exist before any scene starts, so every later set fires "changedata-<key>".
  game.registry.set(MODEL_KEY, null);
  game.registry.set(VIEW_KEY, null);
  game.scene.add('MapScene', MapScene, true, setup);
  game.scene.add('OverlayScene', OverlayScene, false);
  return game;
}
