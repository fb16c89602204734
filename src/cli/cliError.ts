// A mistake on the command line or in a file the user named: printed as one line, no stack trace.
// (Its own file, so that commands that read no scenario never load the YAML parser and schemas.)
export class CliError extends Error {}
