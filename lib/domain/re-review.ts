// What counts as a change to the ground a verdict stands on, and the words readers see for each cause.

/**
 * Edits to these fields of a cited item change what the verdict rests on; a corrected
 * title, access date or archive link does not.
 */
export const MATERIAL_EVIDENCE_FIELDS = ["url", "sourceId", "quote", "stance", "credibility", "publishedAt"] as const;

/** Edits to these fields of a claim change what was judged. */
export const MATERIAL_CLAIM_FIELDS = ["statement", "claimant", "subject", "claimedAt", "proofPointId"] as const;

export function isMaterialChange(changedFields: readonly string[], material: readonly string[]): boolean {
  return changedFields.some((field) => material.includes(field));
}

export const RE_REVIEW_REASONS = {
  evidenceRemoved: (title: string) => `cited evidence “${title}” was removed`,
  evidenceEdited: (title: string, fields: readonly string[]) => `cited evidence “${title}” was edited (${fields.join(", ")})`,
  sourceRegraded: (domain: string, from: string, to: string) => `the grade of cited source ${domain} changed from ${from} to ${to}`,
  provenanceChanged: (title: string) => `the provenance of cited evidence “${title}” changed`,
  claimEdited: (fields: readonly string[]) => `the claim itself was edited (${fields.join(", ")})`,
  claimMoved: (title: string) => `the claim moved to proof point “${title}”`,
  criteriaChanged: (from: number | null, to: number) =>
    `ticked under criteria ${from === null ? "that did not exist yet" : `v${from}`}; the criteria are now v${to}`,
} as const;

export const NEEDS_RE_REVIEW_LABEL = "Needs re-review";
