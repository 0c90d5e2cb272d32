import { describe, expect, it } from "vitest";
import { STANCES, STANCE_LABELS, isStance } from "@/lib/domain/stance";

describe("stances", () => {
  it("lists supports, refutes and context with labels", () => {
    expect(STANCES).toEqual(["supports", "refutes", "context"]);
    expect(STANCE_LABELS).toEqual({ supports: "Supports", refutes: "Refutes", context: "Context" });
  });

  it.each(STANCES)("recognises %s", (stance) => {
    expect(isStance(stance)).toBe(true);
  });

  it.each([["Supports"], ["neutral"], [""], [null], [1]])("rejects %j", (value) => {
    expect(isStance(value)).toBe(false);
  });
});
