// Every map scene draws in CSS pixels and looks through a camera zoomed by the device pixel ratio,
// so textures drawn at that ratio land one texel to one screen pixel. While a gesture is going on,
// the camera also stretches the last picture toward the one being asked for, until it is redrawn.
import type { Cameras } from 'phaser';
import type { CameraState } from '../camera.ts';
import { relativeAffine } from '../camera.ts';

export function restCamera(camera: Cameras.Scene2D.Camera, resolution: number): void {
  camera.setOrigin(0, 0).setZoom(resolution).setScroll(0, 0);
}

/** With origin 0, screen = zoom * (world - scroll); the preview maps drawn to wanted. */
export function previewCamera(
  camera: Cameras.Scene2D.Camera,
  resolution: number,
  drawn: CameraState,
  wanted: CameraState,
  width: number,
  height: number,
): void {
  const { k, bx, by } = relativeAffine(drawn, wanted, width, height);
  camera
    .setOrigin(0, 0)
    .setZoom(resolution * k)
    .setScroll(-bx / k, -by / k);
}
