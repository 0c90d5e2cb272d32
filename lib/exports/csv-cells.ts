// Spreadsheet-safe CSV cells. A cell that starts with = + - @ (or a tab or carriage
// return, which some spreadsheets skip before looking) may be run as a formula when the
// file is opened: "CSV injection" (OWASP). Claims, quotes and rationales are free text
// written by people, so every text cell gets a leading apostrophe in that case, which
// spreadsheets show as plain text. Numbers and booleans are ours and pass unchanged.
import { stringify } from "csv-stringify/sync";

const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null;

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function toCsv<Row extends Record<string, CsvCell>>(columns: readonly (keyof Row & string)[], rows: readonly Row[]): string {
  const safeRows = rows.map((row) =>
    columns.map((column) => {
      const value = row[column];
      if (value === null || value === undefined) return "";
      return typeof value === "string" ? neutralizeFormula(value) : String(value);
    }),
  );
  // The library quotes cells with commas and quotes; records end in CRLF (RFC 4180), so a
  // lone LF or CR inside a cell must be quoted too (quoted_match), or some readers would
  // start a new record there. The byte-order mark makes Excel read the file as UTF-8.
  return stringify([[...columns], ...safeRows], { bom: true, record_delimiter: "windows", quoted_match: /[\r\n]/ });
}
