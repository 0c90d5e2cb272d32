// The review workflow's read side: the queue (order, tracker filter, own and stale
// proposals, cited evidence, balance), the reviewer's count, "my proposals" and the
// propose form's claim, against real PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { computeEvidenceBalance } from "@/lib/domain";
import { approveProposal } from "@/lib/server/proposals/approve-proposal";
import { proposeStatusChange } from "@/lib/server/proposals/propose-status-change";
import { rejectProposal } from "@/lib/server/proposals/reject-proposal";
import { withdrawProposal } from "@/lib/server/proposals/withdraw-proposal";
import { countPendingReviews } from "@/lib/server/review/count-pending-reviews";
import { getClaimForProposal } from "@/lib/server/review/get-claim-for-proposal";
import { listMyProposals } from "@/lib/server/review/list-my-proposals";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";
import { listReviewTrackers } from "@/lib/server/review/list-review-trackers";
import { makeClaim, makeEvidence, makeProposal, makeTracker, makeUser, RATIONALE, type TestUser } from "../support/builders";
import { expectAppError } from "../support/snapshot";

let analyst: TestUser;
let reviewer: TestUser;
let otherReviewer: TestUser;
let admin: TestUser;

beforeAll(async () => {
  analyst = await makeUser({ roles: ["analyst"] });
  reviewer = await makeUser({ roles: ["reviewer"] });
  otherReviewer = await makeUser({ roles: ["reviewer"] });
  admin = await makeUser({ roles: ["admin"] });
});

/** A claim on a fresh one-point tracker, with its slug for filtering. */
async function claimOnNewTracker() {
  const tracker = await makeTracker({ proofPoints: 1 });
  const claim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
  return { tracker, claim };
}

// Disputed on one cited item needs a written reason why the sources conflict.
const proposeAt = async (proposer: TestUser, claimId: string, at: string) => {
  const cited = await makeEvidence({ claimId, stance: "refutes" });
  const conflictReason = "One outlet reports the opposite of the other.";
  return proposeStatusChange(proposer, { claimId, toStatus: "disputed", rationale: RATIONALE, evidenceIds: [cited.id], conflictReason }, { now: new Date(at) });
};

