// Coverage drawn on the player's country: around each covering site, a disc of ripples (a pattern
// as well as a colour, so it reads without colour vision), clipped to the country's own land.
import type { CoverageSpot } from './coverage.ts';
import type { CountryShape } from './geography.ts';
import type { MapModel } from './mapModel.ts';
import type { MapView } from './view.ts';

type Ctx = CanvasRenderingContext2D;

const COVER = 'rgba(0, 122, 90, 0.22)';
const RIPPLE = 'rgba(0, 90, 66, 0.55)';

/** Changes whenever the picture would: a cheap test before redrawing. */
export function coverageKey(model: MapModel): string {
  return model.coverage.map((c) => `${c.place.id}:${c.strength}:${c.km}`).join('|');
}

function kmToPixels(view: MapView, lon: number, lat: number, km: number): number {
  const a = view.project(lon, lat);
  const b = view.project(lon + km / (111.32 * Math.cos((lat * Math.PI) / 180)), lat);
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** `coverage`: the spots as drawn now (a spreading disc is drawn between its old and new size). */
export function drawCoverage(
  ctx: Ctx,
  view: MapView,
  home: CountryShape | null,
  coverage: readonly CoverageSpot[],
): void {
  ctx.save();
  ctx.clearRect(0, 0, view.width, view.height);
  if (!home || coverage.length === 0) return ctx.restore();
  ctx.beginPath();
  for (const ring of home.rings) {
    for (let i = 0; i < ring.length; i += 2) {
      const p = view.toScreen(ring[i] as number, ring[i + 1] as number);
      if (i === 0) ctx.moveTo(p.x, p.y);
      else ctx.lineTo(p.x, p.y);
    }
    ctx.closePath();
  }
  ctx.clip('evenodd');
  for (const spot of coverage) {
    const at = view.project(spot.place.lon, spot.place.lat);
    const r = kmToPixels(view, spot.place.lon, spot.place.lat, spot.km * spot.strength);
    if (r < 1) continue;
    ctx.fillStyle = COVER;
    ctx.beginPath();
    ctx.arc(at.x, at.y, r, 0, 2 * Math.PI);
    ctx.fill();
    ctx.strokeStyle = RIPPLE;
    ctx.lineWidth = 1;
    for (let ripple = r; ripple > 4; ripple -= 7) {
      ctx.beginPath();
      ctx.arc(at.x, at.y, ripple, 0, 2 * Math.PI);
      ctx.stroke();
    }
  }
  ctx.restore();
}
