import "server-only";
import { isDueSoon, isOverdue, type ClaimStatus } from "@/lib/domain";

// Public queries hand components JSON-ready strings rather than Date objects, so the same
// data can later feed the JSON API and exports unchanged.

/** A calendar date column (`@db.Date`) as "YYYY-MM-DD": it has no time of day to show. */
export function toCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function toCalendarDateOrNull(date: Date | null): string | null {
  return date === null ? null : toCalendarDate(date);
}

/** A moment (`DateTime` column) as a full ISO 8601 UTC timestamp. */
export function toTimestamp(date: Date): string {
  return date.toISOString();
}

/** A claim's dates and whether it is overdue or due soon, as every page and output shows them. */
export type ClaimDates = { claimedAt: string; resolveBy: string | null; overdue: boolean; dueSoon: boolean };

/** What every list and page says of a claim before its own details: the claim itself and its dates. */
export type ClaimSummary = { id: string; statement: string; claimant: string; subject: string; status: ClaimStatus } & ClaimDates;

/** A claim's dates and whether it is overdue or due soon, the same on every page and output. */
export function claimDates(claim: { status: ClaimStatus; claimedAt: Date; resolveBy: Date | null }, now: Date): ClaimDates {
  return {
    claimedAt: toCalendarDate(claim.claimedAt),
    resolveBy: toCalendarDateOrNull(claim.resolveBy),
    overdue: isOverdue(claim, now),
    dueSoon: isDueSoon(claim, now),
  };
}

/** A claim as every list and page introduces it (see ClaimSummary). */
export function claimSummary(
  claim: { id: string; statement: string; claimant: string; subject: string; status: ClaimStatus; claimedAt: Date; resolveBy: Date | null },
  now: Date,
): ClaimSummary {
  return { id: claim.id, statement: claim.statement, claimant: claim.claimant, subject: claim.subject, status: claim.status, ...claimDates(claim, now) };
}
