// The map's sites in the page: one button per place where something stands, saying what stands
// there, whose it is and since when. Hovering or tapping a site on the canvas, or focusing its
// button, opens the same card beside the site; a screen reader hears the button's description.
import type { PlaceData, ScenarioData } from '../sim/scenario/scenario.schema.ts';
import { PARTNER_NAMES, featureName, statusPhrase } from './labels.ts';
import type { MapFeature, MapModel } from './mapModel.ts';
import type { SiteSpot } from './mapSetup.ts';

/** How close (CSS pixels) a pointer must come to a site to pick it. */
const PICK_RADIUS = 20;

export interface Site {
  place: PlaceData;
  lines: string[];
}

export function siteLine(f: MapFeature): string {
  const who = f.vendor ? `${PARTNER_NAMES[f.partner]} (${f.vendor})` : PARTNER_NAMES[f.partner];
  const since = f.since ? `, since ${f.since}` : '';
  return `${featureName(f)}: ${who}, ${statusPhrase(f.kind, f.status, f.stage)}${since}`;
}

/** Each place where something stands, in the scenario's order of places. */
export function sitesOf(model: MapModel, scenario: ScenarioData): Site[] {
  return (scenario.map?.places ?? [])
    .map((place) => ({
      place,
      lines: [
        ...new Set(
          model.features.filter((f) => f.sites.some((s) => s.id === place.id)).map(siteLine),
        ),
      ],
    }))
    .filter((site) => site.lines.length > 0);
}

export class SiteList {
  readonly list = document.createElement('div');
  readonly card = document.createElement('div');
  private sites: Site[] = [];
  private spots: SiteSpot[] = [];
  private shownFor: string | null = null;

  constructor(
    private readonly scenario: ScenarioData,
    private readonly onPick: (placeId: string) => void,
  ) {
    this.list.className = 'map-sites';
    this.list.setAttribute('role', 'group');
    this.list.setAttribute('aria-label', 'Sites on the map');
    this.list.style.cssText =
      'display:flex;flex-wrap:wrap;align-items:center;gap:0.3rem;margin:0.35rem 0 0;font-size:0.875rem';
    this.card.className = 'map-site-card';
    this.card.hidden = true;
    this.card.style.cssText =
      'position:absolute;z-index:3;max-width:19rem;padding:0.45rem 0.6rem;border:1px solid #4a4233;' +
      'border-radius:0.4rem;background:#fffdf7;color:#1d1b16;font-size:0.875rem;line-height:1.35;' +
      'box-shadow:0 2px 8px rgba(0,0,0,0.2);pointer-events:none';
  }

  update(model: MapModel): void {
    this.sites = sitesOf(model, this.scenario);
    const label = document.createElement('span');
    label.textContent = this.sites.length > 0 ? 'Sites:' : '';
    this.list.replaceChildren(
      label,
      ...this.sites.map((site) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'map-site';
        b.dataset.place = site.place.id;
        b.textContent = site.place.name;
        const details = document.createElement('span');
        details.id = `map-site-${site.place.id}`;
        details.hidden = true;
        details.textContent = site.lines.join('. ') + '.';
        b.setAttribute('aria-describedby', details.id);
        b.append(details);
        const open = () => this.show(site.place.id);
        b.addEventListener('focus', open);
        b.addEventListener('mouseenter', open);
        b.addEventListener('blur', () => this.hide());
        b.addEventListener('mouseleave', () => this.hide());
        b.addEventListener('click', () => {
          open();
          this.onPick(site.place.id);
        });
        return b;
      }),
    );
    if (this.shownFor) this.show(this.shownFor);
  }

  setSpots(spots: SiteSpot[] | null): void {
    this.spots = spots ?? [];
    if (this.shownFor) this.show(this.shownFor);
  }

  /** The site nearest a point of the stage, if one is close enough to mean it. */
  pick(x: number, y: number): string | null {
    let best: { id: string; d: number } | null = null;
    for (const spot of this.spots) {
      const d = Math.hypot(spot.x - x, spot.y - y);
      if (d <= PICK_RADIUS && d < (best?.d ?? Infinity)) best = { id: spot.placeId, d };
    }
    return best?.id ?? null;
  }

  show(placeId: string): void {
    const site = this.sites.find((s) => s.place.id === placeId);
    const spot = this.spots.find((s) => s.placeId === placeId);
    const stage = this.card.parentElement;
    if (!site || !spot || !stage) return this.hide();
    this.shownFor = placeId;
    const title = document.createElement('strong');
    title.textContent = site.place.name;
    const list = document.createElement('ul');
    list.style.cssText = 'margin:0.2rem 0 0;padding-left:1.1rem';
    for (const line of site.lines) {
      const li = document.createElement('li');
      li.textContent = line;
      list.append(li);
    }
    this.card.replaceChildren(title, list);
    this.card.hidden = false;
    // Beside the site, flipped to stay inside the stage.
    const w = this.card.offsetWidth;
    const h = this.card.offsetHeight;
    const left = spot.x + 16 + w < stage.clientWidth ? spot.x + 16 : Math.max(4, spot.x - 16 - w);
    const top = Math.max(4, Math.min(stage.clientHeight - h - 4, spot.y - h / 2));
    this.card.style.left = `${left}px`;
    this.card.style.top = `${top}px`;
  }

  hide(): void {
    this.shownFor = null;
    this.card.hidden = true;
  }
}
