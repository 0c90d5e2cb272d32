// The workspace inbox per role: a reviewer sees others' proposals waiting (oldest first,
// overdue after three days) but not their own; a proposer sees their proposals decided
// since they last looked; re-review flags and evidence whose link went gone or whose quote
// was not found; an admin without workspace roles gets no sections. Every section is read
// in the same number of statements however many items there are.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { markInboxSeen } from "@/lib/server/notifications/preference-commands";
import { rejectProposal } from "@/lib/server/proposals/reject-proposal";
import { approveProposal } from "@/lib/server/proposals/approve-proposal";
import { renderContextStorage, type PublicRenderContext } from "@/lib/server/public/render-context";
import { getInbox } from "@/lib/server/workspace/get-inbox";
import { makeClaim, makeEvidence, makeProposal, makeUser } from "../support/builders";
import { expectAppError } from "../support/snapshot";
import { disputeReport, evidenceSuggestion, submitAsReader } from "../support/reader-fixtures";
import { declineReaderSubmission } from "@/lib/server/reader-submissions/decline-reader-submission";

const db = () => getDb();
const DAY = 24 * 3600 * 1000;

async function backdate(proposalId: string, days: number) {
  await db().statusProposal.update({ where: { id: proposalId }, data: { createdAt: new Date(Date.now() - days * DAY) } });
}

describe("waiting for review", () => {
  it("lists others' pending proposals oldest first with overdue marked, never the reviewer's own", async () => {
    const reviewer = await makeUser({ roles: ["reviewer"] });
    const fresh = await makeProposal({ claimId: (await makeClaim()).id });
    const old = await makeProposal({ claimId: (await makeClaim()).id });
    await backdate(old.id, 5);
    await backdate(fresh.id, 1);
    const own = await makeProposal({ claimId: (await makeClaim()).id, proposer: reviewer });

    const inbox = await getInbox(reviewer);
    const ids = inbox.waiting!.items.map((item) => item.proposalId);
    expect(ids).toContain(old.id);
    expect(ids).toContain(fresh.id);
    expect(ids).not.toContain(own.id);
    expect(ids.indexOf(old.id)).toBeLessThan(ids.indexOf(fresh.id));
    expect(inbox.waiting!.items.find((item) => item.proposalId === old.id)!.overdue).toBe(true);
    expect(inbox.waiting!.items.find((item) => item.proposalId === fresh.id)!.overdue).toBe(false);
    expect(inbox.waiting!.total).toBe(await db().statusProposal.count({ where: { state: "pending", proposedById: { not: reviewer.id } } }));
  });

  it("is not shown to an analyst, who cannot review", async () => {
    const analyst = await makeUser({ roles: ["analyst"] });
    await makeProposal({ claimId: (await makeClaim()).id });
    const inbox = await getInbox(analyst);
    expect(inbox.waiting).toBeNull();
    expect(inbox.decided).not.toBeNull();
  });
});

describe("decided since you last looked", () => {
  it("lists the proposer's approved and rejected proposals, and only newer ones once marked seen", async () => {
    const analyst = await makeUser({ roles: ["analyst"] });
    const reviewer = await makeUser({ roles: ["reviewer"] });
    const approved = await makeProposal({ claimId: (await makeClaim()).id, proposer: analyst });
    await approveProposal(reviewer, { proposalId: approved.id, note: "The cited report says so." });
    const rejected = await makeProposal({ claimId: (await makeClaim()).id, proposer: analyst });
    await rejectProposal(reviewer, { proposalId: rejected.id, note: "The report does not say enough yet." });
    const othersDecision = await makeProposal({ claimId: (await makeClaim()).id });
    await approveProposal(reviewer, { proposalId: othersDecision.id });

    const first = await getInbox(analyst);
    expect(first.decided!.items.map((item) => [item.proposalId, item.decision]).sort()).toEqual(
      [
        [approved.id, "approved"],
        [rejected.id, "rejected"],
      ].sort(),
    );
    expect(first.decided!.items.find((item) => item.proposalId === approved.id)).toMatchObject({ decidedBy: reviewer.name, note: "The cited report says so." });

    await markInboxSeen(analyst, {});
    expect((await getInbox(analyst)).decided).toEqual({ total: 0, items: [] });

    const later = await makeProposal({ claimId: (await makeClaim()).id, proposer: analyst });
    await approveProposal(reviewer, { proposalId: later.id });
    const after = await getInbox(analyst);
    expect(after.decided!.items.map((item) => item.proposalId)).toEqual([later.id]);
    expect(after.seenAt).not.toBeNull();
  });
});

