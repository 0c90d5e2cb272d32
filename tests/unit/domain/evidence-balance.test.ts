import { describe, expect, it } from "vitest";
import {
  computeEvidenceBalance,
  describeStrength,
  verdictFor,
  type BalanceItem,
} from "@/lib/domain/evidence-balance";

let counter = 0;
function item(overrides: Partial<BalanceItem> = {}): BalanceItem {
  counter += 1;
  return {
    id: `e${String(counter).padStart(3, "0")}`,
    stance: "supports",
    sourceId: "reuters",
    reliability: "A",
    credibility: 1,
    ...overrides,
  };
}

describe("computeEvidenceBalance", () => {
  it("has no verdict without evidence", () => {
    expect(computeEvidenceBalance([])).toEqual({
      support: 0,
      refute: 0,
      score: null,
      gauge: null,
      sourceCount: 0,
      originCount: 0,
      verdict: "no_weighted_evidence",
      contributions: [],
    });
  });

  it("weighs one item by reliability times credibility", () => {
    const balance = computeEvidenceBalance([
      { id: "x", stance: "supports", sourceId: "reuters", sourceName: "Reuters", reliability: "B", credibility: 2 },
    ]);
    expect(balance.support).toBe(0.8 * 0.8);
    expect(balance.refute).toBe(0);
    expect(balance.score).toBe(1);
    expect(balance.verdict).toBe("leans_supports");
    expect(balance.contributions).toEqual([
      {
        id: "x",
        stance: "supports",
        sourceId: "reuters",
        sourceName: "Reuters",
        reliability: "B",
        credibility: 2,
        baseWeight: 0.8 * 0.8,
        repeatIndex: 0,
        originRepeat: false,
        effectiveWeight: 0.8 * 0.8,
        signedWeight: 0.8 * 0.8,
        reason: "weighed",
      },
    ]);
  });

  it("scores a lone refuting item -1 with a negative signed weight", () => {
    const balance = computeEvidenceBalance([item({ stance: "refutes", reliability: "C", credibility: 3 })]);
    expect(balance.refute).toBe(0.6 * 0.6);
    expect(balance.score).toBe(-1);
    expect(balance.verdict).toBe("leans_refutes");
    expect(balance.contributions[0]?.signedWeight).toBe(-(0.6 * 0.6));
  });

  it("lists context items with zero weight and reason context", () => {
    const balance = computeEvidenceBalance([item({ stance: "context" })]);
    expect(balance.score).toBeNull();
    expect(balance.verdict).toBe("no_weighted_evidence");
    expect(balance.contributions).toHaveLength(1);
    expect(balance.contributions[0]).toMatchObject({ reason: "context", effectiveWeight: 0, baseWeight: 1 });
    expect(Object.is(balance.contributions[0]?.signedWeight, 0)).toBe(true);
  });

  it.each([
    ["reliability F", { reliability: "F" as const }],
    ["credibility 6", { credibility: 6 as const }],
  ])("gives an item with %s no weight and says why", (_, grade) => {
    const balance = computeEvidenceBalance([item({ stance: "refutes", ...grade })]);
    expect(balance.score).toBeNull();
    expect(balance.contributions[0]).toMatchObject({ reason: "unjudged", baseWeight: 0, effectiveWeight: 0 });
    expect(Object.is(balance.contributions[0]?.signedWeight, 0)).toBe(true);
  });

  it("halves each further item from the same source on the same side", () => {
    const items = ["a", "b", "c"].map((id) => item({ id, sourceId: "ministry" }));
    const balance = computeEvidenceBalance(items);
    expect(balance.support).toBe(1 + 0.5 + 0.25);
    expect(balance.contributions.map((c) => [c.id, c.repeatIndex, c.effectiveWeight])).toEqual([
      ["a", 0, 1],
      ["b", 1, 0.5],
      ["c", 2, 0.25],
    ]);
  });

  it("counts the strongest item from a source in full, whatever the input order", () => {
    const weak = item({ id: "a-weak", sourceId: "s", reliability: "C", credibility: 3 });
    const strong = item({ id: "b-strong", sourceId: "s", reliability: "A", credibility: 1 });
    const balance = computeEvidenceBalance([weak, strong]);
    expect(balance.support).toBe(1 + 0.6 * 0.6 * 0.5);
    expect(balance.contributions.find((c) => c.id === "b-strong")?.repeatIndex).toBe(0);
    expect(balance.contributions.find((c) => c.id === "a-weak")?.repeatIndex).toBe(1);
  });

  it("breaks ties between equal items from one source by id", () => {
    const balance = computeEvidenceBalance([item({ id: "x2" }), item({ id: "x1" })]);
    expect(balance.contributions.map((c) => [c.id, c.repeatIndex])).toEqual([
      ["x1", 0],
      ["x2", 1],
    ]);
  });

  it("does not let a weightless item take a repeat slot", () => {
    const balance = computeEvidenceBalance([
      item({ id: "a" }),
      item({ id: "b", reliability: "F" }),
      item({ id: "c" }),
    ]);
    expect(balance.support).toBe(1.5);
    expect(balance.contributions.find((c) => c.id === "b")?.repeatIndex).toBe(2);
  });

  it("treats each side of one source, and each source, separately", () => {
    const balance = computeEvidenceBalance([
      item({ sourceId: "s1", stance: "supports" }),
      item({ sourceId: "s1", stance: "refutes" }),
      item({ sourceId: "s2", stance: "supports" }),
    ]);
    expect(balance.support).toBe(2);
    expect(balance.refute).toBe(1);
    expect(balance.contributions.every((c) => c.repeatIndex === 0)).toBe(true);
    expect(balance.score).toBeCloseTo(1 / 3, 12);
  });

  it.each<[string, BalanceItem[], string]>([
    ["strong support against weak refutation", [item(), item({ stance: "refutes", reliability: "D" })], "leans_supports"],
    ["support narrowly ahead", [item(), item({ stance: "refutes", reliability: "B" })], "mixed"],
    ["even", [item(), item({ stance: "refutes" })], "mixed"],
    ["strong refutation", [item({ reliability: "E" }), item({ stance: "refutes" })], "leans_refutes"],
  ])("verdict: %s", (_, items, verdict) => {
    expect(computeEvidenceBalance(items).verdict).toBe(verdict);
  });

  it("sorts contributions by weight, strongest first, then by id", () => {
    const balance = computeEvidenceBalance([
      item({ id: "s-small", sourceId: "a", reliability: "C" }),
      item({ id: "r-big", sourceId: "b", stance: "refutes", reliability: "B" }),
      item({ id: "ctx", sourceId: "c", stance: "context" }),
      item({ id: "s-tie-2", sourceId: "d", reliability: "C" }),
      item({ id: "s-top", sourceId: "e" }),
    ]);
    expect(balance.contributions.map((c) => c.id)).toEqual(["s-top", "r-big", "s-small", "s-tie-2", "ctx"]);
  });

  it("leaves out sourceName when the item has none", () => {
    const [contribution] = computeEvidenceBalance([item()]).contributions;
    expect(contribution && "sourceName" in contribution).toBe(false);
  });

  it("does not round and does not mutate its input", () => {
    const items = Object.freeze([Object.freeze(item({ reliability: "D", credibility: 5 }))]);
    const balance = computeEvidenceBalance(items);
    expect(balance.support).toBe(0.3 * 0.1);
  });
});

