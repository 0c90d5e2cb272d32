import "server-only";

/** A proof point's numeric bar, e.g. "sustained throughput of at least" 100 "wafers per hour". */
export type CriteriaThreshold = { value: number; unit: string | null; qualifier: string | null };

export function thresholdOf(
  criteria: { thresholdValue: number | null; thresholdUnit: string | null; thresholdQualifier: string | null } | undefined,
): CriteriaThreshold | null {
  if (!criteria || criteria.thresholdValue === null) return null;
  return { value: criteria.thresholdValue, unit: criteria.thresholdUnit, qualifier: criteria.thresholdQualifier };
}

/**
 * Whether the box ticks only on claims judged against an older criteria version (or
 * before any existed): then it shows "ticked under criteria vN; re-review pending".
 * Null when some ticking claim was judged against the current version, or none ticks.
 */
export function olderCriteriaTickOf(
  claims: readonly { status: string; meetsCriteria: boolean | null; criteriaVersion: number | null }[],
  currentVersion: number | null,
): { version: number | null } | null {
  const ticking = claims.filter((claim) => claim.status === "supported" && claim.meetsCriteria === true);
  if (ticking.length === 0 || currentVersion === null) return null;
  if (ticking.some((claim) => claim.criteriaVersion === currentVersion)) return null;
  const versions = ticking.map((claim) => claim.criteriaVersion);
  if (versions.includes(null)) return { version: null };
  return { version: Math.min(...(versions as number[])) };
}
