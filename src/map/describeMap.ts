// The map in plain sentences, for screen-reader users and anyone who cannot read the picture.
// Hidden indicators appear only when the model itself was built to reveal them (the debrief).
import type { ScenarioData } from '../sim/scenario/scenario.schema.ts';
import { PARTNER_NAMES, featureName, listOf, statusPhrase } from './labels.ts';
import type { MapFeature, MapModel } from './mapModel.ts';

function describeFeature(feature: MapFeature): string {
  const partner = PARTNER_NAMES[feature.partner];
  const who = feature.vendor ? `${feature.vendor}, ${partner}` : partner;
  const status = statusPhrase(feature.kind, feature.status, feature.stage);
  const sites = listOf(feature.sites.map((s) => s.name));
  const link = feature.link?.name;
  let where = '';
  if (feature.kind === 'cable') where = link ? ` from ${sites} to ${link}` : ` landing at ${sites}`;
  else if (link && sites) where = `, linking ${sites} with ${link}`;
  else if (sites) where = ` at ${sites}`;
  return `${featureName(feature)} (${who}): ${status}${where}.`;
}

export function describeMap(model: MapModel, scenario: ScenarioData): string[] {
  const country = scenario.countries.find((c) => c.id === model.countryId);
  const lines: string[] = [];
  const capital = model.capital ? `, with its capital ${model.capital.name}` : '';
  lines.push(`Map of ${country?.name ?? scenario.region} and its region${capital}.`);
  if (model.features.length === 0) lines.push('No infrastructure from any deal stands yet.');
  // Two deals can leave the same thing on the map (two police-training programmes): say it once.
  lines.push(...new Set(model.features.map(describeFeature)));
  const covered = (full: boolean) =>
    listOf(model.coverage.filter((c) => c.strength >= 1 === full).map((c) => c.place.name));
  const [full, partial] = [covered(true), covered(false)];
  if (full || partial) {
    const parts = [
      full ? `full around ${full}` : '',
      partial ? `growing around ${partial} while work goes on` : '',
    ].filter(Boolean);
    lines.push(
      `Mobile and internet coverage, shaded with ripples on the country: ${parts.join('; ')}.`,
    );
  }
  for (const arc of model.finance) {
    lines.push(
      `Loans from ${PARTNER_NAMES[arc.partner]} still to repay: ${arc.value}% of GDP, drawn as a solid arc toward ${arc.to.name}.`,
    );
  }
  for (const arc of model.influence) {
    lines.push(
      `Alignment with ${PARTNER_NAMES[arc.partner]}: ${arc.value} out of 100, drawn as a dotted arc toward ${arc.to.name}.`,
    );
  }
  const flow = model.dataFlow;
  if (flow) {
    lines.push(
      `Data exposure ${flow.exposure} out of 100, drawn as moving dots toward ${flow.to.name}: most of what added to it came through links with ${PARTNER_NAMES[flow.partner]}.`,
    );
    if (model.revealed && flow.visibility !== undefined) {
      lines.push(
        `Hidden during play: what the Chinese state could see of the country's networks (PRC visibility) was ${flow.visibility} out of 100.`,
      );
    }
  }
  return lines;
}
