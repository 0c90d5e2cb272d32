import { describe, expect, it } from "vitest";
import { acceptsForecasts, boxTickedUnderVersion, endOfDayUtc, isDueToResolveNo, isMaterialCriteriaChange } from "@/lib/domain/forecasts";
import type { CriteriaFields } from "@/lib/domain/criteria";

const V1: CriteriaFields = { tickWhen: "A source graded B reports patterned wafers.", contestedWhen: "Sources conflict.", thresholdValue: null, thresholdUnit: null, thresholdQualifier: null };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("question dates", () => {
  it("accept forecasts through the whole close day, not after, and never once resolved", () => {
    const question = { closesOn: day("2028-06-30"), resolution: null };
    expect(acceptsForecasts(question, new Date("2028-06-30T23:59:59Z"))).toBe(true);
    expect(acceptsForecasts(question, new Date("2028-07-01T00:00:00Z"))).toBe(false);
    expect(acceptsForecasts({ ...question, resolution: "yes" }, new Date("2026-01-01T00:00:00Z"))).toBe(false);
  });

  it("fall due to resolve no only after the resolve-by day has ended", () => {
    const question = { resolvesBy: day("2028-12-31"), resolution: null };
    expect(isDueToResolveNo(question, endOfDayUtc(day("2028-12-31")))).toBe(false);
    expect(isDueToResolveNo(question, new Date("2029-01-01T00:00:00Z"))).toBe(true);
    expect(isDueToResolveNo({ ...question, resolution: "annulled" }, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });
});

describe("isMaterialCriteriaChange", () => {
  it("is material when the tick wording or the threshold changes", () => {
    expect(isMaterialCriteriaChange(V1, { ...V1, tickWhen: "A source graded A reports patterned wafers." })).toBe(true);
    expect(isMaterialCriteriaChange(V1, { ...V1, thresholdValue: 5, thresholdUnit: "nm" })).toBe(true);
  });

  it("is not material when only the contested wording or whitespace changes", () => {
    expect(isMaterialCriteriaChange(V1, { ...V1, contestedWhen: "Two sources graded B conflict." })).toBe(false);
    expect(isMaterialCriteriaChange(V1, { ...V1, tickWhen: `${V1.tickWhen} ` })).toBe(false);
  });
});

describe("boxTickedUnderVersion", () => {
  it("needs the box ticked and no material change since the named version", () => {
    expect(boxTickedUnderVersion({ stateAfterApproval: "ticked", namedCriteria: V1, criteriaAtApproval: V1 })).toBe(true);
    expect(boxTickedUnderVersion({ stateAfterApproval: "partial", namedCriteria: V1, criteriaAtApproval: V1 })).toBe(false);
    expect(boxTickedUnderVersion({ stateAfterApproval: "ticked", namedCriteria: V1, criteriaAtApproval: { ...V1, tickWhen: "Something else entirely." } })).toBe(false);
    expect(boxTickedUnderVersion({ stateAfterApproval: "ticked", namedCriteria: V1, criteriaAtApproval: { ...V1, contestedWhen: "Reworded." } })).toBe(true);
  });
});
