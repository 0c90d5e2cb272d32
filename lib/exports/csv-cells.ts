// Spreadsheet-safe CSV cells. A cell that starts with = + - @ (or a tab or carriage
// return, which some spreadsheets skip before looking) may be run as a formula when the
// file is opened: "CSV injection" (OWASP). Claims, quotes and rationales are free text
// written by people, so every text cell gets a leading apostrophe in that case, which
// spreadsheets show as plain text. Numbers and booleans are ours and pass unchanged.
import { stringify } from "csv-stringify/sync";

const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null;

/** A table's columns: name → how a row fills it. Adding a column is adding one entry. */
export type CsvColumns<Row> = Record<string, (row: Row) => CsvCell>;

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function safeCell(value: CsvCell | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? neutralizeFormula(value) : String(value);
}

// The library quotes cells with commas and quotes; records end in CRLF (RFC 4180), so a
// lone LF or CR inside a cell must be quoted too (quoted_match), or some readers would
// start a new record there.
const OPTIONS = { record_delimiter: "windows", quoted_match: /[\r\n]/ } as const;

/** The header record, after a byte-order mark that makes Excel read the file as UTF-8. */
export function csvHeader(names: readonly string[]): string {
  return stringify([[...names]], { ...OPTIONS, bom: true });
}

/** Records for some rows, to follow csvHeader (a streamed table writes them batch by batch). */
export function csvRecords<Row>(columns: CsvColumns<Row>, rows: readonly Row[]): string {
  if (rows.length === 0) return "";
  const cells = Object.values(columns);
  return stringify(rows.map((row) => cells.map((cell) => safeCell(cell(row)))), OPTIONS);
}

export function toCsv<Row extends Record<string, CsvCell>>(columns: readonly (keyof Row & string)[], rows: readonly Row[]): string {
  const byName = Object.fromEntries(columns.map((column) => [column, (row: Row) => row[column] ?? null])) as CsvColumns<Row>;
  return csvHeader(columns) + csvRecords(byName, rows);
}
