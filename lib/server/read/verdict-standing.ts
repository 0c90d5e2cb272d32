import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { toTimestamp } from "./serialize";

/**
 * Whether a claim's approved status still stands on what it was approved on, and the
 * reviewer's judgement against the criteria: shown with the status on every public
 * surface (claim page, scorecard row, API, exports, ClaimReview).
 */
export type VerdictStanding = {
  /** Something the status rests on changed without review; a reviewer must confirm or change it. */
  needsReReview: { reason: string; since: string } | null;
  /** For supported claims: whether the approval judged them to meet the criteria as written. */
  meetsCriteria: boolean | null;
  /** The criteria version that judgement was made against (null: none existed). */
  criteriaVersion: number | null;
};

export const verdictStandingSelect = {
  reReviewReason: true,
  reReviewSince: true,
  meetsCriteria: true,
  criteriaVersion: true,
} satisfies Prisma.ClaimSelect;

type StandingRow = Prisma.ClaimGetPayload<{ select: typeof verdictStandingSelect }>;

export function toVerdictStanding(row: StandingRow): VerdictStanding {
  return {
    needsReReview:
      row.reReviewSince !== null ? { reason: row.reReviewReason ?? "something it rests on changed", since: toTimestamp(row.reReviewSince) } : null,
    meetsCriteria: row.meetsCriteria,
    criteriaVersion: row.criteriaVersion,
  };
}
