// A workshop facilitator's run sheet: setup, each round at the console's timer, the scenario's
// injects and the hot wash, with a running clock. Pure, so the total is checked to add up.
import { DEFAULT_TIMER_MINUTES } from '../workshop/plan.ts';

export const SETUP_MINUTES = 15;
/** Reading an inject out and letting the teams react. */
export const INJECT_MINUTES = 5;
/** The hot wash is where a workshop's learning happens: never squeezed below half an hour. */
export const HOT_WASH_MINUTES = 30;

export type RunStepKind = 'setup' | 'round' | 'injects' | 'hotWash';

export interface RunStep {
  kind: RunStepKind;
  /** The round's label, or the number of injects. */
  detail: string;
  minutes: number;
  from: number;
  to: number;
}

export function runSheet(
  roundLabels: readonly string[],
  injects: number,
  roundMinutes = DEFAULT_TIMER_MINUTES,
): { steps: RunStep[]; total: number } {
  const planned: Omit<RunStep, 'from' | 'to'>[] = [
    { kind: 'setup', detail: '', minutes: SETUP_MINUTES },
    ...roundLabels.map((label) => ({
      kind: 'round' as const,
      detail: label,
      minutes: roundMinutes,
    })),
    ...(injects > 0
      ? [{ kind: 'injects' as const, detail: String(injects), minutes: injects * INJECT_MINUTES }]
      : []),
    { kind: 'hotWash', detail: '', minutes: HOT_WASH_MINUTES },
  ];
  let clock = 0;
  const steps = planned.map((step) => {
    const from = clock;
    clock += step.minutes;
    return { ...step, from, to: clock };
  });
  return { steps, total: clock };
}
