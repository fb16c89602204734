// How far each line has grown in, and how wide the debt bands are drawn while they thicken or
// thin toward their new figure. New lines grow from the capital; a debt band eases to its new
// width. Without animation both are simply at their end.
import type { Scene } from 'phaser';
import type { MapLayout } from '../layout.ts';
import type { MapModel } from '../mapModel.ts';

/** How long a new line takes to reach its end, and a debt band its new width. */
const GROW_MS = 900;

export class LineGrowth {
  /** 0-1 by key ("port:<place>", "line:<line key>"); a key missing here is a new line. */
  private readonly growth = new Map<string, number>();
  /** Debt weight drawn now, by partner. */
  private readonly debt = new Map<string, number>();

  constructor(
    private readonly scene: Scene,
    private readonly onChange: () => void,
  ) {}

  grown(key: string): number {
    return this.growth.get(key) ?? 1;
  }

  sync(layout: MapLayout, before: MapModel, model: MapModel, animate: boolean): void {
    const keys = [
      ...layout.ports.map((p) => `port:${p.place.id}`),
      ...layout.lines.map((l) => `line:${l.key}`),
    ];
    for (const key of [...this.growth.keys()]) if (!keys.includes(key)) this.growth.delete(key);
    for (const key of keys) {
      if (this.growth.has(key)) continue;
      this.growth.set(key, animate ? 0 : 1);
      if (animate) this.tween(0, 1, (v) => this.growth.set(key, v));
    }
    for (const arc of model.finance) {
      const from = before.finance.find((a) => a.partner === arc.partner)?.weight ?? arc.weight;
      this.debt.set(arc.partner, animate ? from : arc.weight);
      if (animate && from !== arc.weight)
        this.tween(from, arc.weight, (v) => this.debt.set(arc.partner, v));
    }
  }

  /** The layout with each debt band at the width it has reached. */
  displayed(layout: MapLayout): MapLayout {
    const ports = layout.ports.map((port) => {
      const weight = port.finance ? this.debt.get(port.finance.partner) : undefined;
      return port.finance && weight !== undefined
        ? { ...port, finance: { ...port.finance, weight } }
        : port;
    });
    return { ...layout, ports };
  }

  private tween(from: number, to: number, set: (v: number) => void): void {
    this.scene.tweens.addCounter({
      from,
      to,
      duration: GROW_MS,
      ease: 'Sine.easeInOut',
      onUpdate: (tween) => {
        set(tween.getValue() ?? to);
        this.onChange();
      },
    });
  }
}
