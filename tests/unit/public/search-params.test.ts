import { describe, expect, it } from "vitest";
import { parsePathParam, parseSearchParams } from "@/lib/api/search-params";
import { isAppError } from "@/lib/errors/app-error";
import { encodeClaimCursor } from "@/lib/validation/api/claim-cursor";
import { ZClaimListQuery, ZTrackerSlug } from "@/lib/validation/api/params";

const url = (query: string) => `http://localhost/api/v1/trackers/euv/claims${query}`;

function fieldErrorsOf(run: () => unknown): Record<string, string[]> {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) {
      expect(error.status).toBe(400);
      return error.fieldErrors;
    }
    throw error;
  }
  throw new Error("expected a 400");
}

describe("parseSearchParams", () => {
  it("applies defaults and coerces numbers", () => {
    expect(parseSearchParams(ZClaimListQuery, url(""))).toEqual({ pageSize: 25 });
    const key = { position: 2, key: "uptime", claimedAt: "2024-05-01", createdAt: "2026-01-02 03:04:05.678", id: "c1" };
    expect(parseSearchParams(ZClaimListQuery, url(`?cursor=${encodeClaimCursor(key)}&pageSize=100&status=refuted&proofPoint=uptime`))).toEqual({
      cursor: key,
      pageSize: 100,
      status: "refuted",
      proofPoint: "uptime",
    });
  });

  it("names unknown, repeated and invalid parameters together", () => {
    const errors = fieldErrorsOf(() => parseSearchParams(ZClaimListQuery, url("?limit=5&status=a&status=b&pageSize=1000")));
    expect(errors).toEqual({
      limit: ["is not a known parameter; use cursor, pageSize, proofPoint, status"],
      status: ["must be given once"],
      pageSize: ["must be at most 100"],
    });
  });
});

describe("parsePathParam", () => {
  it("returns a valid value and names the parameter of an invalid one", () => {
    expect(parsePathParam(ZTrackerSlug, "slug", "euv")).toBe("euv");
    expect(Object.keys(fieldErrorsOf(() => parsePathParam(ZTrackerSlug, "slug", "x".repeat(101))))).toEqual(["slug"]);
  });
});
