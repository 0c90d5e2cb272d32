import { describe, expect, it } from "vitest";
import { neutralizeFormula, toCsv } from "@/lib/exports/csv-cells";
import { parseCsv } from "../../support/csv";

describe("CSV cells", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("https://evil.example")'])(
    "prefixes %j with a quote so spreadsheets show it as text",
    (value) => {
      expect(neutralizeFormula(value)).toBe(`'${value}`);
    },
  );

  it.each(["Reuters", "2025-12-20", "A 7 nm-class node", "", " =not at the start"])("leaves %j alone", (value) => {
    expect(neutralizeFormula(value)).toBe(value);
  });

  it("writes a header, quotes what needs quoting and keeps numbers, booleans and nulls plain", () => {
    const csv = toCsv(["a", "b", "c", "d"] as const, [
      { a: 'say "hi", then leave', b: -5, c: true, d: null },
      { a: "two\nlines", b: 0, c: false, d: "-1" },
    ]);
    expect(csv.startsWith("\uFEFFa,b,c,d\r\n")).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ["a", "b", "c", "d"],
      ['say "hi", then leave', "-5", "true", ""],
      ["two\nlines", "0", "false", "'-1"],
    ]);
  });
});
