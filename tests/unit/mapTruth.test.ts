// The map never tells a player something false about their game: data exposure is drawn toward the
// partner whose links added it (never toward Beijing when the exposure came through Sydney), and
// the "debt owed to China" figure the strip shows (a share of the debt) is not given a second,
// different value under the same name on the map (loans still owed, as % of GDP, are named so).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeMap } from '../../src/map/describeMap.ts';
import { portTexts } from '../../src/map/drawOverlay.ts';
import { overlaps, type Box } from '../../src/map/labelPlacement.ts';
import { layoutMap } from '../../src/map/layout.ts';
import { ICON_SIZE } from '../../src/map/palette.ts';
import { fromRegionFile, type RegionFile } from '../../src/map/regionFile.ts';
import { makeView } from '../../src/map/view.ts';
import { buildMapModel } from '../../src/map/mapModel.ts';
import { INDICATORS } from '../../src/sim/indicators.ts';
import { playThrough } from '../../src/sim/playthrough.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import type { ScenarioData } from '../../src/sim/scenario/scenario.schema.ts';
import type { Strategy } from '../../src/sim/strategies.ts';

const load = (file: string) => loadScenarioText(readFileSync(`scenarios/${file}`, 'utf8'), file);
const solomon = load('solomon-islands.yaml');
const centralAsia = load('central-asia.yaml');

/** Picks an open option whose map partner is `partner` when there is one, else the first. */
function leaning(scenario: ScenarioData, partner: string): Strategy {
  return {
    pick(_state, _index, decisionId, open) {
      const decision = scenario.decisions.find((d) => d.id === decisionId);
      const found = open.find(
        (id) => decision?.options.find((o) => o.id === id)?.map?.partner === partner,
      );
      return found ?? (open[0] as string);
    },
  };
}

describe('data exposure on the map', () => {
  it('goes toward Sydney, not Beijing, when Western links added it (Solomons, seed 7)', () => {
    const state = playThrough(solomon, { seed: 7, strategy: leaning(solomon, 'west') });
    expect(state.choices).toContainEqual(
      expect.objectContaining({ decision: 'cable', option: 'coral-sea-cable' }),
    );
    const model = buildMapModel(solomon, state, { reveal: true });
    expect(model.dataFlow).toMatchObject({ partner: 'west', to: { id: 'canberra' } });
    const words = describeMap(model, solomon).join('\n');
    expect(words).not.toMatch(/Data[^\n]*Beijing/);
    expect(words).toMatch(/Data exposure \d+ out of 100[^\n]*toward Canberra/);
  });

  it('goes toward Beijing when Chinese links added it', () => {
    const state = playThrough(solomon, { seed: 7, strategy: leaning(solomon, 'china') });
    const model = buildMapModel(solomon, state, { reveal: true });
    expect(model.dataFlow).toMatchObject({ partner: 'china', to: { id: 'beijing' } });
    expect(model.dataFlow?.visibility).toBe(Math.round(state.indicators.prcVisibility));
  });
});

describe('debt on the map', () => {
  it.each([
    ['Solomon Islands', solomon, undefined],
    ['Kazakhstan', centralAsia, 'kazakhstan'],
  ])(
    "%s: the map names loans in % of GDP differently from the strip's share",
    (_n, scenario, countryId) => {
      const state = playThrough(scenario, {
        seed: 7,
        countryId,
        strategy: leaning(scenario, 'china'),
      });
      const model = buildMapModel(scenario, state);
      expect(model.finance.some((a) => a.partner === 'china')).toBe(true);
      const words = describeMap(model, scenario).join('\n');
      const label = INDICATORS.chinaDebtShare.label;
      // The strip's label appears only with the strip's figure, never with "% of GDP".
      expect(words).not.toContain(label);
      expect(words).toMatch(/Loans from China still to repay: [\d.]+% of GDP/);
    },
  );
});

describe('port labels on the debrief map', () => {
  const region = fromRegionFile(
    JSON.parse(readFileSync('assets/maps/solomon-islands.json', 'utf8')) as RegionFile,
  );
  const bounds = solomon.map?.bounds ?? [
    [0, 0],
    [1, 1],
  ];
  /** Text measured as 7 px a character, like the 13 px font the overlay uses. */
  const ctx = {
    font: '',
    measureText: (text: string) => ({ width: 7 * text.length }),
  } as unknown as CanvasRenderingContext2D;

  it.each([
    [1050, 275],
    [1366, 275],
    [800, 450],
    [700, 300],
  ])(
    'at %ix%i never write over a badge, a marked place, the capital or each other',
    (width, height) => {
      const state = playThrough(solomon, { seed: 7, strategy: leaning(solomon, 'china') });
      const model = buildMapModel(solomon, state, { reveal: true });
      const layout = layoutMap(makeView(region, bounds, width, height), model);
      const mark = (p: { x: number; y: number }, r: number): Box => ({
        x0: p.x - r,
        y0: p.y - r,
        x1: p.x + r,
        y1: p.y + r,
      });
      const marks = [
        ...layout.icons.map((i) => mark(i, ICON_SIZE / 2)),
        ...layout.lines.map((l) => mark(l.from, 6)),
        ...(layout.capital ? [mark(layout.capital, 6)] : []),
      ];
      const texts = portTexts(ctx, layout, { width, height }).filter((t) => t !== null);
      expect(texts.length).toBeGreaterThan(0);
      for (const [i, text] of texts.entries()) {
        for (const m of marks) expect(overlaps(text.box, m), text.lines[0]).toBe(false);
        for (const other of texts.slice(i + 1))
          expect(overlaps(text.box, other.box), text.lines[0]).toBe(false);
      }
    },
  );
});
