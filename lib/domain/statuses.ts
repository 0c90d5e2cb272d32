// Claim statuses and the rules about them live here so the command layer, the UI and the API agree on one vocabulary.

export const CLAIM_STATUSES = [
  "unverified",
  "partially_supported",
  "supported",
  "disputed",
  "refuted",
] as const;

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unverified: "Unverified",
  partially_supported: "Partially supported",
  supported: "Supported",
  disputed: "Disputed",
  refuted: "Refuted",
};

export const STATUS_DESCRIPTIONS: Record<ClaimStatus, string> = {
  unverified: "No reviewed evidence settles this claim yet, either way.",
  partially_supported: "Reviewed evidence backs part of this claim, but not all of it.",
  supported: "Reviewed evidence from cited sources backs this claim.",
  disputed: "Credible sources disagree about this claim and the evidence does not settle it.",
  refuted: "Reviewed evidence from cited sources contradicts this claim.",
};

export function isClaimStatus(x: unknown): x is ClaimStatus {
  return typeof x === "string" && (CLAIM_STATUSES as readonly string[]).includes(x);
}

// Evidence can move a claim anywhere, including back to unverified when evidence is withdrawn,
// so the only forbidden move is a no-op that would clutter the status history.
export function canTransition(from: ClaimStatus, to: ClaimStatus): boolean {
  return from !== to;
}


// Only claims still waiting for an answer can be late; a settled or disputed claim is not "overdue".
// Exported so the workspace's SQL "overdue" filter uses the same list as isOverdue.
export const AWAITING_RESOLUTION: readonly ClaimStatus[] = ["unverified", "partially_supported"];

const MS_PER_DAY = 24 * 60 * 60 * 1000;

export type ResolvableClaim = { status: ClaimStatus; resolveBy: Date | null };

export function isOverdue(claim: ResolvableClaim, now: Date): boolean {
  if (claim.resolveBy === null || !AWAITING_RESOLUTION.includes(claim.status)) return false;
  return claim.resolveBy.getTime() < now.getTime();
}

export function isDueSoon(claim: ResolvableClaim, now: Date, days = 90): boolean {
  if (claim.resolveBy === null || !AWAITING_RESOLUTION.includes(claim.status)) return false;
  const due = claim.resolveBy.getTime();
  return due >= now.getTime() && due <= now.getTime() + days * MS_PER_DAY;
}
