// CSV that spreadsheets open as intended: RFC 4180 quoting (commas, quotes and line breaks stay in
// their cell), CRLF line ends, and text that would start a formula (a team named "=1+1", a
// student's answer "=HYPERLINK(...)") defused so that opening the file runs nothing.
export type CsvCell = string | number | null | undefined;

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRows(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The MIME type for a saved CSV file: UTF-8 named, to match the byte order mark below. */
export const CSV_TYPE = 'text/csv;charset=utf-8';

/** CSV text as saved to a file. The UTF-8 byte order mark is what makes Excel read the file as
 * UTF-8 instead of the system code page, so a team named "Команда Астана" stays readable. */
export function spreadsheetFile(csv: string): string {
  return `\uFEFF${csv}`;
}
