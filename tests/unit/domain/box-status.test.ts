import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boxStatusOf, isSupportedShortOfCriteria, proofPointState, summarizeScorecard } from "@/lib/domain/scorecard";
import { statusArb } from "./arbitraries";

describe("boxStatusOf: only supported claims judged to meet the criteria tick", () => {
  it.each([
    [{ status: "supported", meetsCriteria: true }, "supported"],
    [{ status: "supported", meetsCriteria: false }, "partially_supported"],
    [{ status: "supported", meetsCriteria: null }, "partially_supported"],
    [{ status: "disputed", meetsCriteria: null }, "disputed"],
  ] as const)("%j counts as %s", (claim, expected) => {
    expect(boxStatusOf(claim)).toBe(expected);
  });

  it("never ticks a box on a claim short of the criteria", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ status: statusArb, meetsCriteria: fc.constantFrom(true, false, null) })), (claims) => {
        const ticks = proofPointState(claims.map(boxStatusOf)) === "ticked";
        expect(ticks).toBe(claims.some((claim) => claim.status === "supported" && claim.meetsCriteria === true));
        for (const claim of claims) expect(isSupportedShortOfCriteria(claim)).toBe(claim.status === "supported" && claim.meetsCriteria !== true);
      }),
    );
  });

  it("summarizeScorecard counts real statuses but decides boxes on box statuses", () => {
    const claims = [{ status: "supported", meetsCriteria: false }] as const;
    const summary = summarizeScorecard([{ key: "nickel", statuses: claims.map((c) => c.status), boxStatuses: claims.map(boxStatusOf) }]);
    expect(summary).toMatchObject({ ticked: 0, states: { nickel: "partial" }, statusCounts: { supported: 1, partially_supported: 0 } });
  });
});
