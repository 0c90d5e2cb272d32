import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brierScore, logScore, summarizeScores, type Outcome } from "@/lib/domain/forecasts";

const outcomeArb = fc.constantFrom<Outcome>("yes", "no");
const percentArb = fc.integer({ min: 1, max: 99 }).map((percent) => percent / 100);

describe("Brier score", () => {
  it("is 0 for certain and right, 1 for certain and wrong, 0.25 for a coin flip", () => {
    expect(brierScore(1, "yes")).toBe(0);
    expect(brierScore(0, "no")).toBe(0);
    expect(brierScore(0, "yes")).toBe(1);
    expect(brierScore(1, "no")).toBe(1);
    expect(brierScore(0.5, "yes")).toBe(0.25);
    expect(brierScore(0.5, "no")).toBe(0.25);
    expect(brierScore(0.8, "yes")).toBeCloseTo(0.04, 12);
  });

  it("refuses probabilities outside 0…1", () => {
    expect(() => brierScore(1.2, "yes")).toThrow(RangeError);
    expect(() => brierScore(Number.NaN, "no")).toThrow(RangeError);
  });

  it("lies in 0…1 and is symmetric in the outcome", () => {
    fc.assert(
      fc.property(percentArb, outcomeArb, (p, outcome) => {
        const score = brierScore(p, outcome);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(brierScore(1 - p, outcome === "yes" ? "no" : "yes")).toBeCloseTo(score, 12);
      }),
    );
  });

  it("is proper: reporting the true probability minimises the expected score", () => {
    fc.assert(
      fc.property(percentArb, percentArb, (truth, reported) => {
        const expected = (p: number) => truth * brierScore(p, "yes") + (1 - truth) * brierScore(p, "no");
        expect(expected(truth)).toBeLessThanOrEqual(expected(reported) + 1e-12);
      }),
    );
  });
});

describe("log score", () => {
  it("is 0 for certain and right, ln ½ for a coin flip, −∞ for certain and wrong", () => {
    expect(logScore(1, "yes")).toBe(0);
    expect(logScore(0.5, "no")).toBeCloseTo(Math.log(0.5), 12);
    expect(logScore(0, "yes")).toBe(-Infinity);
    expect(logScore(0.9, "no")).toBeCloseTo(Math.log(0.1), 12);
  });

  it("is proper: reporting the true probability maximises the expected score", () => {
    fc.assert(
      fc.property(percentArb, percentArb, (truth, reported) => {
        const expected = (p: number) => truth * logScore(p, "yes") + (1 - truth) * logScore(p, "no");
        expect(expected(truth)).toBeGreaterThanOrEqual(expected(reported) - 1e-12);
      }),
    );
  });

  it("is finite for every probability a forecaster can enter (1 % … 99 %)", () => {
    fc.assert(
      fc.property(percentArb, outcomeArb, (p, outcome) => {
        expect(Number.isFinite(logScore(p, outcome))).toBe(true);
      }),
    );
  });
});

describe("summarizeScores", () => {
  it("averages both scores and counts the forecasts", () => {
    const summary = summarizeScores([
      { probability: 0.9, outcome: "yes" },
      { probability: 0.2, outcome: "no" },
    ]);
    expect(summary.count).toBe(2);
    expect(summary.brier).toBeCloseTo((0.01 + 0.04) / 2, 12);
    expect(summary.log).toBeCloseTo((Math.log(0.9) + Math.log(0.8)) / 2, 12);
  });

  it("has no scores without resolved forecasts", () => {
    expect(summarizeScores([])).toEqual({ count: 0, brier: null, log: null });
  });
});
