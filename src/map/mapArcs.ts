// The arcs from the capital toward partner capitals: debt still owed to each creditor, the pull of
// each partner (alignment), and data exposure toward the partner whose links added most of it. The hidden PRC-visibility indicator
// enters only when the model is built to reveal it (the debrief).
import type { Creditor } from '../sim/scenario/effects.schema.ts';
import type { Partner, PlaceData, ScenarioData } from '../sim/scenario/scenario.schema.ts';
import type { GameState } from '../sim/state.ts';
import type { DataFlow, MapArc } from './mapModel.ts';

export function partnerPlace(
  scenario: ScenarioData,
  places: Map<string, PlaceData>,
  partner: Partner,
) {
  const id = scenario.map?.partners[partner];
  return id ? (places.get(id) ?? null) : null;
}

/** Multilateral lenders and debt from before the game belong to no partner capital. */
const CREDITOR_PARTNER: Readonly<Record<Creditor, Partner | null>> = {
  china: 'china',
  west: 'west',
  multilateral: null,
  other: null,
};

/** Debt (% of GDP) at which a finance arc reaches full width. */
const FULL_DEBT = 20;

export function buildFinance(
  scenario: ScenarioData,
  state: GameState,
  places: Map<string, PlaceData>,
  capital: PlaceData,
): MapArc[] {
  const owed = new Map<Partner, number>();
  for (const loan of state.loans) {
    const partner = CREDITOR_PARTNER[loan.creditor];
    if (partner && loan.outstandingPctGdp > 0) {
      owed.set(partner, (owed.get(partner) ?? 0) + loan.outstandingPctGdp);
    }
  }
  const arcs: MapArc[] = [];
  for (const [partner, value] of owed) {
    const to = partnerPlace(scenario, places, partner);
    if (!to) continue;
    const rounded = Math.round(value * 10) / 10;
    arcs.push({
      partner,
      from: capital,
      to,
      value: rounded,
      weight: Math.min(1, value / FULL_DEBT),
    });
  }
  return arcs;
}

const ALIGNMENT = [
  ['china', 'alignChina'],
  ['russia', 'alignRussia'],
  ['west', 'alignWest'],
] as const;

export function buildInfluence(
  scenario: ScenarioData,
  state: GameState,
  places: Map<string, PlaceData>,
  capital: PlaceData,
): MapArc[] {
  const arcs: MapArc[] = [];
  for (const [partner, indicator] of ALIGNMENT) {
    const to = partnerPlace(scenario, places, partner);
    const value = Math.round(state.indicators[indicator]);
    if (to && value > 0) arcs.push({ partner, from: capital, to, value, weight: value / 100 });
  }
  return arcs;
}

/**
 * Whose links the data exposure runs through, from its causes: every logged change to data exposure
 * made by a chosen option (or a stage of the deal it opened) counts for that option's partner on
 * the map. Exposure from the start, events or partner-less choices belongs to nobody.
 */
export function exposureByPartner(scenario: ScenarioData, state: GameState): Map<Partner, number> {
  const partnerOf = new Map<string, Partner>();
  for (const decision of scenario.decisions) {
    for (const option of decision.options) {
      if (option.map) partnerOf.set(`${decision.id}/${option.id}`, option.map.partner);
    }
  }
  const added = new Map<Partner, number>();
  for (const entry of state.log) {
    const change = entry.changes.dataExposure;
    const { decision, option } = entry.origin;
    if (!change || !decision || !option) continue;
    const partner = partnerOf.get(`${decision}/${option}`);
    if (!partner || partner === 'domestic') continue;
    added.set(partner, (added.get(partner) ?? 0) + change);
  }
  return added;
}

/**
 * Data exposure drawn toward the partner whose links added most of it; none when no partner's
 * link added any (the map then names no destination it cannot stand behind). The hidden
 * PRC-visibility dots go toward Beijing only, so they ride with the flow only when that is China.
 */
export function buildDataFlow(
  scenario: ScenarioData,
  state: GameState,
  places: Map<string, PlaceData>,
  capital: PlaceData,
  reveal: boolean,
): DataFlow | null {
  const exposure = Math.round(state.indicators.dataExposure);
  if (exposure <= 0) return null;
  let top: Partner | null = null;
  let most = 0;
  for (const [partner, added] of exposureByPartner(scenario, state)) {
    if (added > most && partnerPlace(scenario, places, partner)) [top, most] = [partner, added];
  }
  const to = top ? partnerPlace(scenario, places, top) : null;
  if (!top || !to) return null;
  const flow: DataFlow = { from: capital, to, partner: top, exposure, intensity: exposure / 100 };
  if (reveal && top === 'china') flow.visibility = Math.round(state.indicators.prcVisibility);
  return flow;
}
