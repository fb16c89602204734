// The static map, drawn once per panel size into a canvas that becomes a single texture: sea,
// countries (the player's own highlighted, partners shaded), their names, and the places.
// The outlines were projected and clipped by d3 at build time, so plain lineTo cannot smear.
import type { Partner, PlaceData, ScenarioData } from '../sim/scenario/scenario.schema.ts';
import { PARTNER_COUNTRIES, atlasName } from './countries.ts';
import type { CountryShape, Region } from './geography.ts';
import type { MapView, Point } from './view.ts';
import { placeLabels, type Box, type LabelCandidate, type Obstacle } from './labelPlacement.ts';
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

/** Importance of a place's name: the capital is never the one left out. */
const PLACE_PRIORITY: Readonly<Record<PlaceData['kind'], number>> = {
  capital: 100,
  partner: 80,
  landing: 60,
  city: 50,
};

function placeFont(place: PlaceData): string {
  return `${place.kind === 'capital' ? '600 ' : ''}13px ${THEME.font}`;
}

function placeDot(ctx: Ctx, place: PlaceData, p: Point): Box {
  ctx.fillStyle = THEME.text;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  if (place.kind === 'capital') ctx.rect(p.x - 4, p.y - 4, 8, 8);
  else ctx.arc(p.x, p.y, 3, 0, 2 * Math.PI);
  ctx.fill();
  ctx.stroke();
  return { x0: p.x - 5, y0: p.y - 5, x1: p.x + 5, y1: p.y + 5 };
}

/** A place's name tries its right, left, below and above; each must miss every dot. */
function placeCandidate(ctx: Ctx, place: PlaceData, p: Point): LabelCandidate {
  ctx.font = placeFont(place);
  const width = ctx.measureText(place.name).width;
  return {
    id: `place:${place.id}`,
    text: place.name,
    priority: PLACE_PRIORITY[place.kind],
    minZoom: 1,
    width,
    height: 16,
    spots: [
      { x: p.x + 8, y: p.y + 2, align: 'left' },
      { x: p.x - 8, y: p.y + 2, align: 'right' },
      { x: p.x, y: p.y + 14, align: 'center' },
      { x: p.x, y: p.y - 13, align: 'center' },
    ],
  };
}

/** The player's country as the atlas draws it (null when the atlas does not have it). */
export function homeShape(
  region: Region,
  scenario: ScenarioData,
  countryId: string,
): CountryShape | null {
  const country = scenario.countries.find((c) => c.id === countryId);
  const home = atlasName(countryId, country?.name ?? '');
  return region.countries.find((c) => c.name === home) ?? null;
}

export function drawGeography(
  ctx: Ctx,
  view: MapView,
  region: Region,
  scenario: ScenarioData,
  countryId: string,
  /** Where other layers write (port labels): names keep clear of it. */
  avoid: readonly Obstacle[] = [],
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
  const candidates: LabelCandidate[] = [];
  const dots: Obstacle[] = [];
  const countryFont = `italic 12px ${THEME.font}`;
  ctx.font = countryFont;
  for (const { shape, rings } of shapes) {
    if (shape.name === home) continue;
    const width = ctx.measureText(shape.name).width;
    const spot = labelPoint(rings, view.width, view.height, width);
    if (!spot) continue;
    candidates.push({
      id: `country:${shape.name}`,
      text: shape.name,
      // A partner's land matters to the story; other neighbours give way first.
      priority: partners.has(shape.name) ? 40 : 30,
      minZoom: 1,
      width: width + 4,
      height: 16,
      spots: [{ ...spot, align: 'center' }],
    });
  }
  for (const place of scenario.map?.places ?? []) {
    const p = view.project(place.lon, place.lat);
    if (p.x < 0 || p.y < 0 || p.x > view.width || p.y > view.height) continue;
    // The capital's name may cover another place's dot; every other name keeps clear of dots.
    dots.push({ box: placeDot(ctx, place, p), upTo: PLACE_PRIORITY.capital });
    candidates.push(placeCandidate(ctx, place, p));
  }
  const places = new Map((scenario.map?.places ?? []).map((p) => [`place:${p.id}`, p]));
  ctx.textBaseline = 'middle';
  for (const { candidate, spot } of placeLabels(candidates, view.zoom, view, [...dots, ...avoid])) {
    const place = places.get(candidate.id);
    ctx.textAlign = spot.align;
    const font = place ? placeFont(place) : countryFont;
    haloText(ctx, candidate.text, spot.x, spot.y, font, place ? THEME.text : THEME.muted);
  }
}
