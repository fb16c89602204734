// The benchmark's baseline: a Phaser game with one scene that draws nothing, measured in the same
// page, size and renderer as the map, so the map's own cost can be read off the difference.
import { CANVAS, Game, Scale, Scene, WEBGL } from 'phaser';

export class EmptyScene extends Scene {
  constructor() {
    super('EmptyScene');
  }
}

export function createEmptyGame(parent: HTMLElement, renderer: 'Canvas' | 'WebGL'): Game {
  return new Game({
    type: renderer === 'Canvas' ? CANVAS : WEBGL,
    parent,
    backgroundColor: '#dce9ee',
    scale: { mode: Scale.RESIZE, parent, width: '100%', height: '100%', expandParent: false },
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    autoFocus: false,
    banner: false,
    scene: EmptyScene,
  });
}
