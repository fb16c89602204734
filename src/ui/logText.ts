// A log entry's heading in words. The simulation records facts (kind, origin, what changed); the
// words come from the scenario (titles, labels, composed texts) and the message catalog, here
// only, so a second language needs no change to the simulation. Two registers: the player's
// (stage names a student knows, "this year") and the record's, which the command-line transcript
// prints (a stage by its state name, "this round").
import { stageLabel } from '../sim/machines/lifecycles.ts';
import { findOption, type ScenarioIndex } from '../sim/scenario/scenarioIndex.ts';
import type { LogEntry } from '../sim/state.ts';
import { t } from './messages.ts';
import { stageName } from './panels/stageNames.ts';

export type Register = 'player' | 'record';

/** A stage's every-round effects (older saves said so only in their heading). */
export function isOngoing(entry: LogEntry): boolean {
  return entry.ongoing === true || (entry.title?.endsWith('(this round)') ?? false);
}

function stageTitle(index: ScenarioIndex, entry: LogEntry, register: Register): string {
  const { decision = '', stage = '' } = entry.origin;
  const data = index.decisions.get(decision);
  const deal = data?.title ?? decision;
  if (register === 'player') {
    const key = isOngoing(entry) ? 'stageOngoing' : 'stageEntered';
    // A policy is named by what was proposed, not by its decision's title, which may describe
    // the moment of deciding ("Recognition, still undecided: rejected" read as a contradiction):
    // "“Switch recognition to Beijing”: turned down".
    const proposal = data?.machine === 'policy' && data.options.find((o) => o.outcome === 'adopt');
    const title = proposal
      ? t('policyProposal', { proposal: proposal.headline ?? proposal.label })
      : deal;
    return t(key, { title, stage: stageName(stage) });
  }
  return t(isOngoing(entry) ? 'logStageThisRound' : 'logStage', { deal, stage: stageLabel(stage) });
}

function lookedUp(index: ScenarioIndex, entry: LogEntry, register: Register): string | undefined {
  const { decision = '', option = '', event, election, ending, rule } = entry.origin;
  switch (entry.kind) {
    case 'decision': {
      const title = index.decisions.get(decision)?.title;
      const label = findOption(index, decision, option)?.label;
      return title && label ? t('logDecision', { decision: title, option: label }) : undefined;
    }
    case 'stage':
      return stageTitle(index, entry, register);
    case 'event':
    case 'inject':
      return event === undefined ? undefined : index.events.get(event)?.title;
    case 'election': {
      const title = election === undefined ? undefined : index.elections.get(election)?.title;
      return title && t('logElection', { election: title, outcome: entry.text ?? '' });
    }
    case 'rule':
      return t(rule === 'debtService' ? 'logDebtService' : 'logYearPasses');
    case 'ending':
      return index.scenario.endings.find((e) => e.id === ending)?.title;
    case 'closed': {
      const title = index.decisions.get(decision)?.title;
      return title && t('logClosed', { decision: title });
    }
    case 'delayed':
      return undefined;
  }
}

/**
 * The heading of a log entry. A delayed consequence's note and a facilitator's inject keep the
 * words their author wrote; saves from before the log held facts keep the heading they carried.
 */
export function logTitle(
  index: ScenarioIndex,
  entry: LogEntry,
  register: Register = 'player',
): string {
  return lookedUp(index, entry, register) ?? entry.title ?? '';
}
