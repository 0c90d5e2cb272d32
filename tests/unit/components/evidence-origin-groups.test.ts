import { describe, expect, it } from "vitest";
import { groupByOrigin } from "@/components/evidence-origin-groups";
import type { PublicProvenanceLink } from "@/lib/server/read/provenance";

const link = (evidenceId: string, to: { item?: string; origin?: string }): PublicProvenanceLink => ({
  id: `link-${evidenceId}`,
  evidenceId,
  relation: "republishes",
  parentEvidence: to.item ? { id: to.item, title: `Item ${to.item}`, withdrawn: false } : null,
  origin: to.origin ? { id: `origin-${to.origin}`, name: to.origin, url: null } : null,
  reason: "same wire story",
  createdBy: "Analyst",
  createdAt: "2026-01-01T00:00:00.000Z",
});

const item = (id: string, originKey: string, derivedFrom: PublicProvenanceLink[] = []) => ({ id, title: `Item ${id}`, originKey, derivedFrom });

describe("groupByOrigin", () => {
  it("keeps unlinked items alone and in the list's order", () => {
    const groups = groupByOrigin([item("a", "item:a"), item("b", "item:b")]);
    expect(groups.map((group) => [group.items.map((i) => i.id), group.label])).toEqual([
      [["a"], null],
      [["b"], null],
    ]);
  });

  it("puts items sharing an origin together where the first of them stands, labelled with the named origin", () => {
    const groups = groupByOrigin([
      item("a", "origin:wire", [link("a", { origin: "Reuters wire" })]),
      item("b", "item:b"),
      item("c", "origin:wire", [link("c", { origin: "Reuters wire" })]),
    ]);
    expect(groups.map((group) => group.items.map((i) => i.id))).toEqual([["a", "c"], ["b"]]);
    expect(groups[0]!.label).toEqual({ name: "Reuters wire", url: null, evidenceId: null });
  });

  it("labels an item-to-item group with the item the others derive from", () => {
    const groups = groupByOrigin([item("copy", "item:root", [link("copy", { item: "root" })]), item("root", "item:root")]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.label).toEqual({ name: "Item root", url: null, evidenceId: "root" });
  });
});
