// What the map shows, derived from the game state alone: infrastructure at places, whose it is and
// how far along, and the arcs of debt, influence and data toward partner capitals. Pure: no DOM, no
// Phaser, so the tests and the screen-reader text read exactly what the picture draws.
import type {
  OptionData,
  Partner,
  PlaceData,
  ScenarioData,
} from '../sim/scenario/scenario.schema.ts';
import type { MachineKind } from '../sim/machines/lifecycles.ts';
import type { GameState } from '../sim/state.ts';
import { COUNTRIES_ON_MAP } from './countries.ts';
import { buildCoverage, type CoverageSpot } from './coverage.ts';
import { buildDataFlow, buildFinance, buildInfluence, partnerPlace } from './mapArcs.ts';
import { statusOf, type FeatureStatus } from './stages.ts';

export type { FeatureStatus } from './stages.ts';

export type FeatureKind =
  'towers' | 'cable' | 'cameras' | 'cert' | 'network' | 'security' | 'police' | 'policy';

export const FEATURE_KIND: Readonly<Record<MachineKind, FeatureKind>> = {
  towerDeal: 'towers',
  cable: 'cable',
  safeCity: 'cameras',
  certPartnership: 'cert',
  vendorStrategy: 'network',
  securityPact: 'security',
  policeTraining: 'police',
  policy: 'policy',
};

/** Kinds that are ties to a partner: with no `link` given, they lead to the partner's capital. */
const TIES: ReadonlySet<FeatureKind> = new Set(['cert', 'security', 'police', 'policy']);

export interface MapFeature {
  /** The deal's id (the decision that opened it). */
  id: string;
  kind: FeatureKind;
  status: FeatureStatus;
  stage: string;
  partner: Partner;
  /** Who builds or runs it, when the option's terms name a firm ("Huawei"). */
  vendor: string | null;
  /** The chosen option's label: a policy is named by what was decided ("Stay with Taipei"). */
  optionLabel: string;
  decision: string;
  option: string;
  sites: PlaceData[];
  link: PlaceData | null;
  /** The round label ("2019") of the year the deal was first chosen: since when it stands. */
  since: string | null;
}

export interface MapArc {
  partner: Partner;
  from: PlaceData;
  to: PlaceData;
  /** Finance: % of GDP still owed. Influence: alignment, 0-100. */
  value: number;
  /** 0-1, for line width. */
  weight: number;
}

export interface DataFlow {
  from: PlaceData;
  to: PlaceData;
  /** Whose links added most of the exposure (the dots' colour and destination). */
  partner: Partner;
  /** The visible data exposure indicator, 0-100. */
  exposure: number;
  /** 0-1: how dense the moving dots are. */
  intensity: number;
  /** The hidden PRC-visibility indicator, present only when the model was built to reveal it. */
  visibility?: number;
}

export interface MapModel {
  scenarioId: string;
  countryId: string;
  round: number;
  capital: PlaceData | null;
  features: MapFeature[];
  finance: MapArc[];
  influence: MapArc[];
  dataFlow: DataFlow | null;
  /** Where towers and cable landings bring connectivity to the country, and how much. */
  coverage: CoverageSpot[];
  /** The round's label ("2019"), shown as the year turns. */
  roundLabel: string;
  /** Whether hidden indicators are in the model (the debrief), or kept out of it (play). */
  revealed: boolean;
}

export interface MapModelOptions {
  /** Include hidden indicators (the debrief). During play they never enter the model. */
  reveal?: boolean;
}

const VENDOR_TERMS = /^(builders?|vendors?|supplier|operator)$/i;

/**
 * A firm's name from the option's terms ("Builder: Huawei (already contracted)" gives "Huawei"),
 * only when it reads as a proper name, not a description ("Chosen by open tender").
 */
export function vendorOf(option: OptionData): string | null {
  const term = option.terms?.find((t) => VENDOR_TERMS.test(t.label.trim()));
  if (!term) return null;
  const name = term.value.replace(/\([^)]*\)/g, '').trim();
  if (name.length === 0 || name.length > 40 || /[;,:]/.test(name)) return null;
  const words = name.split(/\s+/);
  const proper = words.every((w) => /^[A-Z0-9]/.test(w) || w === 'and' || w === '&');
  return proper ? name : null;
}

export function capitalOf(scenario: ScenarioData, countryId: string): PlaceData | null {
  const places = scenario.map?.places ?? [];
  const named = COUNTRIES_ON_MAP[countryId]?.capital;
  return (
    places.find((p) => p.id === named) ??
    places.find((p) => p.kind === 'capital') ??
    places[0] ??
    null
  );
}

function placeIndex(scenario: ScenarioData): Map<string, PlaceData> {
  return new Map((scenario.map?.places ?? []).map((p) => [p.id, p]));
}

function findOption(scenario: ScenarioData, decisionId: string, optionId: string) {
  const decision = scenario.decisions.find((d) => d.id === decisionId);
  const option = decision?.options.find((o) => o.id === optionId);
  return decision && option ? { decision, option } : null;
}

function buildFeatures(
  scenario: ScenarioData,
  state: GameState,
  places: Map<string, PlaceData>,
  capital: PlaceData | null,
): MapFeature[] {
  const features: MapFeature[] = [];
  for (const [id, deal] of Object.entries(state.deals)) {
    const status = deal.stage === null ? null : statusOf(deal.kind, deal.stage);
    if (!status || deal.stage === null) continue;
    // A follow-up ("not now", "audit it") often says nothing about where things are: the latest
    // choice that does is where the infrastructure stands.
    const chosen = [...deal.options]
      .reverse()
      .map((c) => findOption(scenario, c.decision, c.option))
      .find((found) => found?.option.map);
    const where = chosen?.option.map;
    if (!chosen || !where) continue;
    const kind = FEATURE_KIND[deal.kind];
    const first = deal.options[0];
    const chosenIn = state.log.find(
      (e) => e.origin.decision === first?.decision && e.origin.option === first?.option,
    )?.round;
    const sites = (where.sites ?? [])
      .map((s) => places.get(s))
      .filter((p): p is PlaceData => p !== undefined);
    const link = where.link
      ? (places.get(where.link) ?? null)
      : TIES.has(kind) && where.partner !== 'domestic'
        ? partnerPlace(scenario, places, where.partner)
        : null;
    features.push({
      id,
      kind,
      status,
      stage: deal.stage,
      partner: where.partner,
      vendor: vendorOf(chosen.option),
      optionLabel: chosen.option.label,
      decision: chosen.decision.id,
      option: chosen.option.id,
      sites: sites.length > 0 ? sites : capital ? [capital] : [],
      link,
      since: chosenIn ? (scenario.rounds[chosenIn - 1]?.label ?? null) : null,
    });
  }
  return features;
}

export function buildMapModel(
  scenario: ScenarioData,
  state: GameState,
  options: MapModelOptions = {},
): MapModel {
  const places = placeIndex(scenario);
  const capital = capitalOf(scenario, state.countryId);
  const reveal = options.reveal ?? false;
  const features = buildFeatures(scenario, state, places, capital);
  return {
    scenarioId: scenario.id,
    countryId: state.countryId,
    round: state.round,
    capital,
    features,
    coverage: buildCoverage(features),
    roundLabel: scenario.rounds[state.round - 1]?.label ?? String(state.round),
    finance: capital ? buildFinance(scenario, state, places, capital) : [],
    influence: capital ? buildInfluence(scenario, state, places, capital) : [],
    dataFlow: capital ? buildDataFlow(scenario, state, places, capital, reveal) : null,
    revealed: reveal,
  };
}
