import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countIndependentOrigins, countOriginsByStance, originKeys, type ProvenanceEdge } from "@/lib/domain";
import { permutationOf, stanceArb } from "./arbitraries";

// Small pools of ids make shared parents, chains and cycles common.
const itemIdArb = fc.constantFrom("i1", "i2", "i3", "i4", "i5", "i6", "i7");
const edgeArb: fc.Arbitrary<ProvenanceEdge> = fc.record({
  from: itemIdArb,
  to: fc.oneof(
    fc.record({ kind: fc.constant("item" as const), id: itemIdArb }),
    fc.record({ kind: fc.constant("origin" as const), id: fc.constantFrom("reuters", "notice", "post") }),
  ),
});
const itemsArb = fc.uniqueArray(itemIdArb);
const edgesArb = fc.array(edgeArb, { maxLength: 12 });

describe("independent origins properties", () => {
  it("never exceed the number of items", () => {
    fc.assert(
      fc.property(itemsArb, edgesArb, (items, edges) => {
        expect(countIndependentOrigins(items, edges)).toBeLessThanOrEqual(items.length);
      }),
    );
  });

  it("are at least one for any items at all", () => {
    fc.assert(
      fc.property(itemsArb, edgesArb, (items, edges) => {
        expect(countIndependentOrigins(items, edges) >= 1).toBe(items.length >= 1);
      }),
    );
  });

  it("never rise when a derivation link is added", () => {
    fc.assert(
      fc.property(itemsArb, edgesArb, edgeArb, (items, edges, extra) => {
        expect(countIndependentOrigins(items, [...edges, extra])).toBeLessThanOrEqual(countIndependentOrigins(items, edges));
      }),
    );
  });

  it("do not depend on the order links are added or items listed", () => {
    fc.assert(
      fc.property(
        itemsArb.chain((items) => fc.tuple(fc.constant(items), permutationOf(items))),
        edgesArb.chain((edges) => fc.tuple(fc.constant(edges), permutationOf(edges))),
        ([items, shuffledItems], [edges, shuffledEdges]) => {
          expect(countIndependentOrigins(shuffledItems, shuffledEdges)).toBe(countIndependentOrigins(items, edges));
          const keys = originKeys(items, edges);
          const shuffledKeys = originKeys(shuffledItems, shuffledEdges);
          for (const id of items) expect(shuffledKeys.get(id)).toBe(keys.get(id));
        },
      ),
    );
  });

  it("per stance sum to no more than the items, and each stance to no more than its items", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ id: itemIdArb, stance: stanceArb }), { selector: (item) => item.id }), edgesArb, (items, edges) => {
        const counts = countOriginsByStance(items, edges);
        for (const stance of ["supports", "refutes", "context"] as const) {
          expect(counts[stance]).toBeLessThanOrEqual(items.filter((item) => item.stance === stance).length);
        }
      }),
    );
  });
});
