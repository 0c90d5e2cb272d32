import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { communityForecast, communityHistory, latestPerForecaster, median, type ForecastEntry } from "@/lib/domain/forecasts";

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const entry = (userId: string, probability: number, day: number): ForecastEntry => ({ userId, probability, at: at(day) });

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([0.3, 0.1, 0.2])).toBe(0.2);
    expect(median([0.4, 0.1, 0.2, 0.3])).toBeCloseTo(0.25, 12);
    expect(median([0.7])).toBe(0.7);
    expect(median([])).toBeNull();
  });

  it("lies between the smallest and the largest value and ignores order", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { minLength: 1, maxLength: 30 }), (values) => {
        const m = median(values)!;
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
        expect(median([...values].reverse())).toBe(m);
      }),
    );
  });

  it("moves by at most one rank when one forecaster goes to an extreme", () => {
    const crowd = [0.3, 0.35, 0.4, 0.45, 0.5];
    expect(median([...crowd.slice(0, 4), 0.99])).toBe(0.4);
    expect(median([0.01, ...crowd.slice(1)])).toBe(0.4);
  });
});

describe("latestPerForecaster and communityForecast", () => {
  const entries = [entry("ada", 0.2, 1), entry("rui", 0.6, 2), entry("ada", 0.4, 3), entry("kim", 0.9, 4)];

  it("counts only each forecaster's latest probability", () => {
    expect(latestPerForecaster(entries).map((e) => [e.userId, e.probability])).toEqual([
      ["ada", 0.4],
      ["rui", 0.6],
      ["kim", 0.9],
    ]);
    expect(communityForecast(entries)).toEqual({ probability: 0.6, forecasters: 3 });
  });

  it("can be read as of an earlier moment", () => {
    expect(communityForecast(entries, at(2))).toEqual({ probability: 0.4, forecasters: 2 });
    expect(communityForecast(entries, at(0))).toEqual({ probability: null, forecasters: 0 });
  });

  it("is unchanged by the order entries arrive in", () => {
    const arb = fc.array(
      fc.record({ userId: fc.constantFrom("a", "b", "c", "d"), probability: fc.integer({ min: 1, max: 99 }), day: fc.integer({ min: 1, max: 28 }) }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        // One entry per forecaster and day, so "latest" is never a tie.
        const unique = [...new Map(rows.map((r) => [`${r.userId}/${r.day}`, r])).values()].map((r) => entry(r.userId, r.probability / 100, r.day));
        expect(communityForecast([...unique].reverse())).toEqual(communityForecast(unique));
      }),
    );
  });
});

describe("communityHistory", () => {
  it("has one point per entry, oldest first, each the median of the latest probabilities so far", () => {
    const history = communityHistory([entry("rui", 0.6, 2), entry("ada", 0.2, 1), entry("ada", 0.4, 3)]);
    expect(history.map((p) => [p.at.getUTCDate(), p.probability, p.forecasters])).toEqual([
      [1, 0.2, 1],
      [2, 0.4, 2],
      [3, 0.5, 2],
    ]);
  });

  it("ends at the current community forecast", () => {
    const arb = fc.array(fc.record({ userId: fc.constantFrom("a", "b", "c"), p: fc.integer({ min: 1, max: 99 }), day: fc.integer({ min: 1, max: 28 }) }), { minLength: 1, maxLength: 15 });
    fc.assert(
      fc.property(arb, (rows) => {
        const unique = [...new Map(rows.map((r) => [`${r.userId}/${r.day}`, r])).values()].map((r) => entry(r.userId, r.p / 100, r.day));
        const history = communityHistory(unique);
        const last = history[history.length - 1]!;
        expect({ probability: last.probability, forecasters: last.forecasters }).toEqual(communityForecast(unique));
      }),
    );
  });
});