describe("verdictFor", () => {
  it.each<[number | null, string]>([
    [null, "no_weighted_evidence"],
    [1, "leans_supports"],
    [0.25, "leans_supports"],
    [0.2499, "mixed"],
    [0, "mixed"],
    [-0.2499, "mixed"],
    [-0.25, "leans_refutes"],
    [-1, "leans_refutes"],
  ])("%s -> %s", (score, verdict) => {
    expect(verdictFor(score)).toBe(verdict);
  });
});

describe("the gauge shows strength as well as direction", () => {
  const item = (id: string, sourceId: string, reliability: "A" | "B", credibility: 1 | 3, stance: "supports" | "refutes" = "supports") => ({
    id,
    stance,
    sourceId,
    reliability,
    credibility,
  });

  it("one B3 item leans fully (+1) but the gauge stays near the middle", () => {
    const balance = computeEvidenceBalance([item("e1", "s1", "B", 3)]);
    expect(balance.score).toBe(1);
    expect(balance.gauge).toBeCloseTo(0.48 / 1.48);
    expect(balance.sourceCount).toBe(1);
    expect(describeStrength(balance)).toBe("support 0.48 / refute 0 from 1 source");
  });

  it("five independent A1 items push the gauge much further", () => {
    const balance = computeEvidenceBalance(["s1", "s2", "s3", "s4", "s5"].map((source, index) => item(`e${index}`, source, "A", 1)));
    expect(balance.gauge).toBeCloseTo(5 / 6);
    expect(balance.sourceCount).toBe(5);
  });
});
