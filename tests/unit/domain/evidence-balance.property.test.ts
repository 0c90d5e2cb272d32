import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeEvidenceBalance, verdictFor, type BalanceItem } from "@/lib/domain/evidence-balance";
import {
  balanceItemArb,
  balanceItemsArb,
  judgedCredibilityArb,
  judgedReliabilityArb,
  permutationOf,
  stanceArb,
  withInserted,
} from "./arbitraries";

// An added item can only push the score one way; null (no weighted evidence) sits at the far end from that way.
const scoreFromBelow = (score: number | null) => score ?? -Infinity;
const scoreFromAbove = (score: number | null) => score ?? Infinity;

const itemsAndPosition = fc.tuple(balanceItemsArb, fc.nat());

describe("computeEvidenceBalance properties", () => {
  it("does not depend on the order of items", () => {
    fc.assert(
      fc.property(
        balanceItemsArb.chain((items) => fc.tuple(fc.constant(items), permutationOf(items))),
        ([items, shuffled]) => {
          expect(computeEvidenceBalance(shuffled)).toStrictEqual(computeEvidenceBalance(items));
        },
      ),
    );
  });

  it("never lowers support or the score when a supporting item is added", () => {
    fc.assert(
      fc.property(itemsAndPosition, balanceItemArb, ([items, position], extra) => {
        const before = computeEvidenceBalance(items);
        const after = computeEvidenceBalance(withInserted(items, { ...extra, stance: "supports" }, position));
        expect(after.support).toBeGreaterThanOrEqual(before.support);
        expect(after.refute).toBe(before.refute);
        expect(scoreFromBelow(after.score)).toBeGreaterThanOrEqual(scoreFromBelow(before.score));
      }),
    );
  });

  it("never raises the score or lowers refute when a refuting item is added", () => {
    fc.assert(
      fc.property(itemsAndPosition, balanceItemArb, ([items, position], extra) => {
        const before = computeEvidenceBalance(items);
        const after = computeEvidenceBalance(withInserted(items, { ...extra, stance: "refutes" }, position));
        expect(after.refute).toBeGreaterThanOrEqual(before.refute);
        expect(after.support).toBe(before.support);
        expect(scoreFromAbove(after.score)).toBeLessThanOrEqual(scoreFromAbove(before.score));
      }),
    );
  });

  it("strictly raises support when a weighted supporting item is added", () => {
    fc.assert(
      fc.property(
        itemsAndPosition,
        balanceItemArb,
        judgedReliabilityArb,
        judgedCredibilityArb,
        ([items, position], extra, reliability, credibility) => {
          const added = { ...extra, stance: "supports" as const, reliability, credibility };
          const before = computeEvidenceBalance(items);
          const after = computeEvidenceBalance(withInserted(items, added, position));
          expect(after.support).toBeGreaterThan(before.support);
        },
      ),
    );
  });

  it("gives items graded F or 6 no weight at all", () => {
    const unjudged = fc.oneof(
      balanceItemArb.map((i): BalanceItem => ({ ...i, reliability: "F" })),
      balanceItemArb.map((i): BalanceItem => ({ ...i, credibility: 6 })),
    );
    fc.assert(
      fc.property(itemsAndPosition, unjudged, ([items, position], extra) => {
        const before = computeEvidenceBalance(items);
        const after = computeEvidenceBalance(withInserted(items, extra, position));
        expect([after.support, after.refute, after.score]).toEqual([before.support, before.refute, before.score]);
      }),
    );
  });

  it("never lets context items change support, refute or the score", () => {
    fc.assert(
      fc.property(itemsAndPosition, balanceItemArb, ([items, position], extra) => {
        const before = computeEvidenceBalance(items);
        const after = computeEvidenceBalance(withInserted(items, { ...extra, stance: "context" }, position));
        expect([after.support, after.refute, after.score]).toEqual([before.support, before.refute, before.score]);
      }),
    );
  });

  it("adds less and less for each repeated item from one source, but always something", () => {
    fc.assert(
      fc.property(
        stanceArb.filter((s) => s !== "context"),
        judgedReliabilityArb,
        judgedCredibilityArb,
        fc.integer({ min: 2, max: 20 }),
        (stance, reliability, credibility, count) => {
          const totals = [0];
          for (let n = 1; n <= count; n++) {
            const items = Array.from({ length: n }, (_, k) => ({
              id: `item-${String(k).padStart(2, "0")}`,
              stance,
              sourceId: "one-source",
              reliability,
              credibility,
            }));
            const balance = computeEvidenceBalance(items);
            totals.push(stance === "supports" ? balance.support : balance.refute);
          }
          const gains = totals.slice(1).map((total, i) => total - (totals[i] ?? 0));
          for (let i = 0; i < gains.length; i++) {
            expect(gains[i]).toBeGreaterThan(0);
            if (i > 0) expect(gains[i]).toBeLessThan(gains[i - 1] ?? 0);
          }
        },
      ),
    );
  });

  it("keeps the score within [-1, 1] and null exactly when nothing is weighed", () => {
    fc.assert(
      fc.property(balanceItemsArb, (items) => {
        const { support, refute, score, verdict } = computeEvidenceBalance(items);
        expect(support).toBeGreaterThanOrEqual(0);
        expect(refute).toBeGreaterThanOrEqual(0);
        if (support + refute === 0) expect(score).toBeNull();
        else {
          expect(score).toBeGreaterThanOrEqual(-1);
          expect(score).toBeLessThanOrEqual(1);
        }
        expect(verdict).toBe(verdictFor(score));
      }),
    );
  });

  it("mirrors exactly when every supports and refutes stance is swapped", () => {
    const swap = (i: BalanceItem): BalanceItem => ({
      ...i,
      stance: i.stance === "supports" ? "refutes" : i.stance === "refutes" ? "supports" : "context",
    });
    fc.assert(
      fc.property(balanceItemsArb, (items) => {
        const original = computeEvidenceBalance(items);
        const mirrored = computeEvidenceBalance(items.map(swap));
        expect(mirrored.support).toBe(original.refute);
        expect(mirrored.refute).toBe(original.support);
        expect(mirrored.score === null ? null : mirrored.score + 0).toBe(
          original.score === null ? null : -original.score + 0,
        );
      }),
    );
  });

  it("explains every item once, with consistent weights, strongest first", () => {
    fc.assert(
      fc.property(balanceItemsArb, (items) => {
        const { support, refute, contributions } = computeEvidenceBalance(items);
        expect(contributions).toHaveLength(items.length);
        let supportSum = 0;
        let refuteSum = 0;
        for (const c of contributions) {
          expect(c.effectiveWeight).toBeGreaterThanOrEqual(0);
          expect(c.effectiveWeight).toBeLessThanOrEqual(c.baseWeight);
          const factor = c.originRepeat ? 0.1 : 0.5 ** c.repeatIndex;
          expect(c.effectiveWeight).toBe(c.reason === "weighed" ? c.baseWeight * factor : 0);
          const sign = c.stance === "supports" ? 1 : c.stance === "refutes" ? -1 : 0;
          expect(Object.is(c.signedWeight, sign * c.effectiveWeight + 0)).toBe(true);
          if (c.stance === "supports") supportSum += c.effectiveWeight;
          if (c.stance === "refutes") refuteSum += c.effectiveWeight;
        }
        expect(support).toBe(supportSum);
        expect(refute).toBe(refuteSum);
        const magnitudes = contributions.map((c) => Math.abs(c.signedWeight));
        expect(magnitudes).toEqual([...magnitudes].sort((a, b) => b - a));
      }),
    );
  });

  it("numbers repeats 0, 1, 2, ... within each source and side, for items not weighed by origin", () => {
    fc.assert(
      fc.property(balanceItemsArb, (items) => {
        const { contributions } = computeEvidenceBalance(items);
        const groups = new Map<string, number[]>();
        for (const c of contributions) {
          if (c.originKey !== undefined) continue;
          const key = `${c.sourceId}|${c.stance}`;
          groups.set(key, [...(groups.get(key) ?? []), c.repeatIndex]);
        }
        for (const indices of groups.values()) {
          expect([...indices].sort((a, b) => a - b)).toEqual(indices.map((_, i) => i));
        }
      }),
    );
  });

  it("counts each weighted origin on a side in full once, its repeats at a tenth", () => {
    fc.assert(
      fc.property(balanceItemsArb, (items) => {
        const { contributions } = computeEvidenceBalance(items);
        const full = new Map<string, number>();
        for (const c of contributions) {
          if (c.originKey === undefined || c.reason !== "weighed") continue;
          const key = `${c.originKey}|${c.stance}`;
          if (!c.originRepeat) full.set(key, (full.get(key) ?? 0) + 1);
        }
        for (const count of full.values()) expect(count).toBe(1);
      }),
    );
  });
});

describe("the gauge", () => {
  it("has the balance's sign, never reaches ±1, and moves towards an end as agreeing evidence is added", () => {
    fc.assert(
      fc.property(fc.array(balanceItemArb, { maxLength: 12 }), (items) => {
        const balance = computeEvidenceBalance(items);
        if (balance.score === null) {
          expect(balance.gauge).toBeNull();
          return;
        }
        expect(Math.abs(balance.gauge!)).toBeLessThan(1);
        expect(Math.abs(balance.gauge!)).toBeLessThanOrEqual(Math.abs(balance.score) + 1e-12);
        expect(Math.sign(balance.gauge!)).toBe(Math.sign(balance.score));
        const more = computeEvidenceBalance([...items, { id: "extra", stance: "supports", sourceId: "independent-extra", reliability: "A", credibility: 1 }]);
        expect(more.gauge!).toBeGreaterThan(balance.gauge!);
      }),
    );
  });
});
