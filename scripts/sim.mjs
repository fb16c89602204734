// `npm run sim -- <command>`: the command-line simulator, rebuilt first when its sources changed.
import { pathToFileURL } from 'node:url';
import { CLI_ENTRY, buildCli, cliIsStale } from './cliBuild.mjs';

if (cliIsStale()) await buildCli();
await import(pathToFileURL(CLI_ENTRY).href);
