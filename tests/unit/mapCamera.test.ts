// The map's camera: zoom stays in range, the panel never shows beyond the map, zooming keeps the
// point under the pointer still, and the view through the camera projects consistently.
import { describe, expect, it } from 'vitest';
import {
  MAX_ZOOM,
  clampCamera,
  homeCamera,
  panBy,
  pinchZoom,
  relativeAffine,
  viewThrough,
  zoomAt,
  type CameraState,
} from '../../src/map/camera.ts';
import type { MapView } from '../../src/map/view.ts';

const W = 800;
const H = 500;

/** The part of the fitted map the panel shows. */
function visible(cam: CameraState) {
  return {
    x0: cam.cx - W / (2 * cam.zoom),
    x1: cam.cx + W / (2 * cam.zoom),
    y0: cam.cy - H / (2 * cam.zoom),
    y1: cam.cy + H / (2 * cam.zoom),
  };
}

describe('the map camera', () => {
  it('starts on the whole map and cannot zoom out beyond it or in beyond the limit', () => {
    expect(homeCamera(W, H)).toEqual({ zoom: 1, cx: 400, cy: 250 });
    expect(clampCamera({ zoom: 0.3, cx: 0, cy: 0 }, W, H)).toEqual(homeCamera(W, H));
    expect(clampCamera({ zoom: 50, cx: 400, cy: 250 }, W, H).zoom).toBe(MAX_ZOOM);
  });

  it('keeps the panel inside the map however far it is dragged', () => {
    let cam = zoomAt(homeCamera(W, H), 3, W / 2, H / 2, W, H);
    cam = panBy(cam, 10_000, 10_000, W, H);
    expect(visible(cam).x0).toBeCloseTo(0);
    expect(visible(cam).y0).toBeCloseTo(0);
    cam = panBy(cam, -10_000, -10_000, W, H);
    expect(visible(cam).x1).toBeCloseTo(W);
    expect(visible(cam).y1).toBeCloseTo(H);
  });

  it('zooms about the pointer: the map point under it stays under it', () => {
    const cam = zoomAt(homeCamera(W, H), 2, 300, 200, W, H);
    // Map point under (300, 200) before: (300, 200); after, screen = (p - c) * z + half.
    expect((300 - cam.cx) * cam.zoom + W / 2).toBeCloseTo(300);
    expect((200 - cam.cy) * cam.zoom + H / 2).toBeCloseTo(200);
  });

  it('pinches: fingers twice as far apart double the zoom about their midpoint', () => {
    const still = { x: 250, y: 200 };
    const cam = pinchZoom(homeCamera(W, H), { x: 350, y: 200 }, { x: 450, y: 200 }, still, W, H);
    expect(cam.zoom).toBeCloseTo(2);
    // The map point under the new midpoint (350, 200) is the one that was there before: (350, 200).
    expect((350 - cam.cx) * cam.zoom + W / 2).toBeCloseTo(350);
    expect((200 - cam.cy) * cam.zoom + H / 2).toBeCloseTo(200);
    // Fingers brought back together undo it; at home they cannot zoom out any further.
    const back = pinchZoom(cam, { x: 450, y: 200 }, { x: 350, y: 200 }, still, W, H);
    expect(back.zoom).toBeCloseTo(1);
    expect(pinchZoom(back, { x: 350, y: 200 }, { x: 260, y: 200 }, still, W, H).zoom).toBe(1);
    // Both fingers on one spot neither divides by zero nor leaves the allowed range.
    const same = pinchZoom(cam, still, { x: 450, y: 200 }, still, W, H);
    expect(same.zoom).toBe(MAX_ZOOM);
  });

  it('draws through the camera the same as stretching the whole map by the preview', () => {
    const base: MapView = {
      width: W,
      height: H,
      fit: { scale: 10, tx: 5, ty: 7 },
      zoom: 1,
      toScreen: (x, y) => ({ x: x * 10 + 5, y: y * 10 + 7 }),
      project: (lon, lat) => ({ x: lon * 10 + 5, y: -lat * 10 + 7 }),
    };
    const cam = zoomAt(homeCamera(W, H), 2.5, 100, 400, W, H);
    const seen = viewThrough(base, cam);
    const t = relativeAffine(homeCamera(W, H), cam, W, H);
    const p = base.project(12, -3);
    const q = seen.project(12, -3);
    expect(q.x).toBeCloseTo(p.x * t.k + t.bx);
    expect(q.y).toBeCloseTo(p.y * t.k + t.by);
    const r = base.toScreen(1, 2);
    const u = seen.toScreen(1, 2);
    expect(u.x).toBeCloseTo(r.x * t.k + t.bx);
    expect(u.y).toBeCloseTo(r.y * t.k + t.by);
    expect(seen.zoom).toBe(2.5);
  });
});
