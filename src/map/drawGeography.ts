// The static map, drawn once per panel size into a canvas that becomes a single texture: sea,
// countries (the player's own highlighted, partners shaded), their names, and the places.
// The outlines were projected and clipped by d3 at build time, so plain lineTo cannot smear.
import type { Partner, PlaceData, ScenarioData } from '../sim/scenario/scenario.schema.ts';
import { PARTNER_COUNTRIES, atlasName } from './countries.ts';
import type { CountryShape, Region } from './geography.ts';
import type { MapView } from './view.ts';
import { labelPoint, ringContains } from './labelPoint.ts';
import { PARTNER_STYLES, THEME } from './palette.ts';
import { projectPoint, regionProjection } from './projection.ts';

type Ctx = CanvasRenderingContext2D;

function screenRings(view: MapView, country: CountryShape): number[][] {
  return country.rings.map((ring) => {
    const out: number[] = [];
    for (let i = 0; i < ring.length; i += 2) {
      const p = view.toScreen(ring[i] as number, ring[i + 1] as number);
      out.push(p.x, p.y);
    }
    return out;
  });
}

function tracePath(ctx: Ctx, rings: readonly number[][]): void {
  ctx.beginPath();
  for (const ring of rings) {
    ctx.moveTo(ring[0] as number, ring[1] as number);
    for (let i = 2; i < ring.length; i += 2) ctx.lineTo(ring[i] as number, ring[i + 1] as number);
    ctx.closePath();
  }
}

/** Hatching in a partner's colour and at its own angle: partner land differs by pattern too. */
function hatch(ctx: Ctx, partner: Partner): CanvasPattern | null {
  const { colour, hatch: angle } = PARTNER_STYLES[partner];
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.strokeStyle = colour;
  t.globalAlpha = 0.25;
  t.lineWidth = 1.2;
  t.beginPath();
  // A vertical line across the tile, turned by the pattern's transform.
  t.moveTo(4, -4);
  t.lineTo(4, 12);
  t.stroke();
  // The pattern copies the tile as it is now, so it is made after drawing.
  const pattern = ctx.createPattern(tile, 'repeat');
  pattern?.setTransform(new DOMMatrix().rotate(angle + 90));
  return pattern;
}

/** Countries that stand for a partner: the ones named for it, and any holding a partner's place. */
function partnerCountries(scenario: ScenarioData, region: Region): Map<string, Partner> {
  const found = new Map<string, Partner>();
  const places = new Map((scenario.map?.places ?? []).map((p) => [p.id, p]));
  const projection = regionProjection(region.centre);
  for (const [key, placeId] of Object.entries(scenario.map?.partners ?? {})) {
    const partner = key as Partner;
    for (const name of PARTNER_COUNTRIES[partner] ?? []) found.set(name, partner);
    const place = placeId ? places.get(placeId) : undefined;
    if (!place) continue;
    const [x, y] = projectPoint(projection, place.lon, place.lat);
    const holder = region.countries.find((c) => c.rings.some((r) => ringContains(r, x, y)));
    if (holder && !found.has(holder.name)) found.set(holder.name, partner);
  }
  return found;
}

export function haloText(
  ctx: Ctx,
  text: string,
  x: number,
  y: number,
  font: string,
  colour: string,
) {
  ctx.font = font;
  ctx.lineJoin = 'round';
  ctx.lineWidth = 4;
  ctx.strokeStyle = THEME.halo;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = colour;
  ctx.fillText(text, x, y);
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * A place's dot and name. The name tries the right, the left and below; when all would cover a
 * name already drawn it is left out (the description still names every place).
 */
function drawPlace(ctx: Ctx, view: MapView, place: PlaceData, taken: Box[]): void {
  const p = view.project(place.lon, place.lat);
  if (p.x < 0 || p.y < 0 || p.x > view.width || p.y > view.height) return;
  ctx.fillStyle = THEME.text;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  if (place.kind === 'capital') ctx.rect(p.x - 4, p.y - 4, 8, 8);
  else ctx.arc(p.x, p.y, 3, 0, 2 * Math.PI);
  ctx.fill();
  ctx.stroke();
  const font = `${place.kind === 'capital' ? '600 ' : ''}13px ${THEME.font}`;
  ctx.font = font;
  const w = ctx.measureText(place.name).width;
  const spots: [number, number, CanvasTextAlign][] = [
    [p.x + 7, p.y + 9, 'left'],
    [p.x - 7, p.y + 9, 'right'],
    [p.x, p.y + 17, 'center'],
  ];
  for (const [x, y, align] of spots) {
    const x0 = align === 'left' ? x : align === 'right' ? x - w : x - w / 2;
    const box = { x0: x0 - 2, y0: y - 8, x1: x0 + w + 2, y1: y + 8 };
    if (box.x0 < 0 || box.x1 > view.width || taken.some((t) => overlaps(t, box))) continue;
    taken.push(box);
    ctx.textAlign = align;
    ctx.textBaseline = 'middle';
    haloText(ctx, place.name, x, y, font, THEME.text);
    return;
  }
}

export function drawGeography(
  ctx: Ctx,
  view: MapView,
  region: Region,
  scenario: ScenarioData,
  countryId: string,
): void {
  ctx.fillStyle = THEME.sea;
  ctx.fillRect(0, 0, view.width, view.height);
  const country = scenario.countries.find((c) => c.id === countryId);
  const home = atlasName(countryId, country?.name ?? '');
  const partners = partnerCountries(scenario, region);
  const shapes = region.countries.map((shape) => ({ shape, rings: screenRings(view, shape) }));
  for (const { shape, rings } of shapes) {
    tracePath(ctx, rings);
    const isHome = shape.name === home;
    const partner = partners.get(shape.name);
    ctx.fillStyle = isHome ? THEME.home : THEME.land;
    ctx.fill('evenodd');
    const pattern = partner && !isHome ? hatch(ctx, partner) : null;
    if (pattern) {
      ctx.fillStyle = pattern;
      ctx.fill('evenodd');
    }
    ctx.lineWidth = isHome ? 1.5 : 0.8;
    ctx.strokeStyle = isHome ? THEME.homeEdge : THEME.landEdge;
    ctx.stroke();
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const taken: Box[] = [];
  const font = `italic 12px ${THEME.font}`;
  ctx.font = font;
  for (const { shape, rings } of shapes) {
    if (shape.name === home) continue;
    ctx.font = font;
    const w = ctx.measureText(shape.name).width;
    const spot = labelPoint(rings, view.width, view.height, w);
    if (!spot) continue;
    haloText(ctx, shape.name, spot.x, spot.y, font, THEME.muted);
    taken.push({ x0: spot.x - w / 2 - 4, y0: spot.y - 8, x1: spot.x + w / 2 + 4, y1: spot.y + 8 });
  }
  // The capital names itself first, so it is never the one left out.
  const places = [...(scenario.map?.places ?? [])].sort(
    (a, b) => Number(b.kind === 'capital') - Number(a.kind === 'capital'),
  );
  for (const place of places) drawPlace(ctx, view, place, taken);
}
