import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PROOF_POINT_STATES,
  proofPointState,
  summarizeScorecard,
  tickHistory,
  type ApprovedStatusChange,
  type ProofPointState,
} from "@/lib/domain/scorecard";
import type { ClaimStatus } from "@/lib/domain/statuses";
import { permutationOf, statusArb, withInserted } from "./arbitraries";

// "Toward supported", as a reader would rank a single claim's contribution to its box.
const STATUS_STRENGTH: ClaimStatus[] = ["refuted", "unverified", "disputed", "partially_supported", "supported"];
const rank = (state: ProofPointState) => PROOF_POINT_STATES.indexOf(state);

const statusesArb = fc.array(statusArb, { maxLength: 12 });
const pointsArb = fc.uniqueArray(fc.record({ key: fc.string({ maxLength: 6 }), statuses: statusesArb }), {
  selector: (p) => p.key,
  maxLength: 8,
});

describe("scorecard properties", () => {
  it("ticks a box as soon as one of its claims is supported", () => {
    fc.assert(
      fc.property(statusesArb, fc.nat(), (statuses, position) => {
        expect(proofPointState(withInserted(statuses, "supported", position))).toBe("ticked");
      }),
    );
  });

  it("never lets the order of claims matter", () => {
    fc.assert(
      fc.property(statusesArb.chain((s) => fc.tuple(fc.constant(s), permutationOf(s))), ([statuses, shuffled]) => {
        expect(proofPointState(shuffled)).toBe(proofPointState(statuses));
      }),
    );
  });

  it("never lowers a box's state when a claim moves toward supported", () => {
    fc.assert(
      fc.property(
        statusesArb.filter((s) => s.length > 0),
        fc.nat(),
        fc.nat(),
        (statuses, index, step) => {
          const i = index % statuses.length;
          const from = STATUS_STRENGTH.indexOf(statuses[i] ?? "refuted");
          const upgraded = STATUS_STRENGTH[from + (step % (STATUS_STRENGTH.length - from))] ?? "supported";
          const after = statuses.map((s, j) => (j === i ? upgraded : s));
          expect(rank(proofPointState(after))).toBeGreaterThanOrEqual(rank(proofPointState(statuses)));
        },
      ),
    );
  });

  it("never lowers a box's state when a claim is added", () => {
    fc.assert(
      fc.property(statusesArb, statusArb, (statuses, extra) => {
        expect(rank(proofPointState([...statuses, extra]))).toBeGreaterThanOrEqual(rank(proofPointState(statuses)));
      }),
    );
  });

  it("counts ticks, totals and statuses consistently, in any order", () => {
    fc.assert(
      fc.property(pointsArb.chain((p) => fc.tuple(fc.constant(p), permutationOf(p))), ([points, shuffled]) => {
        const summary = summarizeScorecard(points);
        expect(summary.total).toBe(points.length);
        expect(summary.ticked).toBeLessThanOrEqual(summary.total);
        expect(summary.ticked).toBe(Object.values(summary.states).filter((s) => s === "ticked").length);
        const claims = points.reduce((n, p) => n + p.statuses.length, 0);
        expect(Object.values(summary.statusCounts).reduce((a, b) => a + b, 0)).toBe(claims);
        expect(summarizeScorecard(shuffled)).toEqual(summary);
      }),
    );
  });
});

describe("tickHistory properties", () => {
  const keys = ["p1", "p2", "p3"];
  const changesArb = fc.array(
    fc.record({
      at: fc.integer({ min: 0, max: 20 }).map((d) => new Date(Date.UTC(2025, 0, 1 + d))),
      claimId: fc.constantFrom("c1", "c2", "c3", "c4"),
      proofPointKey: fc.constantFrom("p1", "p2", "p3", "gone"),
      to: statusArb,
    }),
    { maxLength: 25 },
  );

  it("ends where a scorecard of the final statuses stands, one point per change", () => {
    fc.assert(
      fc.property(changesArb, (changes) => {
        const history = tickHistory(changes, keys);
        expect(history).toHaveLength(changes.length);
        for (const point of history) expect(point.ticked).toBeLessThanOrEqual(keys.length);

        // Independent model: the last change for each claim decides both its status and its box.
        const ordered = changes
          .map((c, i) => ({ c, i }))
          .sort((a, b) => a.c.at.getTime() - b.c.at.getTime() || a.i - b.i)
          .map(({ c }) => c);
        expect(history.map((p) => p.at)).toEqual(ordered.map((c) => c.at));
        const latest = new Map<string, ApprovedStatusChange>();
        for (const c of ordered) latest.set(c.claimId, c);
        const points = keys.map((key) => ({
          key,
          statuses: [...latest.values()].filter((c) => c.proofPointKey === key).map((c) => c.to),
        }));
        expect(history.at(-1)?.ticked ?? 0).toBe(summarizeScorecard(points).ticked);
      }),
    );
  });
});
