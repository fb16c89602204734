// Beside the canvas, in the page: a visible key (each feature's badge with its name, partner and
// status in words; the line styles in use) and the full description for screen readers. Text in
// the DOM stays sharp, wraps and enlarges with the page, which canvas text cannot.
import type { ScenarioData } from '../sim/scenario/scenario.schema.ts';
import { describeMap } from './describeMap.ts';
import { badgeCanvas } from './icons.ts';
import { PARTNER_NAMES, featureName, statusPhrase } from './labels.ts';
import type { MapModel } from './mapModel.ts';
import { PARTNER_STYLES, THEME } from './palette.ts';

const VISUALLY_HIDDEN =
  'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap';

const icons = new Map<string, string>();

function badgeUrl(...args: Parameters<typeof badgeCanvas>): string {
  const key = args.join(':');
  let url = icons.get(key);
  if (!url) {
    url = badgeCanvas(...args).toDataURL();
    icons.set(key, url);
  }
  return url;
}

/** A short sample of a line style, the same as on the map. */
function lineSample(draw: (ctx: CanvasRenderingContext2D) => void): string {
  const canvas = document.createElement('canvas');
  canvas.width = 30;
  canvas.height = 14;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.lineCap = 'round';
    draw(ctx);
  }
  return canvas.toDataURL();
}

function entry(image: string, text: string): HTMLLIElement {
  const li = document.createElement('li');
  li.style.cssText = 'display:flex;align-items:center;gap:0.35rem';
  const img = document.createElement('img');
  img.src = image;
  img.alt = '';
  img.style.cssText = 'height:1.6em;width:auto;flex:none';
  li.append(img, text);
  return li;
}

function homeEntry(scenario: ScenarioData, model: MapModel): HTMLLIElement[] {
  const country = scenario.countries.find((c) => c.id === model.countryId);
  if (!country) return [];
  const swatch = lineSample((ctx) => {
    ctx.fillStyle = THEME.home;
    ctx.strokeStyle = THEME.homeEdge;
    ctx.lineWidth = 1.5;
    ctx.fillRect(6, 1.5, 18, 11);
    ctx.strokeRect(6, 1.5, 18, 11);
  });
  return [entry(swatch, `${country.name} (your country)`)];
}

function keyEntries(model: MapModel): HTMLLIElement[] {
  const seen = new Set<string>();
  const items: HTMLLIElement[] = [];
  for (const f of model.features) {
    const who = f.vendor ? `${PARTNER_NAMES[f.partner]} (${f.vendor})` : PARTNER_NAMES[f.partner];
    const text = `${featureName(f)} · ${who} · ${statusPhrase(f.kind, f.status, f.stage)}`;
    if (seen.has(text)) continue;
    seen.add(text);
    items.push(entry(badgeUrl(f.kind, f.partner, f.status), text));
  }
  const colour = (partner: keyof typeof PARTNER_STYLES) => PARTNER_STYLES[partner].colour;
  if (model.finance.length > 0) {
    const sample = lineSample((ctx) => {
      ctx.strokeStyle = colour(model.finance[0]?.partner ?? 'china');
      ctx.globalAlpha = 0.5;
      ctx.lineWidth = 6;
      ctx.beginPath();
      ctx.moveTo(4, 7);
      ctx.lineTo(26, 7);
      ctx.stroke();
    });
    items.push(entry(sample, 'loans still to repay, % of GDP (wider: more)'));
  }
  if (model.influence.length > 0) {
    const sample = lineSample((ctx) => {
      ctx.strokeStyle = colour(model.influence[0]?.partner ?? 'west');
      ctx.lineWidth = 3;
      ctx.setLineDash([0.1, 6]);
      ctx.beginPath();
      ctx.moveTo(4, 7);
      ctx.lineTo(28, 7);
      ctx.stroke();
    });
    items.push(entry(sample, 'alignment (dotted)'));
  }
  if (model.dataFlow) {
    const sample = lineSample((ctx) => {
      ctx.fillStyle = colour(model.dataFlow?.partner ?? 'china');
      for (const x of [5, 15, 25]) {
        ctx.beginPath();
        ctx.arc(x, 7, 3.5, 0, 2 * Math.PI);
        ctx.fill();
      }
    });
    items.push(
      entry(
        sample,
        `data exposure ${model.dataFlow.exposure}/100, mostly via ${PARTNER_NAMES[model.dataFlow.partner]}`,
      ),
    );
  }
  return items;
}

export class MapKey {
  /** Visible key; hidden from screen readers, which get the fuller description instead. */
  readonly key = document.createElement('ul');
  readonly description = document.createElement('ul');

  constructor(private readonly scenario: ScenarioData) {
    this.key.setAttribute('aria-hidden', 'true');
    this.key.className = 'map-key';
    this.key.style.cssText =
      'display:flex;flex-wrap:wrap;gap:0.25rem 1rem;list-style:none;margin:0.4rem 0 0;padding:0;' +
      'font-size:0.875rem;color:var(--fg, #1d1b16)';
    this.description.className = 'map-description';
    this.description.setAttribute('aria-label', 'What the map shows');
    this.description.style.cssText = VISUALLY_HIDDEN;
  }

  update(model: MapModel): void {
    this.key.replaceChildren(...homeEntry(this.scenario, model), ...keyEntries(model));
    this.description.replaceChildren(
      ...describeMap(model, this.scenario).map((line) => {
        const li = document.createElement('li');
        li.textContent = line;
        return li;
      }),
    );
  }
}