describe("listReviewQueue", () => {
  it("lists pending proposals oldest first, whatever order they were made in", async () => {
    const { tracker, claim } = await claimOnNewTracker();
    const middle = await proposeAt(analyst, claim.id, "2025-06-02T10:00:00Z");
    const newest = await proposeAt(analyst, claim.id, "2025-06-03T10:00:00Z");
    const oldest = await proposeAt(analyst, claim.id, "2025-06-01T10:00:00Z");

    const queue = await listReviewQueue(reviewer, { trackerSlug: tracker.slug });
    expect(queue.map((item) => item.id)).toEqual([oldest.id, middle.id, newest.id]);
  });

  it("shows only pending proposals: approved, rejected and withdrawn ones leave the queue", async () => {
    const { tracker, claim } = await claimOnNewTracker();
    const second = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
    const rejected = await makeProposal({ claimId: claim.id, proposer: analyst });
    await rejectProposal(reviewer, { proposalId: rejected.id, note: "Not enough to go on." });
    const withdrawn = await makeProposal({ claimId: claim.id, proposer: analyst });
    await withdrawProposal(analyst, { proposalId: withdrawn.id });
    const pending = await makeProposal({ claimId: claim.id, proposer: analyst });
    const approved = await makeProposal({ claimId: second.id, proposer: analyst });
    await approveProposal(reviewer, { proposalId: approved.id });

    const queue = await listReviewQueue(reviewer, { trackerSlug: tracker.slug });
    expect(queue.map((item) => item.id)).toEqual([pending.id]);
  });

  it("filters by tracker slug; an unknown or impossible slug matches nothing, never an error", async () => {
    const a = await claimOnNewTracker();
    const b = await claimOnNewTracker();
    const inA = await makeProposal({ claimId: a.claim.id, proposer: analyst });
    const inB = await makeProposal({ claimId: b.claim.id, proposer: analyst });

    expect((await listReviewQueue(reviewer, { trackerSlug: a.tracker.slug })).map((item) => item.id)).toEqual([inA.id]);
    expect((await listReviewQueue(reviewer, { trackerSlug: b.tracker.slug })).map((item) => item.id)).toEqual([inB.id]);
    const all = (await listReviewQueue(reviewer)).map((item) => item.id);
    expect(all).toEqual(expect.arrayContaining([inA.id, inB.id]));
    expect(await listReviewQueue(reviewer, { trackerSlug: "no-such-tracker" })).toEqual([]);
    expect(await listReviewQueue(reviewer, { trackerSlug: "bad\u0000slug" })).toEqual([]);
    expect(await listReviewQueue(reviewer, { trackerSlug: "x".repeat(10_000) })).toEqual([]);
  });

  it("marks the reviewer's own proposals and stale ones", async () => {
    const { tracker, claim } = await claimOnNewTracker();
    const stale = await makeProposal({ claimId: claim.id, proposer: analyst, toStatus: "disputed" });
    const winner = await makeProposal({ claimId: claim.id, proposer: analyst, toStatus: "partially_supported" });
    // The approval supersedes the other pending ones; write one back to pending to see a stale row.
    await approveProposal(otherReviewer, { proposalId: winner.id });
    await getDb().statusProposal.update({ where: { id: stale.id }, data: { state: "pending", decidedAt: null, decisionNote: null } });

    const queue = await listReviewQueue(reviewer, { trackerSlug: tracker.slug });
    expect(queue.map((item) => item.id)).toEqual([stale.id]);
    expect(queue[0]).toMatchObject({ isOwn: false, isStale: true, fromStatus: "unverified", claim: { status: "partially_supported" } });

    const { claim: fresh } = await claimOnNewTracker();
    const mine = await makeProposal({ claimId: fresh.id, proposer: reviewer });
    const forMe = (await listReviewQueue(reviewer)).find((item) => item.id === mine.id);
    const forOther = (await listReviewQueue(otherReviewer)).find((item) => item.id === mine.id);
    expect(forMe).toMatchObject({ isOwn: true, isStale: false });
    expect(forOther).toMatchObject({ isOwn: false });
  });

  it("carries the cited evidence with its grades and the balance of all the claim's live evidence", async () => {
    const { tracker, claim } = await claimOnNewTracker();
    const supporting = await makeEvidence({ claimId: claim.id, stance: "supports", credibility: 2 });
    const refuting = await makeEvidence({ claimId: claim.id, stance: "refutes", credibility: 4 });
    const withdrawn = await makeEvidence({ claimId: claim.id, stance: "supports" });
    await makeProposal({ claimId: claim.id, proposer: analyst, toStatus: "supported", evidenceIds: [supporting.id, withdrawn.id] });
    await getDb().evidence.update({ where: { id: withdrawn.id }, data: { deletedAt: new Date() } });

    const [item] = await listReviewQueue(reviewer, { trackerSlug: tracker.slug });
    expect(item!.cited.map((evidence) => evidence.id)).toEqual([supporting.id]);
    expect(item!.cited[0]).toMatchObject({ stance: "supports", credibility: 2, source: { reliability: expect.any(String) } });
    expect(item!.withdrawnCitationCount).toBe(1);
    expect(item!.claim).toMatchObject({ id: claim.id, statement: claim.statement, isPublic: true, tracker: { slug: tracker.slug } });

    const live = await getDb().evidence.findMany({ where: { claimId: claim.id, deletedAt: null }, include: { source: true } });
    expect(live.map((row) => row.id).sort()).toEqual([supporting.id, refuting.id].sort());
    const expected = computeEvidenceBalance(
      live.map((row) => ({ id: row.id, stance: row.stance, sourceId: row.sourceId, sourceName: row.source.name, reliability: row.source.reliability, credibility: row.credibility as 1 | 2 | 3 | 4 | 5 | 6 })),
    );
    expect(item!.balance.score).toBeCloseTo(expected.score!, 10);
    expect(item!.balance.verdict).toBe(expected.verdict);
  });

  it("says a claim of an unpublished tracker has no public page", async () => {
    const tracker = await makeTracker({ published: false, proofPoints: 1 });
    const claim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
    await makeProposal({ claimId: claim.id, proposer: analyst });
    const [item] = await listReviewQueue(reviewer, { trackerSlug: tracker.slug });
    expect(item!.claim.isPublic).toBe(false);
  });

  it("is for reviewers only", async () => {
    await expectAppError(listReviewQueue(null), "UNAUTHENTICATED");
    await expectAppError(listReviewQueue(analyst), "FORBIDDEN");
    await expectAppError(listReviewQueue(admin), "FORBIDDEN");
    await expectAppError(listReviewTrackers(analyst), "FORBIDDEN");
  });
});

