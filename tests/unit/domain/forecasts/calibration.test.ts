import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binIndex, calibrationBins, calibrationError, CALIBRATION_BIN_COUNT, type Outcome } from "@/lib/domain/forecasts";

describe("binIndex", () => {
  it("puts 1 %–9 % in the first bin, 10 % in the second, 99 % and 100 % in the last", () => {
    expect(binIndex(0.01)).toBe(0);
    expect(binIndex(0.09)).toBe(0);
    expect(binIndex(0.1)).toBe(1);
    expect(binIndex(0.55)).toBe(5);
    expect(binIndex(0.99)).toBe(9);
    expect(binIndex(1)).toBe(9);
    expect(() => binIndex(-0.1)).toThrow(RangeError);
  });
});

describe("calibrationBins", () => {
  it("reports n, mean forecast and observed frequency per bin", () => {
    const bins = calibrationBins([
      { probability: 0.71, outcome: "yes" },
      { probability: 0.75, outcome: "no" },
      { probability: 0.79, outcome: "yes" },
      { probability: 0.05, outcome: "no" },
    ]);
    expect(bins).toHaveLength(CALIBRATION_BIN_COUNT);
    expect(bins[7]).toMatchObject({ from: 0.7, to: 0.8, count: 3 });
    expect(bins[7]!.meanPredicted).toBeCloseTo(0.75, 12);
    expect(bins[7]!.observed).toBeCloseTo(2 / 3, 12);
    expect(bins[0]).toMatchObject({ count: 1, observed: 0 });
    expect(bins[3]).toMatchObject({ count: 0, meanPredicted: null, observed: null });
  });

  it("keeps every forecast: the counts add up", () => {
    const arb = fc.array(fc.record({ probability: fc.integer({ min: 1, max: 99 }).map((p) => p / 100), outcome: fc.constantFrom<Outcome>("yes", "no") }));
    fc.assert(
      fc.property(arb, (forecasts) => {
        expect(calibrationBins(forecasts).reduce((sum, bin) => sum + bin.count, 0)).toBe(forecasts.length);
      }),
    );
  });
});

describe("calibrationError", () => {
  it("is null without forecasts and 1 for a forecaster always certain and always wrong", () => {
    expect(calibrationError(calibrationBins([]))).toBeNull();
    const wrong = Array.from({ length: 20 }, (_, i) => ({ probability: i % 2 ? 1 : 0, outcome: (i % 2 ? "no" : "yes") as Outcome }));
    expect(calibrationError(calibrationBins(wrong))).toBe(1);
  });

  it("is near zero for a perfectly calibrated synthetic forecaster", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        // Outcomes drawn with exactly the forecast probability: calibrated by construction.
        const random = mulberry32(seed);
        const forecasts = Array.from({ length: 20_000 }, () => {
          const probability = (1 + Math.floor(random() * 99)) / 100;
          return { probability, outcome: (random() < probability ? "yes" : "no") as Outcome };
        });
        expect(calibrationError(calibrationBins(forecasts))!).toBeLessThan(0.03);
      }),
      { numRuns: 10 },
    );
  });

  it("is large for an overconfident forecaster", () => {
    const random = mulberry32(7);
    // Says 90 % for events that happen half the time.
    const forecasts = Array.from({ length: 5_000 }, () => ({ probability: 0.9, outcome: (random() < 0.5 ? "yes" : "no") as Outcome }));
    expect(calibrationError(calibrationBins(forecasts))!).toBeGreaterThan(0.3);
  });
});

// A small seeded generator, so a failing seed from fast-check replays exactly.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
