import { describe, expect, it } from "vitest";
import { RELIABILITY_WEIGHT } from "@/lib/domain/admiralty";
import {
  EVIDENCE_BALANCE_METHOD,
  GAUGE_PRIOR_WEIGHT,
  LEAN_THRESHOLD,
  REPEAT_DECAY,
  VERDICT_LABELS,
  computeEvidenceBalance,
  describeContribution,
  formatWeight,
  type BalanceItem,
  type Contribution,
} from "@/lib/domain/evidence-balance";

const reuters = (overrides: Partial<BalanceItem> = {}): BalanceItem => ({
  id: "r1",
  stance: "supports",
  sourceId: "src-reuters",
  sourceName: "Reuters",
  reliability: "B",
  credibility: 2,
  ...overrides,
});

function onlyContribution(item: BalanceItem): Contribution {
  const [c] = computeEvidenceBalance([item]).contributions;
  if (!c) throw new Error("expected one contribution");
  return c;
}

describe("VERDICT_LABELS", () => {
  it("labels every verdict", () => {
    expect(Object.keys(VERDICT_LABELS).sort()).toEqual(
      ["leans_refutes", "leans_supports", "mixed", "no_weighted_evidence"].sort(),
    );
    expect(new Set(Object.values(VERDICT_LABELS)).size).toBe(4);
  });
});

describe("formatWeight", () => {
  it.each<[number, boolean, string]>([
    [0.64, false, "0.64"],
    [0.64, true, "+0.64"],
    [-0.64, false, "-0.64"],
    [-0.64, true, "-0.64"],
    [1, true, "+1.00"],
    [0.8 * 0.8, false, "0.64"],
    [0, true, "0"],
    [-0, true, "0"],
    [0.004, true, "0"],
    [-0.004, true, "0"],
    [0.125, false, "0.13"],
  ])("%s (signed %s) -> %s", (weight, signed, text) => {
    expect(formatWeight(weight, { signed })).toBe(text);
  });
});

describe("describeContribution", () => {
  it("says who, how graded, which way and how much", () => {
    expect(describeContribution(onlyContribution(reuters()))).toBe("Reuters (B) · credibility 2 · supports · +0.64");
  });

  it("shows refuting weight as negative", () => {
    expect(describeContribution(onlyContribution(reuters({ stance: "refutes" })))).toBe(
      "Reuters (B) · credibility 2 · refutes · -0.64",
    );
  });

  it("falls back to the source id without a name", () => {
    const { sourceName: _omitted, ...unnamed } = reuters();
    expect(describeContribution(onlyContribution(unnamed))).toBe("src-reuters (B) · credibility 2 · supports · +0.64");
  });

  it("explains the repeat discount", () => {
    const lines = computeEvidenceBalance(["r1", "r2", "r3", "r4"].map((id) => reuters({ id }))).contributions.map(
      describeContribution,
    );
    expect(lines).toEqual([
      "Reuters (B) · credibility 2 · supports · +0.64",
      "Reuters (B) · credibility 2 · supports · +0.32 · 2nd item from the same source: half weight",
      "Reuters (B) · credibility 2 · supports · +0.16 · 3rd item from the same source: quarter weight",
      "Reuters (B) · credibility 2 · supports · +0.08 · 4th item from the same source: 1/8 weight",
    ]);
  });

  it.each<[number, string]>([
    [10, "11th"],
    [11, "12th"],
    [12, "13th"],
    [20, "21st"],
    [21, "22nd"],
    [22, "23rd"],
    [110, "111th"],
  ])("uses English ordinals (repeat index %s -> %s)", (repeatIndex, ordinal) => {
    const c = { ...onlyContribution(reuters()), repeatIndex };
    expect(describeContribution(c)).toContain(`· ${ordinal} item from the same source`);
  });

  it("explains why context and ungradable items weigh nothing", () => {
    expect(describeContribution(onlyContribution(reuters({ stance: "context" })))).toBe(
      "Reuters (B) · credibility 2 · context · 0 · context: not weighed",
    );
    expect(describeContribution(onlyContribution(reuters({ reliability: "F" })))).toBe(
      "Reuters (F) · credibility 2 · supports · 0 · source reliability cannot be judged: no weight",
    );
    expect(describeContribution(onlyContribution(reuters({ stance: "refutes", credibility: 6 })))).toBe(
      "Reuters (B) · credibility 6 · refutes · 0 · truth cannot be judged: no weight",
    );
  });
});

describe("EVIDENCE_BALANCE_METHOD", () => {
  // The page text is written by hand around these numbers; these checks catch the code and the words drifting apart.
  it("states the weights, the repeat rule, the formula and the thresholds the code uses", () => {
    for (const [grade, weight] of Object.entries(RELIABILITY_WEIGHT)) {
      expect(EVIDENCE_BALANCE_METHOD).toContain(`${grade} ${weight}`);
    }
    expect(EVIDENCE_BALANCE_METHOD).toContain("2 0.8, 3 0.6, 4 0.3, 5 0.1, 6 0");
    expect(REPEAT_DECAY).toBe(0.5);
    expect(EVIDENCE_BALANCE_METHOD).toContain("half");
    expect(EVIDENCE_BALANCE_METHOD).toContain("(support − refute) ÷ (support + refute)");
    expect(EVIDENCE_BALANCE_METHOD).toContain(`+${LEAN_THRESHOLD} or above`);
    expect(EVIDENCE_BALANCE_METHOD).toContain(`−${LEAN_THRESHOLD} or below`);
    expect(EVIDENCE_BALANCE_METHOD).toContain(`(support + refute + ${GAUGE_PRIOR_WEIGHT})`);
    expect(EVIDENCE_BALANCE_METHOD.split(". ").length).toBeLessThanOrEqual(8);
  });
});
