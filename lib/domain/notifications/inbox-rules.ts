// The inbox's fixed rules: when a waiting proposal counts as overdue, how far back "decided
// since you last looked" reaches for someone who never looked, and how many items a section
// lists (its count still covers every item).
const DAY_MS = 24 * 3600 * 1000;

/** A proposal waiting longer than this is marked overdue: reviews should not sit a week. */
export const REVIEW_OVERDUE_DAYS = 3;

/** Someone who has never marked the inbox seen sees the decisions of this many days. */
export const DECIDED_FIRST_LOOK_DAYS = 14;

/** Items listed per section; the rest are counted and reached through the section's page. */
export const INBOX_SECTION_LIMIT = 20;

export function isOverdue(waitingSince: Date, now: Date): boolean {
  return now.getTime() - waitingSince.getTime() > REVIEW_OVERDUE_DAYS * DAY_MS;
}

/** Where "decided since you last looked" starts. */
export function decidedSince(inboxSeenAt: Date | null, now: Date): Date {
  return inboxSeenAt ?? new Date(now.getTime() - DECIDED_FIRST_LOOK_DAYS * DAY_MS);
}
