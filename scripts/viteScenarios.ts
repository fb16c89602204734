// Vite plugin: scenario files are validated at build time (a broken one fails the build with
// file:line:col errors) and reach the browser as JSON, so the game needs no YAML parser or schema
// library to start. `virtual:scenarios` lists the scenario cards and loads each scenario lazily.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue } from '../src/sim/scenario/issues.ts';
import { parseScenarioText } from '../src/sim/scenario/load.ts';
import type { ScenarioData } from '../src/sim/scenario/scenario.schema.ts';

const VIRTUAL = 'virtual:scenarios';
const RESOLVED = `\0${VIRTUAL}`;
const SUFFIX = '?scenario';

function load(file: string): ScenarioData {
  const result = parseScenarioText(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(`invalid scenario\n${result.issues.map(formatIssue).join('\n')}`);
  return result.scenario;
}

export function scenariosPlugin(dir: string): Plugin {
  const files = () =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => join(dir, f));
  return {
    name: 'dsr-scenarios',
    resolveId(id) {
      if (id === VIRTUAL) return RESOLVED;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED) {
        const cards = files().map((file) => {
          this.addWatchFile(file);
          const s = load(file);
          return {
            id: s.id,
            title: s.title,
            region: s.region,
            years: s.years,
            minutes: s.minutes,
            lessonMinutes: s.lesson?.minutes ?? null,
            rounds: s.rounds.map((r) => r.label),
            summary: s.summary,
            objectives: s.objectives,
            countries: s.countries.map((c) => ({ id: c.id, name: c.name, summary: c.summary })),
            file: basename(file),
          };
        });
        const loaders = files()
          .map(
            (file) =>
              `  ${JSON.stringify(load(file).id)}: () => import(${JSON.stringify(file + SUFFIX)}).then((m) => m.default),`,
          )
          .join('\n');
        return `export const scenarioCards = ${JSON.stringify(cards)};\nexport const scenarioLoaders = {\n${loaders}\n};\n`;
      }
      if (id.endsWith(SUFFIX)) {
        const file = id.slice(0, -SUFFIX.length);
        this.addWatchFile(file);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(load(file)))});\n`;
      }
      return undefined;
    },
  };
}
