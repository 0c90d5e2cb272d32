import { describe, expect, it } from "vitest";
import { checkQuote, normalizeForQuoteMatch } from "@/lib/domain/quote-check";

describe("normalizeForQuoteMatch", () => {
  it("folds curly quotes, dashes, ellipses, non-breaking and repeated spaces", () => {
    expect(normalizeForQuoteMatch("“It’s here” — they said…\u00A0 now")).toBe(`"It's here" - they said... now`);
    expect(normalizeForQuoteMatch("a\u2013b\u2212c\n\n d")).toBe("a-b-c d");
  });
});

describe("checkQuote", () => {
  const page = "Intro text here. The machine “exposed” its first wafers — in spring. Then more text follows on.";

  it("finds a quote typed with straight quotes and a hyphen, with the words around it", () => {
    const result = checkQuote('The machine "exposed" its first wafers - in spring.', page);
    expect(result).toEqual({
      status: "found",
      selector: { type: "TextQuoteSelector", exact: 'The machine "exposed" its first wafers - in spring.', prefix: "Intro text here. ", suffix: " Then more text follows on." },
    });
  });

  it("does not find a changed word, and keeps the exact text for a later re-anchoring", () => {
    expect(checkQuote("The machine exposed its last wafers", page)).toEqual({ status: "not_found", selector: { type: "TextQuoteSelector", exact: "The machine exposed its last wafers", prefix: "", suffix: "" } });
  });

  it("reports an empty or blank quote as no quote", () => {
    expect(checkQuote("   ", page)).toEqual({ status: "no_quote" });
  });

  it("is case-sensitive: a quote is the words as printed", () => {
    expect(checkQuote("the MACHINE", page).status).toBe("not_found");
  });

  it("keeps at most 32 characters of context on each side", () => {
    const long = `${"x".repeat(100)} needle ${"y".repeat(100)}`;
    const result = checkQuote("needle", long);
    if (result.status !== "found") throw new Error("expected found");
    expect(result.selector.prefix).toHaveLength(32);
    expect(result.selector.suffix).toHaveLength(32);
  });
});
