// The discussion of a pending proposal: comments by its proposer and reviewers, a
// reviewer's request for changes, and the proposer's amendment, each audited; nobody else
// takes part, and a decided proposal takes no more.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { amendProposal, commentOnProposal } from "@/lib/server/proposals/discuss-proposal";
import { approveProposal } from "@/lib/server/proposals/approve-proposal";
import { rejectProposal } from "@/lib/server/proposals/reject-proposal";
import { makeClaim, makeEvidence, makeProposal, makeUser, RATIONALE } from "../support/builders";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";

async function pendingProposal() {
  const proposer = await makeUser({ roles: ["analyst"] });
  const claim = await makeClaim();
  const cited = await makeEvidence({ claimId: claim.id, stance: "supports" });
  const proposal = await makeProposal({ claimId: claim.id, proposer, toStatus: "partially_supported", evidenceIds: [cited.id] });
  return { proposer, claim, cited, proposal, reviewer: await makeUser({ roles: ["reviewer"] }) };
}

describe("commentOnProposal", () => {
  it("lets a reviewer ask for changes: the proposal stays pending, and the request is kept and audited", async () => {
    const { proposal, reviewer } = await pendingProposal();
    const comment = await commentOnProposal(reviewer, { proposalId: proposal.id, body: "Please cite the company's own statement too.", requestChanges: "yes" });

    expect(comment).toMatchObject({ kind: "changes_requested", authorId: reviewer.id });
    expect(await getDb().statusProposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ state: "pending" });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: proposal.id, action: "proposal.request-changes" } });
    expect(audit).toMatchObject({ actorId: reviewer.id, after: { commentId: comment.id, body: "Please cite the company's own statement too." } });
  });

  it("lets the proposer answer, but not ask for changes to their own proposal", async () => {
    const { proposal, proposer } = await pendingProposal();
    await expect(commentOnProposal(proposer, { proposalId: proposal.id, body: "Added the statement as a second item." })).resolves.toMatchObject({ kind: "comment" });
    const before = await snapshotDatabase();
    await expectAppError(commentOnProposal(proposer, { proposalId: proposal.id, body: "Changes, please.", requestChanges: "yes" }), "FORBIDDEN");
    await expectDatabaseUnchanged(before);
  });

  it("keeps analysts other than the proposer out of the discussion", async () => {
    const { proposal } = await pendingProposal();
    const bystander = await makeUser({ roles: ["analyst"] });
    const before = await snapshotDatabase();
    const error = await expectAppError(commentOnProposal(bystander, { proposalId: proposal.id, body: "I have a view on this." }), "FORBIDDEN");
    expect(error.message).toMatch(/proposer and reviewers/);
    await expectDatabaseUnchanged(before);
  });

  it("takes no comment once the proposal is decided", async () => {
    const { proposal, proposer, reviewer } = await pendingProposal();
    await rejectProposal(reviewer, { proposalId: proposal.id, note: "The cited article does not say this." });
    const before = await snapshotDatabase();
    await expectAppError(commentOnProposal(proposer, { proposalId: proposal.id, body: "But it does, on page two." }), "CONFLICT");
    await expectDatabaseUnchanged(before);
  });
});

describe("amendProposal", () => {
  it("replaces the rationale and citations, notes the amendment, and audits what it replaced", async () => {
    const { proposal, proposer, claim, cited, reviewer } = await pendingProposal();
    await commentOnProposal(reviewer, { proposalId: proposal.id, body: "One wire report is thin: is there a second?", requestChanges: "yes" });
    const second = await makeEvidence({ claimId: claim.id, stance: "supports" });
    const rationale = "Two independent reports now describe the same partial result on the prototype.";

    await amendProposal(proposer, { proposalId: proposal.id, rationale, evidenceIds: [cited.id, second.id], note: "Added the second report." });

    const row = await getDb().statusProposal.findUniqueOrThrow({ where: { id: proposal.id }, include: { citations: true, comments: { orderBy: { createdAt: "asc" } } } });
    expect(row).toMatchObject({ state: "pending", rationale, toStatus: "partially_supported" });
    expect(row.citations.map((citation) => citation.evidenceId).sort()).toEqual([cited.id, second.id].sort());
    expect(row.comments.map((comment) => comment.kind)).toEqual(["changes_requested", "amended"]);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: proposal.id, action: "proposal.amend" } });
    expect(audit.before).toMatchObject({ rationale: RATIONALE, evidenceIds: [cited.id] });
    expect(audit.after).toMatchObject({ rationale });

    // The reviewer decides the amended version.
    await approveProposal(reviewer, { proposalId: proposal.id });
    const change = await getDb().statusChange.findFirstOrThrow({ where: { proposalId: proposal.id } });
    expect(change.rationale).toBe(rationale);
  });

  it("is refused to anyone but the proposer, and to citations that do not carry the change", async () => {
    const { proposal, proposer, claim, reviewer } = await pendingProposal();
    const refuting = await makeEvidence({ claimId: claim.id, stance: "refutes" });
    const before = await snapshotDatabase();
    await expectAppError(amendProposal(reviewer, { proposalId: proposal.id, rationale: RATIONALE, evidenceIds: [refuting.id], note: "Tidied." }), "FORBIDDEN");
    const error = await expectAppError(amendProposal(proposer, { proposalId: proposal.id, rationale: RATIONALE, evidenceIds: [refuting.id], note: "Tidied." }), "INVALID_INPUT");
    expect(error.fieldErrors).toHaveProperty("evidenceIds");
    await expectDatabaseUnchanged(before);
  });
});
