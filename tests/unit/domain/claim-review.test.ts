import { describe, expect, it } from "vitest";
import { CLAIM_REVIEW_RATING } from "@/lib/domain/claim-review";
import { CLAIM_STATUSES } from "@/lib/domain/statuses";

describe("CLAIM_REVIEW_RATING", () => {
  it("rates every status and nothing else", () => {
    expect(Object.keys(CLAIM_REVIEW_RATING).sort()).toEqual([...CLAIM_STATUSES].sort());
  });

  it("uses the documented values and names", () => {
    const summary = Object.fromEntries(
      CLAIM_STATUSES.map((s) => [s, [CLAIM_REVIEW_RATING[s].ratingValue, CLAIM_REVIEW_RATING[s].alternateName]]),
    );
    expect(summary).toEqual({
      refuted: [1, "False"],
      disputed: [2, "Disputed"],
      unverified: [3, "Unverified"],
      partially_supported: [4, "Partly true"],
      supported: [5, "True"],
    });
  });

  it("orders ratings strictly from refuted to supported within 1..5", () => {
    const order = ["refuted", "disputed", "unverified", "partially_supported", "supported"] as const;
    const values = order.map((s) => CLAIM_REVIEW_RATING[s].ratingValue);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1] ?? Infinity);
    for (const s of CLAIM_STATUSES) {
      const rating = CLAIM_REVIEW_RATING[s];
      expect(rating.worstRating).toBe(1);
      expect(rating.bestRating).toBe(5);
      expect(Number.isInteger(rating.ratingValue)).toBe(true);
      expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
      expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
    }
  });
});
