import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeFieldEdits } from "@/lib/domain/field-merge";

const FIELDS = ["statement", "claimant", "subject"] as const;

describe("mergeFieldEdits", () => {
  it("keeps my changes, takes theirs where I changed nothing, and lists only fields both changed differently", () => {
    const base = { statement: "s", claimant: "c", subject: "x" };
    const merge = mergeFieldEdits(FIELDS, base, { ...base, statement: "mine", subject: "mine" }, { ...base, claimant: "theirs", subject: "theirs" });
    expect(merge).toEqual({
      merged: { statement: "mine", claimant: "theirs", subject: "mine" },
      conflicts: ["subject"],
      keptTheirs: ["claimant"],
      mine: ["statement", "subject"],
    });
  });

  it("never loses a change: every field equals one side's value, and a conflict only where both moved apart", () => {
    const value = fc.constantFrom("a", "b", "c");
    const record = fc.record({ statement: value, claimant: value, subject: value });
    fc.assert(
      fc.property(record, record, record, (base, mine, theirs) => {
        const { merged, conflicts } = mergeFieldEdits(FIELDS, base, mine, theirs);
        for (const field of FIELDS) {
          if (mine[field] !== base[field]) expect(merged[field]).toBe(mine[field]);
          else expect(merged[field]).toBe(theirs[field]);
          const bothMoved = mine[field] !== base[field] && theirs[field] !== base[field] && mine[field] !== theirs[field];
          expect(conflicts.includes(field)).toBe(bothMoved);
        }
      }),
    );
  });
});
