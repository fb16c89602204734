// Issue 9: the map's zoom buttons stand over the canvas's top right corner; on a small map they
// covered the label of a port there ("Beijing (China)" on a 390 px phone). Port labels treat the
// buttons' area as occupied, as the map's own names do (MapScene passes it to placeLabels).
import { describe, expect, it } from 'vitest';
import { portTexts } from '../../src/map/drawOverlay.ts';
import { overlaps, placeLabels, type Box } from '../../src/map/labelPlacement.ts';
import type { MapLayout, Port } from '../../src/map/layout.ts';

/** A canvas context that measures text at 7 px a character and draws nothing. */
const ctx = {
  font: '',
  measureText: (text: string) => ({ width: 7 * text.length }),
} as unknown as CanvasRenderingContext2D;

const size = { width: 358, height: 218 };
/** The three buttons in a row at the top right of a phone's map (CSS px, 4 px margin). */
const buttons: Box = { x0: 184, y0: 4, x1: 354, y1: 56 };

function layoutWithTopPort(): MapLayout {
  const port = {
    place: { id: 'beijing', name: 'Beijing', lon: 116.4, lat: 39.9 },
    point: { x: 212, y: 18 },
    side: 'top',
    influence: { partner: 'china', value: 20 },
  } as unknown as Port;
  return { icons: [], lines: [], ports: [port], capital: null };
}

describe('labels keep clear of the zoom buttons', () => {
  it('moves a port label out from under the buttons', () => {
    const [before] = portTexts(ctx, layoutWithTopPort(), size);
    // Without the buttons' area the label sits beside its arrow, where the buttons are drawn.
    expect(before && overlaps(before.box, buttons)).toBe(true);
    const [text] = portTexts(ctx, layoutWithTopPort(), size, [buttons]);
    expect(text).toBeTruthy();
    expect(text && overlaps(text.box, buttons)).toBe(false);
  });

  it('leaves out a map name that has no spot but under the buttons, however important', () => {
    const capital = {
      id: 'place:honiara',
      text: 'Honiara',
      priority: 100,
      minZoom: 1,
      width: 50,
      height: 16,
      spots: [{ x: 260, y: 30, align: 'left' as const }],
    };
    expect(placeLabels([capital], 1, size)).toHaveLength(1);
    expect(placeLabels([capital], 1, size, [{ box: buttons }])).toHaveLength(0);
  });
});
