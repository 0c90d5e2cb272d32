// Fixtures for the verdict-integrity commands: flagged claims and grade proposals, made
// through the command layer like every other fixture.
import type { ClaimStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { approveProposal } from "@/lib/server/proposals/approve-proposal";
import { proposeStatusChange } from "@/lib/server/proposals/propose-status-change";
import { proposeSourceGrade } from "@/lib/server/sources/propose-source-grade";
import { makeClaim, makeEvidence, makeUser, RATIONALE } from "./builders";
import { makeSource } from "./workspace-builders";

/**
 * A claim approved as `status` on two cited supporting items (and one refuting item for
 * disputed), one of which is then removed: the claim needs re-review, and `kept` still holds.
 */
export async function makeFlaggedClaim(options: { status?: ClaimStatus; proofPointId?: string } = {}) {
  const status = options.status ?? "supported";
  const analyst = await makeUser({ roles: ["analyst"] });
  const reviewer = await makeUser({ roles: ["reviewer"] });
  const claim = await makeClaim({ proofPointId: options.proofPointId, creator: analyst });
  const stance = status === "refuted" ? "refutes" : "supports";
  const removed = await makeEvidence({ claimId: claim.id, creator: analyst, stance });
  const kept = await makeEvidence({ claimId: claim.id, creator: analyst, stance });
  const extra = status === "disputed" ? [(await makeEvidence({ claimId: claim.id, creator: analyst, stance: "refutes" })).id] : [];
  const proposal = await proposeStatusChange(analyst, { claimId: claim.id, toStatus: status, rationale: RATIONALE, evidenceIds: [removed.id, kept.id, ...extra] });
  await approveProposal(reviewer, { proposalId: proposal.id, meetsCriteria: true });
  await removeEvidence(analyst, { evidenceId: removed.id, reason: "Wrong article." });
  return { claim, kept, removed, extra, analyst, reviewer };
}

/** A pending grade change of a graded source, proposed by `proposer` (a fresh analyst by default). */
export async function makeGradeProposal(options: { proposer?: Actor; from?: "B" | "C"; to?: "A" | "D" } = {}) {
  const source = await makeSource({ grade: options.from ?? "B" });
  const proposer = options.proposer ?? (await makeUser({ roles: ["analyst"] }));
  const result = await proposeSourceGrade(proposer, { sourceId: source.id, reliability: options.to ?? "D", rationale: "Two retractions this quarter." });
  if (result.kind !== "proposed") throw new Error("expected a grade proposal");
  return { source, proposal: result.proposal, proposer };
}

export const claimRow = (id: string) => getDb().claim.findUniqueOrThrow({ where: { id } });
