// Lines up what really happened with the rounds of the game, so a student reads their year beside
// the world's. Dates are free text in the scenarios ("30 April 2018", "June-September 2019",
// "2016-2019"); the first year named places an entry, and its month picks between rounds that share
// a year (two rounds labelled 2022 split the year in halves).
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function firstYear(text: string): number | null {
  const match = /\b(\d{4})\b/.exec(text);
  return match ? Number(match[1]) : null;
}

function firstMonth(text: string): number | null {
  const lower = text.toLowerCase();
  const found = MONTHS.map((m, i) => [lower.indexOf(m), i] as const)
    .filter(([at]) => at >= 0)
    .sort(([a], [b]) => a - b)[0];
  return found ? found[1] : null;
}

/**
 * For each round (by its label), the indices of the dated entries that belong to it. Entries
 * before the first round's year (or without a year) go to the first round; otherwise to the last
 * round whose year is not later than the entry's.
 */
export function alignHistory(roundLabels: readonly string[], dates: readonly string[]): number[][] {
  const years = roundLabels.map(firstYear);
  const rows: number[][] = roundLabels.map(() => []);
  if (rows.length === 0) return rows;
  dates.forEach((date, entry) => {
    const year = firstYear(date);
    let round = 0;
    if (year !== null) {
      years.forEach((y, i) => {
        if (y !== null && y <= year) round = i;
      });
      const same = years.flatMap((y, i) => (y === year ? [i] : []));
      if (same.length > 1) {
        const month = firstMonth(date) ?? 0;
        round = same[Math.floor((month * same.length) / 12)] as number;
      }
    }
    rows[round]?.push(entry);
  });
  return rows;
}
