// `sim play`: one game, turn by turn, with the choices given on the command line or asked for.
import { createInterface } from 'node:readline/promises';

import { GameSession } from '../sim/session.ts';
import type { GameLength } from '../sim/scenario/lessonCut.ts';
import { CliError } from './cliError.ts';
import { loadPlayedOrFail } from './scenarioFiles.ts';
import { playOut, type Chooser } from './transcript.ts';

export interface PlayOptions {
  file: string;
  seed: number;
  country?: string;
  choices?: string[];
  /** The full game (default) or the scenario's lesson cut. */
  length?: GameLength;
  out: (line: string) => void;
}

/** Takes the next listed choice: an option id or its 1-based number among all the options. */
function listedChoices(choices: string[]): Chooser {
  let next = 0;
  return async (session, decisionId, open) => {
    const decision = session.index.decisions.get(decisionId);
    const given = choices[next++];
    if (given === undefined) {
      throw new CliError(
        `ran out of choices at "${decisionId}" (round ${session.state.round}); open: ${open.join(', ')}`,
      );
    }
    const byNumber = /^\d+$/.test(given) ? decision?.options[Number(given) - 1]?.id : undefined;
    const option = byNumber ?? given;
    if (!open.includes(option)) {
      throw new CliError(
        `choice ${next} "${given}" is not open at "${decisionId}" (round ${session.state.round}); open: ${open.join(', ')}`,
      );
    }
    return option;
  };
}

function askInTerminal(out: (line: string) => void): Chooser {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  return async (session, decisionId, open) => {
    const decision = session.index.decisions.get(decisionId);
    if (!decision) throw new CliError(`unknown decision ${decisionId}`);
    out(`\n${decision.title}${decision.date ? ` (${decision.date})` : ''}\n${decision.prompt}`);
    decision.options.forEach((o, i) => {
      const status = session.optionStatus(decisionId, o.id);
      out(`  ${i + 1}. ${o.label}${status.available ? '' : `  [closed: ${status.reason}]`}`);
      out(`     ${o.description}`);
    });
    for (;;) {
      const answer = (await rl.question(`Choose 1-${decision.options.length}: `)).trim();
      const option = decision.options[Number(answer) - 1]?.id ?? answer;
      if (open.includes(option)) return option;
      out('That option is not open; pick another.');
    }
  };
}

export async function playCommand(options: PlayOptions): Promise<void> {
  const scenario = loadPlayedOrFail(options.file, options.length ?? 'full');
  const session = GameSession.start(scenario, { seed: options.seed, countryId: options.country });
  const choose = options.choices ? listedChoices(options.choices) : askInTerminal(options.out);
  const country = scenario.countries.find((c) => c.id === session.state.countryId);
  options.out(`${scenario.title}: playing ${country?.name ?? ''}, seed ${options.seed}`);
  try {
    await playOut(session, choose, options.out);
  } finally {
    session.stop();
    if (!options.choices) process.stdin.pause();
  }
}
