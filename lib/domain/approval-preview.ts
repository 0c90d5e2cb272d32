// What approving one proposal would do to the scorecard, for the reviewer to see before
// deciding: the box's state before and after, and the tracker's ticked count. Computed by
// the scorecard's own rules (scorecard.ts), so the preview and the page it predicts agree.
import { boxStatusOf, PROOF_POINT_STATE_LABELS, proofPointState, type CriteriaJudged, type ProofPointState } from "./scorecard";
import type { ClaimStatus } from "./statuses";

export type PreviewPoint = { id: string; title: string; claims: readonly ({ id: string } & CriteriaJudged)[] };

export type ApprovalPreview = {
  proofPointTitle: string;
  before: ProofPointState;
  after: ProofPointState;
  tickedBefore: number;
  tickedAfter: number;
  total: number;
  /** Supported ticks only if the reviewer judges the claim to meet the criteria: the preview assumes they do. */
  assumesCriteriaMet: boolean;
};

/**
 * The effect of the claim moving to `toStatus` on the tracker's active proof points; null
 * when its point is not among them (a retired point counts for nothing either way).
 */
export function previewApproval(points: readonly PreviewPoint[], change: { claimId: string; proofPointId: string; toStatus: ClaimStatus }): ApprovalPreview | null {
  const point = points.find((candidate) => candidate.id === change.proofPointId);
  if (!point) return null;
  const stateOf = (claims: PreviewPoint["claims"]) => proofPointState(claims.map(boxStatusOf));
  const assumesCriteriaMet = change.toStatus === "supported";
  const moved = point.claims.map((claim) =>
    claim.id === change.claimId ? { ...claim, status: change.toStatus, meetsCriteria: assumesCriteriaMet ? true : null } : claim,
  );
  const before = stateOf(point.claims);
  const after = stateOf(moved);
  const tickedBefore = points.filter((candidate) => stateOf(candidate.claims) === "ticked").length;
  const tickedAfter = tickedBefore + (after === "ticked" ? 1 : 0) - (before === "ticked" ? 1 : 0);
  return { proofPointTitle: point.title, before, after, tickedBefore, tickedAfter, total: points.length, assumesCriteriaMet };
}

/** "Ticks Overlay + CDU: 1 → 2 of 6", or what else the box does. */
export function describeApprovalPreview(preview: ApprovalPreview): string {
  const count = `${preview.tickedBefore} → ${preview.tickedAfter} of ${preview.total}`;
  const condition = preview.assumesCriteriaMet && preview.after === "ticked" ? " (if you judge it meets the criteria)" : "";
  if (preview.after === "ticked" && preview.before !== "ticked") return `Ticks ${preview.proofPointTitle}: ${count}${condition}`;
  if (preview.before === "ticked" && preview.after !== "ticked") return `Unticks ${preview.proofPointTitle}: ${count}`;
  const label = (state: ProofPointState) => PROOF_POINT_STATE_LABELS[state].toLowerCase();
  const ticked = `${preview.tickedAfter} of ${preview.total} ticked`;
  if (preview.before === preview.after) return `${preview.proofPointTitle} stays ${label(preview.after)}; ${ticked}`;
  return `Moves ${preview.proofPointTitle} from ${label(preview.before)} to ${label(preview.after)}; ${ticked}`;
}
