// `sim validate`: one line per problem, `file:line:col: field.path: message`; exit 1 if any.
import { formatIssue } from '../sim/scenario/issues.ts';
import { readScenarioFile, seedReader, seedsDir } from './scenarioFiles.ts';

export function validateCommand(
  files: string[],
  options: { seeds?: string; out: (line: string) => void; err: (line: string) => void },
): boolean {
  const dir = seedsDir(options.seeds);
  const readSeed = seedReader(dir);
  if (!dir)
    options.err(
      'note: seed documents not found (set DSR_SEEDS_DIR or --seeds); quotes are not checked',
    );
  let allValid = true;
  for (const file of files) {
    const result = readScenarioFile(file, readSeed);
    if (result.ok) {
      const s = result.scenario;
      options.out(
        `ok: ${file} (${s.countries.length} countr${s.countries.length === 1 ? 'y' : 'ies'}, ${s.rounds.length} rounds, ${s.decisions.length} decisions, ${s.events.length} events, ${s.endings.length} endings)`,
      );
    } else {
      allValid = false;
      result.issues.forEach((issue) => options.out(formatIssue(issue)));
    }
  }
  return allValid;
}
