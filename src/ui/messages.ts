// Every string the interface itself shows, in one catalog, ready for a second language.
// Scenario content (titles, texts, sources) comes from the scenario files, not from here.
const en = {
  appTitle: 'Digital Silk Road',
  appTagline:
    "An educational game about how digital infrastructure deals shape a country's sovereignty.",
  chooseScenario: 'Choose a scenario',
  play: 'Play',
  minutes: '{n} minutes',
  years: '{start}–{end}',
  whatItTeaches: 'What it teaches',
  chooseCountry: 'Choose a country',
  playAs: 'Play as {name}',
  back: 'Back',
  round: 'Round {n} of {total}: {label}',
  indicators: 'Your country',
  indicatorChange: '{direction} {amount} this round',
  up: 'up',
  down: 'down',
  unchanged: 'no change',
  hiddenUntilDebrief: 'hidden until the debrief',
  decision: 'Decision',
  options: 'Your options',
  choose: 'Choose: {label}',
  closed: 'Not open: {reason}',
  terms: 'Terms',
  appeal: 'Why a government says yes',
  risk: 'What critics warn',
  why: 'Why? Sources',
  illustrative: 'Illustrative: invented to make the scenario playable, not a documented fact.',
  quoteFrom: 'From {title} ({file})',
  roundReport: 'What happened in {label}',
  nothingHappened: 'A quiet year.',
  pending: 'Coming later',
  pendingItem: '{note}: in {n} round(s)',
  continue: 'Continue',
  seeEnding: 'See how it ended',
  ending: 'How it ended',
  finalIndicators: 'Where your country ended up',
  history: 'What really happened',
  yourChoices: 'Your choices',
  playAgain: 'Play again',
  announcedChanges: '{title}. {changes}',
} as const;

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
