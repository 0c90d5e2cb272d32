// Invariants of the review workflow (docs/architecture.md, rules 1–5) checked over the whole
// database, so a test can assert them after anything it does.
import { expect } from "vitest";
import { getDb } from "@/lib/db/client";

/**
 * For every claim: its history (StatusChanges, oldest first, ordered as the public
 * claim page orders them) is a chain starting at unverified, each change starting where
 * the previous one ended, and the claim's status is where the chain ends.
 */
export async function expectStatusesMatchHistory(): Promise<void> {
  const claims = await getDb().claim.findMany({
    select: {
      id: true,
      status: true,
      statusChanges: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { fromStatus: true, toStatus: true } },
    },
  });
  for (const claim of claims) {
    let status: string = "unverified";
    for (const change of claim.statusChanges) {
      expect(change.fromStatus, `claim ${claim.id}: a change starts where the previous one did not end`).toBe(status);
      status = change.toStatus;
    }
    expect(claim.status, `claim ${claim.id}: status differs from its latest StatusChange`).toBe(status);
  }
}

/** Every StatusChange rests on an approved proposal, approved by someone other than its proposer. */
export async function expectEveryChangeApprovedByAnotherPerson(): Promise<void> {
  const changes = await getDb().statusChange.findMany({
    select: {
      id: true,
      claimId: true,
      fromStatus: true,
      toStatus: true,
      proposedById: true,
      approvedById: true,
      proposal: { select: { state: true, claimId: true, fromStatus: true, toStatus: true, proposedById: true, decidedById: true } },
    },
  });
  for (const change of changes) {
    expect(change.proposal, `change ${change.id}`).toEqual({
      state: "approved",
      claimId: change.claimId,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      proposedById: change.proposedById,
      decidedById: change.approvedById,
    });
    expect(change.approvedById, `change ${change.id} was approved by its proposer`).not.toBe(change.proposedById);
  }
}
