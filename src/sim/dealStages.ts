// What happens when a deal enters a stage: the effects of the latest option chosen for that deal
// that says anything about the stage. Also the per-round effects of the stage a deal sits in.
import { produce, type Draft } from 'immer';
import { applyAndLog, type Signal } from './effects.ts';
import { stageLabel } from './machines/lifecycles.ts';
import { findOption, type ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { EffectData } from './scenario/effects.schema.ts';
import type { DealRecord, GameState } from './state.ts';

type StageKey = 'effects' | 'ongoing';

function stageEffects(index: ScenarioIndex, deal: DealRecord, stage: string, key: StageKey) {
  for (const chosen of [...deal.options].reverse()) {
    const option = findOption(index, chosen.decision, chosen.option);
    const effects = option?.[key]?.[stage];
    if (option && effects) return { chosen, option, effects: effects as EffectData[] };
  }
  return undefined;
}

export function enterStage(
  state: GameState,
  index: ScenarioIndex,
  dealId: string,
  stage: string,
): { state: GameState; signals: Signal[] } {
  const deal = state.deals[dealId];
  if (!deal) return { state, signals: [] };
  const found = stageEffects(index, deal, stage, 'effects');
  let signals: Signal[] = [];
  const next = produce(state, (draft) => {
    const record = draft.deals[dealId];
    if (record) record.stage = stage;
    if (!found) return;
    const decision = index.decisions.get(found.chosen.decision);
    signals = applyAndLog(
      draft,
      {
        kind: 'stage',
        title: `${decision?.title ?? dealId}: ${stageLabel(stage)}`,
        origin: { decision: found.chosen.decision, option: found.chosen.option, stage },
      },
      found.effects,
      index.dealOf,
    );
  });
  return { state: next, signals };
}

/**
 * Applies, inside a draft, the per-round effects of every deal's current stage. `deals` is read
 * from plain state: walking the draft's deals would make a proxy of each.
 */
export function applyOngoingStages(
  draft: Draft<GameState>,
  deals: GameState['deals'],
  index: ScenarioIndex,
): Signal[] {
  const signals: Signal[] = [];
  for (const [dealId, deal] of Object.entries(deals)) {
    if (!deal.stage) continue;
    const found = stageEffects(index, deal, deal.stage, 'ongoing');
    if (!found) continue;
    const decision = index.decisions.get(found.chosen.decision);
    signals.push(
      ...applyAndLog(
        draft,
        {
          kind: 'stage',
          title: `${decision?.title ?? dealId}: ${stageLabel(deal.stage)} (this round)`,
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
