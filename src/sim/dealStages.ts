// What happens when a deal enters a stage: the effects of the latest option chosen for that deal
// that says anything about the stage. Also the per-round effects of the stage a deal sits in.
import type { Draft } from 'immer';
import { applyAndLog, type Signal } from './effects.ts';
import { findOption, type ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { EffectData } from './scenario/effects.schema.ts';
import type { DealRecord, GameState } from './state.ts';

type StageKey = 'effects' | 'ongoing';

function stageEffects(index: ScenarioIndex, deal: Draft<DealRecord>, stage: string, key: StageKey) {
  for (let i = deal.options.length - 1; i >= 0; i--) {
    const chosen = deal.options[i] as DealRecord['options'][number];
    const option = findOption(index, chosen.decision, chosen.option);
    const effects = option?.[key]?.[stage];
    if (option && effects) return { chosen, option, effects: effects as EffectData[] };
  }
  return undefined;
}

/** Records that a deal entered a stage and applies that stage's effects; returns their signals. */
export function enterStage(
  draft: Draft<GameState>,
  index: ScenarioIndex,
  dealId: string,
  stage: string,
): Signal[] {
  const record = draft.deals[dealId];
  if (!record) return [];
  record.stage = stage;
  const found = stageEffects(index, record, stage, 'effects');
  if (!found) return [];
  return applyAndLog(
    draft,
    {
      kind: 'stage',
      origin: { decision: found.chosen.decision, option: found.chosen.option, stage },
    },
    found.effects,
    index.dealOf,
  );
}

/** Applies the per-round effects of every deal's current stage. */
export function applyOngoingStages(draft: Draft<GameState>, index: ScenarioIndex): Signal[] {
  const signals: Signal[] = [];
  for (const deal of Object.values(draft.deals)) {
    if (!deal.stage) continue;
    const found = stageEffects(index, deal, deal.stage, 'ongoing');
    if (!found) continue;
    signals.push(
      ...applyAndLog(
        draft,
        {
          kind: 'stage',
          ongoing: true,
          origin: {
            decision: found.chosen.decision,
            option: found.chosen.option,
            stage: deal.stage,
          },
        },
        found.effects,
        index.dealOf,
      ),
    );
  }
  return signals;
}