describe("re-review and evidence problems", () => {
  it("lists flagged claims and evidence whose link is gone or whose latest capture lost the quote; live, fine and removed items stay out", async () => {
    const analyst = await makeUser({ roles: ["analyst"] });
    const flagged = await makeClaim();
    await db().claim.update({ where: { id: flagged.id }, data: { reReviewSince: new Date(), reReviewReason: "Cited evidence was removed." } });
    const claim = await makeClaim();
    const gone = await makeEvidence({ claimId: claim.id });
    await db().evidence.update({ where: { id: gone.id }, data: { linkHealth: "gone" } });
    const lostQuote = await makeEvidence({ claimId: claim.id });
    await db().evidenceCapture.create({ data: { evidenceId: lostQuote.id, outcome: "captured", requestedUrl: "https://news.example.org/a", quoteCheck: "not_found", capturedAt: new Date(Date.now() - DAY) } });
    // The quote was found again in a later capture: no longer a problem.
    const foundAgain = await makeEvidence({ claimId: claim.id });
    await db().evidenceCapture.create({ data: { evidenceId: foundAgain.id, outcome: "captured", requestedUrl: "https://news.example.org/b", quoteCheck: "not_found", capturedAt: new Date(Date.now() - DAY) } });
    await db().evidenceCapture.create({ data: { evidenceId: foundAgain.id, outcome: "captured", requestedUrl: "https://news.example.org/b", quoteCheck: "found" } });
    const removed = await makeEvidence({ claimId: claim.id });
    await db().evidence.update({ where: { id: removed.id }, data: { linkHealth: "gone", deletedAt: new Date() } });
    const fine = await makeEvidence({ claimId: claim.id });

    const inbox = await getInbox(analyst);
    const flag = inbox.flagged!.items.find((item) => item.claimId === flagged.id);
    expect(flag).toMatchObject({ reason: "Cited evidence was removed.", confirmationPending: false });
    const problems = new Map(inbox.evidence!.items.map((item) => [item.evidenceId, item]));
    expect(problems.get(gone.id)).toMatchObject({ linkGone: true, quoteNotFound: false, claimId: claim.id });
    expect(problems.get(lostQuote.id)).toMatchObject({ linkGone: false, quoteNotFound: true });
    for (const absent of [foundAgain, removed, fine]) expect(problems.has(absent.id)).toBe(false);
    expect(inbox.evidence!.total).toBeGreaterThanOrEqual(2);
  });
});

describe("reader suggestions", () => {
  it("lists what readers sent for triage, oldest first, until an analyst decides it", async () => {
    const analyst = await makeUser({ roles: ["analyst"] });
    const claim = await makeClaim();
    const first = await submitAsReader(evidenceSuggestion(claim.id));
    const second = await submitAsReader(disputeReport(claim.id));
    await getDb().readerSubmission.update({ where: { id: first.id }, data: { createdAt: new Date(Date.now() - 2 * DAY) } });

    const before = (await getInbox(analyst)).suggestions!;
    const ids = before.items.map((item) => item.submissionId);
    expect(ids.indexOf(first.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(before.items.find((item) => item.submissionId === second.id)).toMatchObject({ kind: "dispute", about: claim.statement });

    await declineReaderSubmission(analyst, { submissionId: second.id, reason: "The record already says this." });
    const after = (await getInbox(analyst)).suggestions!;
    expect(after.items.map((item) => item.submissionId)).not.toContain(second.id);
    expect(after.total).toBe(before.total - 1);
  });
});

describe("roles and cost", () => {
  it("gives an admin without workspace roles no sections, and refuses a reader", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    expect(await getInbox(admin)).toMatchObject({ waiting: null, decided: null, flagged: null, evidence: null, suggestions: null });
    await expectAppError(getInbox(null), "UNAUTHENTICATED");
  });

  it("reads the same number of statements with one item per section as with many", async () => {
    const reviewer = await makeUser({ roles: ["reviewer"] });
    const statements = async () => {
      const context: PublicRenderContext = { tags: new Set(), requireFresh: true, statements: 0 };
      await renderContextStorage().run(context, () => getInbox(reviewer));
      return context.statements;
    };
    const addOneOfEach = async () => {
      const claim = await makeClaim();
      await makeProposal({ claimId: claim.id });
      const mine = await makeProposal({ claimId: (await makeClaim()).id, proposer: reviewer });
      await approveProposal(await makeUser({ roles: ["reviewer"] }), { proposalId: mine.id });
      await db().claim.update({ where: { id: claim.id }, data: { reReviewSince: new Date(), reReviewReason: "Criteria changed." } });
      const item = await makeEvidence({ claimId: claim.id });
      await db().evidence.update({ where: { id: item.id }, data: { linkHealth: "gone" } });
      await submitAsReader(evidenceSuggestion(claim.id));
    };
    await addOneOfEach();
    const few = await statements();
    for (let i = 0; i < 4; i += 1) await addOneOfEach();
    expect(await statements()).toBe(few);
    expect(few).toBeLessThanOrEqual(12);
  });
});
