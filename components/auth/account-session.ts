/** What /api/session returns: the only per-user part of the site header. */
export type AccountSession = {
  user: { name: string; roles: string[] } | null;
  /** Proposals waiting for this reviewer; null for non-reviewers. */
  reviewCount: number | null;
  canPropose: boolean;
  /** Reader submissions waiting for triage; null for those who cannot triage. */
  submissionCount?: number | null;
};
