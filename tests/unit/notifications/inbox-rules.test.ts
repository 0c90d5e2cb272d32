// The inbox's overdue line and where "decided since you last looked" starts, and the
// webhook retry schedule's waits and end.
import { describe, expect, it } from "vitest";
import { DECIDED_FIRST_LOOK_DAYS, decidedSince, isOverdue, REVIEW_OVERDUE_DAYS } from "@/lib/domain/notifications/inbox-rules";
import { nextAttemptDelaySeconds, shouldDisableEndpoint, WEBHOOK_MAX_ATTEMPTS } from "@/lib/domain/webhooks/retry-schedule";

const DAY = 24 * 3600 * 1000;
const now = new Date("2026-12-02T12:00:00Z");

describe("isOverdue", () => {
  it("is false up to the overdue line and true just past it", () => {
    expect(isOverdue(new Date(now.getTime() - REVIEW_OVERDUE_DAYS * DAY), now)).toBe(false);
    expect(isOverdue(new Date(now.getTime() - REVIEW_OVERDUE_DAYS * DAY - 1), now)).toBe(true);
    expect(isOverdue(now, now)).toBe(false);
  });
});

describe("decidedSince", () => {
  it("starts at the last look, or two weeks back for someone who never looked", () => {
    const seen = new Date("2026-11-30T08:00:00Z");
    expect(decidedSince(seen, now)).toEqual(seen);
    expect(decidedSince(null, now)).toEqual(new Date(now.getTime() - DECIDED_FIRST_LOOK_DAYS * DAY));
  });
});

describe("the webhook retry schedule", () => {
  it("waits 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h after the first attempt, then stops", () => {
    const waits = Array.from({ length: WEBHOOK_MAX_ATTEMPTS }, (_, index) => nextAttemptDelaySeconds(index + 1));
    expect(waits).toEqual([5, 300, 1800, 7200, 18_000, 36_000, 36_000, null]);
    expect(nextAttemptDelaySeconds(0)).toBe(0);
  });

  it("disables an endpoint after five days without a success", () => {
    expect(shouldDisableEndpoint(null, now)).toBe(false);
    expect(shouldDisableEndpoint(new Date(now.getTime() - 5 * DAY + 1), now)).toBe(false);
    expect(shouldDisableEndpoint(new Date(now.getTime() - 5 * DAY), now)).toBe(true);
  });
});
