import { describe, expect, it } from "vitest";
import { normaliseQuote, quotesLookAlike, quoteSimilarity, wireServicesIn } from "@/lib/domain/provenance-suggestions";

const QUOTE = "SMEE placed a procurement order for a step-and-scan lithography system in December 2025.";

describe("quotesLookAlike", () => {
  it("treats case, punctuation, curly quotes and spacing as the same quote", () => {
    expect(normaliseQuote("“SMEE  placed” an Order!")).toBe("smee placed an order");
    expect(quotesLookAlike(QUOTE, `“${QUOTE.toUpperCase()}”`)).toBe(true);
  });

  it("finds a quote with one word dropped near-identical", () => {
    expect(quotesLookAlike(QUOTE, QUOTE.replace(" lithography", ""))).toBe(true);
  });

  it("does not match different sentences, or quotes too short to tell", () => {
    expect(quotesLookAlike(QUOTE, "The prototype's overlay accuracy has not been published by anyone so far.")).toBe(false);
    expect(quoteSimilarity("An order.", "An order.")).toBe(0);
  });
});

describe("wireServicesIn", () => {
  it("reads wire datelines and credits", () => {
    expect(wireServicesIn("SHANGHAI, Dec 17 (Reuters) - A state-backed firm ...")).toEqual(["Reuters"]);
    expect(wireServicesIn("… the company said, according to Agence France-Presse.")).toEqual(["AFP"]);
    expect(wireServicesIn("(Bloomberg) -- Chinese lithography ...")).toEqual(["Bloomberg"]);
  });

  it("finds nothing in a story that credits no wire", () => {
    expect(wireServicesIn("Our correspondent visited the plant on Tuesday.")).toEqual([]);
  });
});
