import { describe, expect, it } from "vitest";
import {
  computeEvidenceBalance,
  confirmedLacksOrigins,
  confirmedWithoutOriginsWarning,
  describeSideOrigins,
  countIndependentOrigins,
  countOriginsByStance,
  describeOriginCount,
  originKeys,
  ORIGIN_REPEAT_WEIGHT,
  type BalanceItem,
  type ProvenanceEdge,
} from "@/lib/domain";

const toOrigin = (from: string, id: string): ProvenanceEdge => ({ from, to: { kind: "origin", id } });
const toItem = (from: string, id: string): ProvenanceEdge => ({ from, to: { kind: "item", id } });

describe("countIndependentOrigins", () => {
  it("counts every item as its own origin when nothing is linked", () => {
    expect(countIndependentOrigins(["a", "b", "c"], [])).toBe(3);
  });

  it("collapses two outlets that both trace to one wire origin", () => {
    expect(countIndependentOrigins(["a", "b", "c"], [toOrigin("a", "reuters"), toOrigin("b", "reuters")])).toBe(2);
  });

  it("follows chains: an item republishing an item that quotes the wire shares the wire's origin", () => {
    const edges = [toItem("c", "b"), toItem("b", "a"), toOrigin("a", "reuters")];
    expect(countIndependentOrigins(["a", "b", "c", "d"], edges)).toBe(2);
  });

  it("joins two origins through an item that draws on both, erring towards fewer", () => {
    const edges = [toOrigin("a", "notice"), toOrigin("a", "post"), toOrigin("b", "notice"), toOrigin("c", "post")];
    expect(countIndependentOrigins(["a", "b", "c"], edges)).toBe(1);
  });

  it("still joins items through a link whose other end is not counted (a withdrawn middle item)", () => {
    expect(countIndependentOrigins(["a", "c"], [toItem("a", "b"), toItem("c", "b")])).toBe(1);
  });

  it("is zero without items, and an origin with no counted item adds nothing", () => {
    expect(countIndependentOrigins([], [toOrigin("a", "reuters")])).toBe(0);
  });

  it("names each component by its smallest node, the same whichever way the links run", () => {
    const one = originKeys(["b", "a"], [toItem("b", "a")]);
    const other = originKeys(["b", "a"], [toItem("a", "b")]);
    expect(one).toEqual(other);
    expect(one.get("b")).toBe("item:a");
  });
});

describe("countOriginsByStance", () => {
  it("counts each stance's own items, over the whole claim's graph", () => {
    const items = [
      { id: "s1", stance: "supports" as const },
      { id: "s2", stance: "supports" as const },
      { id: "s3", stance: "supports" as const },
      { id: "r1", stance: "refutes" as const },
    ];
    const counts = countOriginsByStance(items, [toOrigin("s1", "wire"), toOrigin("s2", "wire"), toOrigin("r1", "wire")]);
    expect(counts).toEqual({ supports: 2, refutes: 1, context: 0 });
  });
});

describe("describeOriginCount", () => {
  it("reads as readers see it", () => {
    expect(describeOriginCount(7, 2)).toBe("7 links from 2 independent origins");
    expect(describeOriginCount(1, 1)).toBe("1 link from 1 independent origin");
  });
});

describe("confirmedLacksOrigins", () => {
  it("warns on credibility 1 with fewer than two supporting origins only", () => {
    expect(confirmedLacksOrigins(1, 1)).toBe(true);
    expect(confirmedLacksOrigins(1, 2)).toBe(false);
    expect(confirmedLacksOrigins(2, 0)).toBe(false);
  });
});

describe("the evidence balance weighs origins", () => {
  const item = (id: string, sourceId: string, originKey?: string): BalanceItem => ({
    id,
    stance: "supports",
    sourceId,
    reliability: "A",
    credibility: 1,
    ...(originKey && { originKey }),
  });

  it("lets five outlets repeating one wire story add a little, not five full items", () => {
    const independent = computeEvidenceBalance(["a", "b", "c", "d", "e"].map((id) => item(id, `outlet-${id}`)));
    const oneWire = computeEvidenceBalance(["a", "b", "c", "d", "e"].map((id) => item(id, `outlet-${id}`, "origin:reuters")));
    expect(independent.support).toBe(5);
    expect(oneWire.support).toBeCloseTo(1 + 4 * ORIGIN_REPEAT_WEIGHT, 10);
    expect(oneWire.originCount).toBe(1);
    expect(oneWire.sourceCount).toBe(5);
    expect(oneWire.contributions.filter((c) => c.originRepeat)).toHaveLength(4);
  });

  it("counts items without an origin key as origins of their own", () => {
    const balance = computeEvidenceBalance([item("a", "x"), item("b", "y"), item("c", "z", "origin:wire"), item("d", "w", "origin:wire")]);
    expect(balance.originCount).toBe(3);
  });
});

describe("describeSideOrigins", () => {
  it("names the supporting origins first and the refuting ones only when there are any", () => {
    expect(describeSideOrigins(2, 1)).toBe("2 independent supporting origins, 1 refuting");
    expect(describeSideOrigins(1, 0)).toBe("1 independent supporting origin");
    expect(describeSideOrigins(0, 3)).toBe("3 independent refuting origins");
    expect(describeSideOrigins(0, 0)).toBe("");
  });
});

describe("confirmedWithoutOriginsWarning", () => {
  it("says how many origins the item's side has, in words", () => {
    expect(confirmedWithoutOriginsWarning("supports", 1)).toContain("only one independent supporting origin");
    expect(confirmedWithoutOriginsWarning("refutes", 0)).toContain("no independent refuting origins");
  });
});