describe("countPendingReviews", () => {
  it("counts others' pending proposals, never the reviewer's own nor decided ones", async () => {
    const before = await countPendingReviews(reviewer);
    const beforeOther = await countPendingReviews(otherReviewer);
    const { claim } = await claimOnNewTracker();
    await makeProposal({ claimId: claim.id, proposer: analyst });
    await makeProposal({ claimId: claim.id, proposer: reviewer });
    const rejected = await makeProposal({ claimId: claim.id, proposer: analyst });
    await rejectProposal(otherReviewer, { proposalId: rejected.id, note: "Not enough to go on." });

    expect(await countPendingReviews(reviewer)).toBe(before + 1);
    expect(await countPendingReviews(otherReviewer)).toBe(beforeOther + 2);
  });

  it("is for reviewers only", async () => {
    await expectAppError(countPendingReviews(null), "UNAUTHENTICATED");
    await expectAppError(countPendingReviews(analyst), "FORBIDDEN");
  });
});

describe("listMyProposals", () => {
  it("lists only the actor's proposals, newest first, with the decision, decider and note", async () => {
    const me = await makeUser({ roles: ["analyst"] });
    const { claim } = await claimOnNewTracker();
    const first = await proposeAt(me, claim.id, "2025-07-01T09:00:00Z");
    await rejectProposal(reviewer, { proposalId: first.id, note: "The source does not say that." });
    const second = await proposeAt(me, claim.id, "2025-07-02T09:00:00Z");
    await proposeAt(analyst, claim.id, "2025-07-03T09:00:00Z");

    const mine = await listMyProposals(me);
    expect(mine.map((proposal) => proposal.id)).toEqual([second.id, first.id]);
    expect(mine[1]).toMatchObject({ state: "rejected", decidedBy: reviewer.name, decisionNote: "The source does not say that.", citedCount: 1 });
    expect(mine[1]!.decidedAt).toEqual(expect.any(String));
    expect(mine[0]).toMatchObject({ state: "pending", decidedBy: null, decidedAt: null, claim: { id: claim.id, statement: claim.statement } });
  });

  it("needs a signed-in, active user", async () => {
    await expectAppError(listMyProposals(null), "UNAUTHENTICATED");
    const gone = await makeUser({ roles: ["analyst"], deactivated: true });
    await expectAppError(listMyProposals(gone), "FORBIDDEN");
  });
});

describe("getClaimForProposal", () => {
  it("returns the current status and live evidence grouped by stance", async () => {
    const { claim } = await claimOnNewTracker();
    const supports = await makeEvidence({ claimId: claim.id, stance: "supports" });
    const context = await makeEvidence({ claimId: claim.id, stance: "context" });
    const deleted = await makeEvidence({ claimId: claim.id, stance: "refutes" });
    await getDb().evidence.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    await makeProposal({ claimId: claim.id, proposer: analyst, evidenceIds: [supports.id] });

    const found = await getClaimForProposal(analyst, claim.id);
    expect(found).toMatchObject({ id: claim.id, status: "unverified", evidenceCount: 2, pendingProposalCount: 1 });
    expect(found!.evidenceByStance.supports.map((item) => item.id)).toEqual([supports.id]);
    expect(found!.evidenceByStance.context.map((item) => item.id)).toEqual([context.id]);
    expect(found!.evidenceByStance.refutes).toEqual([]);
  });

  it("answers null for unknown and impossible ids, and refuses users who cannot propose", async () => {
    expect(await getClaimForProposal(analyst, "no-such-claim")).toBeNull();
    expect(await getClaimForProposal(analyst, "bad\u0000id")).toBeNull();
    expect(await getClaimForProposal(analyst, "x".repeat(5_000))).toBeNull();
    const { claim } = await claimOnNewTracker();
    await expectAppError(getClaimForProposal(admin, claim.id), "FORBIDDEN");
    await expectAppError(getClaimForProposal(null, claim.id), "UNAUTHENTICATED");
  });
});
