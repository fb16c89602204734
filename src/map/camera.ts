// Where the player is looking: a zoom and a centre, in the coordinates of the whole map fitted to
// the panel (CSS pixels). Pure arithmetic, so clamping and zooming are unit-tested without a
// browser; the scenes turn it into a redrawn view, the gestures into new states.
import type { MapView } from './view.ts';

export interface CameraState {
  zoom: number;
  /** The point of the fitted map at the centre of the panel. */
  cx: number;
  cy: number;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 6;
/** One press of a zoom button or key. */
export const ZOOM_STEP = 1.5;
/** One press of an arrow key, as a share of the panel. */
export const PAN_STEP = 0.15;

export function homeCamera(width: number, height: number): CameraState {
  return { zoom: 1, cx: width / 2, cy: height / 2 };
}

/** Keeps the zoom in range and the panel inside the map: never a view of nothing. */
export function clampCamera(cam: CameraState, width: number, height: number): CameraState {
  const zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, cam.zoom));
  const halfW = width / (2 * zoom);
  const halfH = height / (2 * zoom);
  const cx = Math.max(halfW, Math.min(width - halfW, cam.cx));
  const cy = Math.max(halfH, Math.min(height - halfH, cam.cy));
  return { zoom, cx, cy };
}

/** Zooms by `factor`, keeping the map point under screen point (sx, sy) where it is. */
export function zoomAt(
  cam: CameraState,
  factor: number,
  sx: number,
  sy: number,
  width: number,
  height: number,
): CameraState {
  const zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, cam.zoom * factor));
  const px = cam.cx + (sx - width / 2) / cam.zoom;
  const py = cam.cy + (sy - height / 2) / cam.zoom;
  const next = { zoom, cx: px - (sx - width / 2) / zoom, cy: py - (sy - height / 2) / zoom };
  return clampCamera(next, width, height);
}

/** A point on the panel, in CSS pixels from its top-left corner. */
export interface PanelPoint {
  x: number;
  y: number;
}

/**
 * One step of a two-finger pinch: one finger moved from `from` to `to` while the other stayed at
 * `still`. Zooms by how much the fingers' distance grew, about the fingers' midpoint.
 */
export function pinchZoom(
  cam: CameraState,
  from: PanelPoint,
  to: PanelPoint,
  still: PanelPoint,
  width: number,
  height: number,
): CameraState {
  // A zero distance (both fingers on one spot) would divide by zero: treat it as one pixel.
  const before = Math.hypot(from.x - still.x, from.y - still.y) || 1;
  const after = Math.hypot(to.x - still.x, to.y - still.y) || 1;
  return zoomAt(cam, after / before, (to.x + still.x) / 2, (to.y + still.y) / 2, width, height);
}

/** Moves the picture by (dx, dy) screen pixels, as a drag does. */
export function panBy(
  cam: CameraState,
  dx: number,
  dy: number,
  width: number,
  height: number,
): CameraState {
  return clampCamera(
    { ...cam, cx: cam.cx - dx / cam.zoom, cy: cam.cy - dy / cam.zoom },
    width,
    height,
  );
}

/** Centres a point of the fitted map at least at `zoom`. */
export function centreOn(
  x: number,
  y: number,
  zoom: number,
  width: number,
  height: number,
): CameraState {
  return clampCamera({ zoom, cx: x, cy: y }, width, height);
}

/** screen = fitted * k + b: how the camera places the fitted map on the panel. */
export interface Affine {
  k: number;
  bx: number;
  by: number;
}

export function cameraAffine(cam: CameraState, width: number, height: number): Affine {
  return { k: cam.zoom, bx: width / 2 - cam.cx * cam.zoom, by: height / 2 - cam.cy * cam.zoom };
}

/** What moves the picture drawn for `from` to where `to` would draw it (a gesture's preview). */
export function relativeAffine(
  from: CameraState,
  to: CameraState,
  width: number,
  height: number,
): Affine {
  const a = cameraAffine(from, width, height);
  const b = cameraAffine(to, width, height);
  const k = b.k / a.k;
  return { k, bx: b.bx - a.bx * k, by: b.by - a.by * k };
}

/** The fitted view seen through the camera: the same projection, scaled and shifted. */
export function viewThrough(base: MapView, cam: CameraState): MapView {
  const { k, bx, by } = cameraAffine(cam, base.width, base.height);
  const fit = { scale: base.fit.scale * k, tx: base.fit.tx * k + bx, ty: base.fit.ty * k + by };
  const toScreen = (x: number, y: number) => ({
    x: x * fit.scale + fit.tx,
    y: y * fit.scale + fit.ty,
  });
  return {
    width: base.width,
    height: base.height,
    fit,
    zoom: cam.zoom,
    toScreen,
    project: (lon, lat) => {
      const p = base.project(lon, lat);
      return { x: p.x * k + bx, y: p.y * k + by };
    },
  };
}
