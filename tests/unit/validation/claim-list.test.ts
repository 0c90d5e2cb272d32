import { describe, expect, it } from "vitest";
import { claimListHref, parseClaimListQuery, SEARCH_MAX_LENGTH } from "@/lib/validation/claim-list";

describe("parseClaimListQuery", () => {
  it("reads every filter from the URL", () => {
    expect(parseClaimListQuery({ tracker: "euv", q: " pellicle ", point: "throughput", status: "disputed", pending: "1", overdue: "1", page: "3" })).toEqual({
      tracker: "euv",
      q: "pellicle",
      point: "throughput",
      status: "disputed",
      pending: true,
      overdue: true,
      page: 3,
    });
  });

  it("falls back to no filter for values that do not parse, instead of failing the page", () => {
    expect(parseClaimListQuery({ status: "bogus", page: "-2", pending: "maybe", q: "   " })).toEqual({
      tracker: undefined,
      q: undefined,
      point: undefined,
      status: undefined,
      pending: false,
      overdue: undefined,
      page: 1,
    });
    expect(parseClaimListQuery({ page: "abc" }).page).toBe(1);
    expect(parseClaimListQuery({ page: "2.5" }).page).toBe(1);
  });

  it("takes the first of repeated keys and caps the search length", () => {
    expect(parseClaimListQuery({ status: ["refuted", "supported"], q: "x".repeat(500) })).toMatchObject({
      status: "refuted",
      q: "x".repeat(SEARCH_MAX_LENGTH),
    });
  });
});

describe("claimListHref", () => {
  it("writes only the filters in use and leaves page 1 out", () => {
    expect(claimListHref({})).toBe("/workspace/claims");
    expect(claimListHref({ tracker: "euv", q: "a b&c", status: "supported", pending: true, overdue: false, page: 1 })).toBe(
      "/workspace/claims?tracker=euv&q=a+b%26c&status=supported&pending=1",
    );
    expect(claimListHref({ page: 2, point: "uptime" })).toBe("/workspace/claims?point=uptime&page=2");
  });

  it("round-trips through the parser", () => {
    const query = { tracker: "euv", q: "wafer", point: "uptime", status: "refuted" as const, pending: true, overdue: true, page: 4 };
    const params = Object.fromEntries(new URL(claimListHref(query), "http://x").searchParams);
    expect(parseClaimListQuery(params)).toEqual(query);
  });
});
