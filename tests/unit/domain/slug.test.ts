import { describe, expect, it } from "vitest";
import { PROOF_POINT_KEY_MAX_LENGTH, TRACKER_SLUG_MAX_LENGTH, isSlug, slugProblem } from "@/lib/domain/slug";

describe("slugProblem", () => {
  it.each(["euv", "critical-minerals-2030", "a1", "5nm", "x".repeat(60), "a-b-c"])("accepts %s", (slug) => {
    expect(slugProblem(slug, TRACKER_SLUG_MAX_LENGTH)).toBeNull();
    expect(isSlug(slug)).toBe(true);
  });

  it.each([
    ["", "is required"],
    ["a", "must be at least 2 characters"],
    ["x".repeat(61), "must be at most 60 characters"],
    ["EUV", "must be lowercase"],
    ["euv lithography", "may contain only lowercase letters (a–z), digits and hyphens"],
    ["euv_2030", "may contain only lowercase letters (a–z), digits and hyphens"],
    ["euv/../admin", "may contain only lowercase letters (a–z), digits and hyphens"],
    ["ümlaut", "may contain only lowercase letters (a–z), digits and hyphens"],
    ["-euv", "must not start or end with a hyphen"],
    ["euv-", "must not start or end with a hyphen"],
    ["euv--2030", "must not contain two hyphens in a row"],
  ])("refuses %j: %s", (slug, problem) => {
    expect(slugProblem(slug, TRACKER_SLUG_MAX_LENGTH)).toBe(problem);
  });

  it("applies the shorter limit to proof-point keys", () => {
    expect(slugProblem("k".repeat(PROOF_POINT_KEY_MAX_LENGTH), PROOF_POINT_KEY_MAX_LENGTH)).toBeNull();
    expect(slugProblem("k".repeat(PROOF_POINT_KEY_MAX_LENGTH + 1), PROOF_POINT_KEY_MAX_LENGTH)).toBe("must be at most 40 characters");
  });
});
