// The arcs from the capital toward partner capitals: debt still owed to each creditor, the pull of
// each partner (alignment), and data flowing toward Beijing. The hidden PRC-visibility indicator
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

export function buildDataFlow(
  scenario: ScenarioData,
  state: GameState,
  places: Map<string, PlaceData>,
  capital: PlaceData,
  reveal: boolean,
): DataFlow | null {
  const to = partnerPlace(scenario, places, 'china');
  const exposure = Math.round(state.indicators.dataExposure);
  if (!to || exposure <= 0) return null;
  const flow: DataFlow = { from: capital, to, exposure, intensity: exposure / 100 };
  if (reveal) flow.visibility = Math.round(state.indicators.prcVisibility);
  return flow;
}
