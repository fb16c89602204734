// `sim machines`: the deal lifecycles a scenario can use, read off the machines themselves.
import { LIFECYCLES, MACHINE_KINDS } from '../sim/machines/lifecycles.ts';

export function machinesCommand(out: (line: string) => void): void {
  for (const kind of MACHINE_KINDS) {
    const l = LIFECYCLES[kind];
    out(`${kind}`);
    out(`  choices: ${l.choices.join(', ')}`);
    out(`  stages:  ${l.stages.join(', ')}`);
    out(`  signals: ${l.signals.join(', ') || '(none)'}`);
  }
}
