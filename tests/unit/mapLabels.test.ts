// Map labels: most important first, never overlapping each other or what they must avoid, left
// out (not squeezed in) when there is no room, and let in once a zoom level gives them room.
import { describe, expect, it } from 'vitest';
import {
  overlaps,
  placeLabels,
  type LabelCandidate,
  type Spot,
} from '../../src/map/labelPlacement.ts';

const size = { width: 400, height: 300 };

function label(id: string, priority: number, spots: Spot[], minZoom = 1): LabelCandidate {
  return { id, text: id, priority, minZoom, width: 60, height: 16, spots };
}

const ids = (placed: ReturnType<typeof placeLabels>) => placed.map((p) => p.candidate.id);

describe('label placement', () => {
  it('gives the contested spot to the more important label, whatever the order given', () => {
    const spot: Spot = { x: 100, y: 100, align: 'left' };
    const placed = placeLabels([label('town', 50, [spot]), label('capital', 100, [spot])], 1, size);
    expect(ids(placed)).toEqual(['capital']);
  });

  it('moves a label to its next spot rather than overlap, and never lets two boxes touch', () => {
    const at = (x: number): Spot[] => [
      { x, y: 100, align: 'left' },
      { x, y: 100, align: 'right' },
      { x, y: 120, align: 'center' },
      { x, y: 140, align: 'center' },
    ];
    const placed = placeLabels(
      [label('a', 90, at(100)), label('b', 80, at(110)), label('c', 70, at(105))],
      1,
      size,
    );
    expect(ids(placed)).toEqual(['a', 'b', 'c']);
    for (const p of placed)
      for (const q of placed) if (p !== q) expect(overlaps(p.box, q.box)).toBe(false);
  });

  it('keeps labels inside the panel and off obstacles; a capital may cover a lesser dot', () => {
    const dot = { box: { x0: 95, y0: 90, x1: 170, y1: 110 }, upTo: 100 };
    const spot: Spot = { x: 100, y: 100, align: 'left' };
    const edge: Spot = { x: 380, y: 100, align: 'left' };
    const placed = placeLabels(
      [label('edge', 100, [edge]), label('town', 50, [spot]), label('capital', 100, [spot])],
      1,
      size,
      [dot],
    );
    expect(ids(placed)).toEqual(['capital']);
  });

  it('hides the least important label until the zoom level it waits for', () => {
    const candidates = [
      label('capital', 100, [{ x: 10, y: 20, align: 'left' }]),
      label('village', 10, [{ x: 200, y: 20, align: 'left' }], 2),
    ];
    expect(ids(placeLabels(candidates, 1, size))).toEqual(['capital']);
    expect(ids(placeLabels(candidates, 2, size))).toEqual(['capital', 'village']);
  });
});
