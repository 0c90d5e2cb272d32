import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CLAIM_STATUSES,
  STATUS_DESCRIPTIONS,
  STATUS_LABELS,
  canTransition,
  isClaimStatus,
  isDueSoon,
  isOverdue,
  type ClaimStatus,
} from "@/lib/domain/statuses";
import { statusArb } from "./arbitraries";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-06-01T12:00:00Z");
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

describe("claim statuses", () => {
  it("lists the five statuses in the documented order", () => {
    expect(CLAIM_STATUSES).toEqual(["unverified", "partially_supported", "supported", "disputed", "refuted"]);
  });

  it("labels every status for readers", () => {
    expect(STATUS_LABELS).toEqual({
      unverified: "Unverified",
      partially_supported: "Partially supported",
      supported: "Supported",
      disputed: "Disputed",
      refuted: "Refuted",
    });
  });

  it("describes every status in one distinct sentence", () => {
    expect(Object.keys(STATUS_DESCRIPTIONS).sort()).toEqual([...CLAIM_STATUSES].sort());
    const descriptions = Object.values(STATUS_DESCRIPTIONS);
    expect(new Set(descriptions).size).toBe(CLAIM_STATUSES.length);
    for (const d of descriptions) expect(d).toMatch(/^[A-Z][^.]+\.$/);
  });
});

describe("isClaimStatus", () => {
  it.each(CLAIM_STATUSES)("accepts %s", (status) => {
    expect(isClaimStatus(status)).toBe(true);
  });

  it.each([["Supported"], ["overdue"], [""], ["toString"], [" supported"], [null], [undefined], [3], [{}], [["supported"]]])(
    "rejects %j",
    (value) => {
      expect(isClaimStatus(value)).toBe(false);
    },
  );
});

describe("canTransition", () => {
  const pairs = CLAIM_STATUSES.flatMap((from) => CLAIM_STATUSES.map((to) => [from, to] as const));

  it.each(pairs)("%s -> %s is allowed exactly when the status changes", (from, to) => {
    expect(canTransition(from, to)).toBe(from !== to);
  });

  it("lets withdrawn evidence move a settled claim back to unverified", () => {
    expect(canTransition("supported", "unverified")).toBe(true);
    expect(canTransition("refuted", "unverified")).toBe(true);
  });
});


describe("isOverdue", () => {
  it.each<[string, ClaimStatus, Date | null, boolean]>([
    ["no resolve-by date", "unverified", null, false],
    ["past date, unverified", "unverified", at(-DAY), true],
    ["past date, partially supported", "partially_supported", at(-DAY), true],
    ["one millisecond late", "unverified", at(-1), true],
    ["due this very instant", "unverified", now, false],
    ["future date", "unverified", at(DAY), false],
    ["past date but supported", "supported", at(-DAY), false],
    ["past date but refuted", "refuted", at(-DAY), false],
    ["past date but disputed", "disputed", at(-DAY), false],
  ])("%s", (_, status, resolveBy, expected) => {
    expect(isOverdue({ status, resolveBy }, now)).toBe(expected);
  });
});

describe("isDueSoon", () => {
  it.each<[string, ClaimStatus, Date | null, boolean]>([
    ["no resolve-by date", "unverified", null, false],
    ["due tomorrow", "unverified", at(DAY), true],
    ["due tomorrow, partially supported", "partially_supported", at(DAY), true],
    ["due this very instant", "unverified", now, true],
    ["due in exactly 90 days", "unverified", at(90 * DAY), true],
    ["due 90 days and a millisecond away", "unverified", at(90 * DAY + 1), false],
    ["already overdue", "unverified", at(-1), false],
    ["due tomorrow but supported", "supported", at(DAY), false],
    ["due tomorrow but refuted", "refuted", at(DAY), false],
    ["due tomorrow but disputed", "disputed", at(DAY), false],
  ])("%s", (_, status, resolveBy, expected) => {
    expect(isDueSoon({ status, resolveBy }, now)).toBe(expected);
  });

  it("honours a custom window", () => {
    const claim = { status: "unverified" as const, resolveBy: at(10 * DAY) };
    expect(isDueSoon(claim, now, 7)).toBe(false);
    expect(isDueSoon(claim, now, 10)).toBe(true);
  });

  it("is never true together with isOverdue", () => {
    fc.assert(
      fc.property(statusArb, fc.integer({ min: -400 * DAY, max: 400 * DAY }), (status, offset) => {
        const claim = { status, resolveBy: at(offset) };
        expect(isOverdue(claim, now) && isDueSoon(claim, now)).toBe(false);
      }),
    );
  });
});
