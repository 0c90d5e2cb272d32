// The review workflow's rules (docs/architecture.md, "Rules that must hold", 1–5),
// withdrawal, rejection and the status history, against real PostgreSQL.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { COMMANDS, type CommandName } from "@/lib/server/commands";
import { approveProposal } from "@/lib/server/proposals/approve-proposal";
import { proposeStatusChange } from "@/lib/server/proposals/propose-status-change";
import { rejectProposal } from "@/lib/server/proposals/reject-proposal";
import { withdrawProposal } from "@/lib/server/proposals/withdraw-proposal";
import { createClaim } from "@/lib/server/claims/create-claim";
import { makeApprovedChange, makeClaim, makeEvidence, makeProposal, makeTracker, makeUser, RATIONALE, type TestUser } from "../support/builders";
import { makeActor, NEEDS_PASSWORD, runCommand, VALID_CALLS, type ActorKind } from "../support/command-scenarios";
import { failingInserts, gateInserts } from "../support/db-faults";
import { expectEveryChangeApprovedByAnotherPerson, expectStatusesMatchHistory } from "../support/invariants";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { TRACKER_RUN_AS } from "../support/tracker-scenarios";
import { VERDICT_RUN_AS } from "../support/verdict-scenarios";
import { PROVENANCE_RUN_AS } from "../support/provenance-scenarios";
import { DISCUSSION_RUN_AS } from "../support/discussion-scenarios";
import { WORKSPACE_RUN_AS } from "../support/workspace-scenarios";
import { FORECAST_RUN_AS } from "../support/forecast-scenarios";
import { READER_RUN_AS } from "../support/reader-scenarios";
import { NOTIFICATION_RUN_AS } from "../support/notification-scenarios";

const db = () => getDb();
let analyst: TestUser;
let reviewer: TestUser;

beforeAll(async () => {
  analyst = await makeUser({ roles: ["analyst"] });
  reviewer = await makeUser({ roles: ["reviewer"] });
});

// Whatever a test did, the status of every claim is where its history ends.
afterEach(async () => {
  await expectStatusesMatchHistory();
  await expectEveryChangeApprovedByAnotherPerson();
});

const proposalRow = (id: string) => db().statusProposal.findUniqueOrThrow({ where: { id } });
const claimRow = (id: string) => db().claim.findUniqueOrThrow({ where: { id } });

describe("rule 1: a claim's status changes only through an approved proposal", () => {
  it("createClaim ignores a status (and a version) in its input", async () => {
    const tracker = await makeTracker({ proofPoints: 1 });
    const claim = await createClaim(analyst, {
      proofPointId: tracker.proofPoints[0]!.id,
      statement: "The prototype runs at commercial throughput today.",
      claimant: "A test claimant",
      subject: "A test subject",
      claimedAt: "2025-12-01",
      status: "supported",
      version: 99,
    });
    expect(await claimRow(claim.id)).toMatchObject({ status: "unverified", version: 1 });
  });

  // The one actor kind each command is run as; approveProposal is the exception under test.
  const RUN_AS: Record<Exclude<CommandName, "approveProposal">, ActorKind> = {
    createClaim: "analyst",
    addEvidence: "analyst",
    proposeStatusChange: "analyst",
    rejectProposal: "reviewer",
    withdrawProposal: "analyst",
    createUser: "admin",
    setUserRoles: "admin",
    deactivateUser: "admin",
    reactivateUser: "admin",
    changeOwnPassword: "analyst",
    retryJob: "admin",
    clearSignInThrottle: "admin",
    signOutEverywhere: "analyst",
    ...TRACKER_RUN_AS,
    ...WORKSPACE_RUN_AS,
    ...FORECAST_RUN_AS,
    ...READER_RUN_AS,
    ...NOTIFICATION_RUN_AS,
    ...VERDICT_RUN_AS,
    ...PROVENANCE_RUN_AS,
    ...DISCUSSION_RUN_AS,
  };

  beforeAll(async () => {
    // Claims in every status, so a stray write in any direction shows.
    for (const toStatus of ["partially_supported", "supported", "disputed", "refuted"] as const) {
      await makeApprovedChange({ claimId: (await makeClaim()).id, toStatus });
    }
  });

  it("every command is either approveProposal or listed here", () => {
    expect([...Object.keys(RUN_AS), "approveProposal"].sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it.each(Object.keys(RUN_AS) as Exclude<CommandName, "approveProposal">[])(
    "%s, even given status fields, changes no claim's status",
    async (name) => {
      const actor = await makeActor(RUN_AS[name], { password: NEEDS_PASSWORD.has(name) });
      const input = await VALID_CALLS[name](actor);
      // Only the status is compared: edits legitimately bump a claim's version.
      const before = await db().claim.findMany({ select: { id: true, status: true } });

      await runCommand(name, actor, { ...input, status: "supported", claimStatus: "refuted", fromStatus: "disputed" });

      const after = await db().claim.findMany({ select: { id: true, status: true } });
      for (const claim of before) expect(after).toContainEqual(claim);
      for (const claim of after.filter((row) => !before.some((old) => old.id === row.id))) {
        expect(claim).toMatchObject({ status: "unverified" });
      }
    },
  );
});

describe("rule 2: four eyes", () => {
  it.each([
    { who: "a reviewer", roles: ["reviewer"] as const },
    { who: "an analyst who is also a reviewer", roles: ["analyst", "reviewer"] as const },
  ])("$who can neither approve nor reject their own proposal, and nothing changes", async ({ roles }) => {
    const proposer = await makeUser({ roles: [...roles] });
    const claim = await makeClaim();
    const proposal = await makeProposal({ claimId: claim.id, proposer, toStatus: "supported" });
    const before = await snapshotDatabase();

    await expectAppError(approveProposal(proposer, { proposalId: proposal.id }), "FORBIDDEN");
    await expectAppError(rejectProposal(proposer, { proposalId: proposal.id, note: "Not convinced by my own work." }), "FORBIDDEN");
    await expectDatabaseUnchanged(before);

    // Another reviewer can.
    await approveProposal(reviewer, { proposalId: proposal.id });
    expect(await claimRow(claim.id)).toMatchObject({ status: "supported" });
  });
});

describe("rule 3: stale proposals", () => {
  it("a proposal filed while an approval is in flight waits for it and is superseded, never left stale", async () => {
    const claim = await makeClaim();
    const first = await makeProposal({ claimId: claim.id, toStatus: "partially_supported" });
    const refuting = await makeEvidence({ claimId: claim.id, stance: "refutes" });
    // The second analyst's insert is held at the gate while it holds its share lock on
    // the claim; the approval must wait for it, then supersede it.
    const gate = await gateInserts("status_proposals");
    let late: Promise<{ id: string }>;
    let approval: Promise<unknown>;
    try {
      late = proposeStatusChange(analyst, { claimId: claim.id, toStatus: "refuted", rationale: RATIONALE, evidenceIds: [refuting.id] });
      await gate.started();
      approval = approveProposal(reviewer, { proposalId: first.id });
    } finally {
      await gate.open();
    }
    const filed = await late;
    await approval;
    expect(await proposalRow(filed.id)).toMatchObject({ state: "superseded", fromStatus: "unverified" });
    expect(await claimRow(claim.id)).toMatchObject({ status: "partially_supported", version: 2 });
    await expectAppError(approveProposal(reviewer, { proposalId: filed.id }), "CONFLICT");
  });

  it("approving a proposal whose from-status is no longer the claim's fails as STALE and supersedes it", async () => {
    const claim = await makeClaim();
    await makeApprovedChange({ claimId: claim.id, toStatus: "partially_supported" });
    // A pending row that still expects "unverified" (e.g. left by an older version of
    // the app): the approval must refuse it rather than apply it.
    const stale = await getDb().statusProposal.create({
      data: { claimId: claim.id, fromStatus: "unverified", toStatus: "disputed", rationale: RATIONALE, proposedById: analyst.id },
    });
    const claimBefore = await claimRow(claim.id);

    const error = await expectAppError(approveProposal(reviewer, { proposalId: stale.id }), "STALE");
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/^Superseded: .*out of date.*Partially supported/);
    expect(await proposalRow(stale.id)).toMatchObject({ state: "superseded", decisionNote: expect.stringMatching(/^Superseded/) });
    expect(await claimRow(claim.id)).toEqual(claimBefore);
    expect(await db().statusChange.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entityId: stale.id, action: "proposal.supersede" } })).toBe(1);
  });

  it("approving one proposal supersedes the other pending proposals on that claim, and only those", async () => {
    const claim = await makeClaim();
    const elsewhere = await makeProposal({ claimId: (await makeClaim()).id, toStatus: "disputed" });
    const [a, b, c] = [
      await makeProposal({ claimId: claim.id, toStatus: "partially_supported" }),
      await makeProposal({ claimId: claim.id, toStatus: "supported" }),
      await makeProposal({ claimId: claim.id, toStatus: "refuted" }),
    ];
    await approveProposal(reviewer, { proposalId: b.id });

    expect((await proposalRow(b.id)).state).toBe("approved");
    for (const loser of [a, c]) {
      expect(await proposalRow(loser.id)).toMatchObject({ state: "superseded", decisionNote: "Superseded: a change to Supported was approved first." });
    }
    // Approving a loser afterwards says what happened, in the status names the UI shows.
    const late = await expectAppError(approveProposal(reviewer, { proposalId: a.id }), "CONFLICT");
    expect(late.message).toBe("Superseded: a change to Supported was approved first. Nothing was changed.");
    expect((await proposalRow(elsewhere.id)).state).toBe("pending");
    expect(await claimRow(claim.id)).toMatchObject({ status: "supported", version: 2 });

    const before = await snapshotDatabase();
    await expectAppError(approveProposal(reviewer, { proposalId: a.id }), "CONFLICT");
    await expectAppError(approveProposal(reviewer, { proposalId: b.id }), "CONFLICT");
    await expectDatabaseUnchanged(before);
  });
});

describe("rule 4: supported and refuted rest on cited evidence that says so", () => {
  it.each([
    { toStatus: "supported", wrong: ["refutes", "context"], right: "supports" },
    { toStatus: "refuted", wrong: ["supports", "context"], right: "refutes" },
  ] as const)("a proposal to $toStatus needs a cited item that $right the claim", async ({ toStatus, wrong, right }) => {
    const claim = await makeClaim();
    const wrongIds = [];
    for (const stance of wrong) wrongIds.push((await makeEvidence({ claimId: claim.id, stance })).id);
    const before = await snapshotDatabase();
    for (const evidenceIds of [[], wrongIds]) {
      const error = await expectAppError(proposeStatusChange(analyst, { claimId: claim.id, toStatus, rationale: RATIONALE, evidenceIds }), "INVALID_INPUT");
      expect(error.fieldErrors.evidenceIds?.[0]).toMatch(new RegExp(`needs at least one cited item that ${right}`));
    }
    await expectDatabaseUnchanged(before);

    const good = await makeEvidence({ claimId: claim.id, stance: right });
    const proposal = await proposeStatusChange(analyst, { claimId: claim.id, toStatus, rationale: RATIONALE, evidenceIds: [...wrongIds, good.id] });
    expect(proposal.citations).toHaveLength(3);
  });

  it("only a move back to unverified needs no citation", async () => {
    const claim = await makeClaim();
    await makeApprovedChange({ claimId: claim.id, toStatus: "partially_supported" });
    await expect(proposeStatusChange(analyst, { claimId: claim.id, toStatus: "unverified", rationale: RATIONALE })).resolves.toMatchObject({ state: "pending" });
  });

  it("refuses citing another claim's evidence or removed evidence", async () => {
    const claim = await makeClaim();
    const foreign = await makeEvidence({ claimId: (await makeClaim()).id, stance: "supports" });
    const removed = await makeEvidence({ claimId: claim.id, stance: "supports" });
    await db().evidence.update({ where: { id: removed.id }, data: { deletedAt: new Date() } });
    const before = await snapshotDatabase();
    for (const evidenceId of [foreign.id, removed.id]) {
      const error = await expectAppError(
        proposeStatusChange(analyst, { claimId: claim.id, toStatus: "supported", rationale: RATIONALE, evidenceIds: [evidenceId] }),
        "INVALID_INPUT",
      );
      expect(error.fieldErrors.evidenceIds?.[0]).toContain(evidenceId);
    }
    await expectDatabaseUnchanged(before);
  });

  it.each([
    { toStatus: "supported", stance: "supports" },
    { toStatus: "refuted", stance: "refutes" },
  ] as const)("is checked again at approval: $toStatus whose only $stance item was removed is refused", async ({ toStatus, stance }) => {
    const claim = await makeClaim();
    const cited = await makeEvidence({ claimId: claim.id, stance });
    const proposal = await makeProposal({ claimId: claim.id, toStatus, evidenceIds: [cited.id] });
    await db().evidence.update({ where: { id: cited.id }, data: { deletedAt: new Date(), deletedById: analyst.id } });
    const before = await snapshotDatabase();

    const error = await expectAppError(approveProposal(reviewer, { proposalId: proposal.id }), "INVALID_INPUT");
    expect(error.fieldErrors).toHaveProperty("evidenceIds");
    await expectDatabaseUnchanged(before);
  });

  it("approval still succeeds while another cited item of the right stance remains", async () => {
    const claim = await makeClaim();
    const [kept, removed] = [await makeEvidence({ claimId: claim.id }), await makeEvidence({ claimId: claim.id })];
    const proposal = await makeProposal({ claimId: claim.id, toStatus: "supported", evidenceIds: [kept.id, removed.id] });
    await db().evidence.update({ where: { id: removed.id }, data: { deletedAt: new Date() } });
    await approveProposal(reviewer, { proposalId: proposal.id });
    expect((await claimRow(claim.id)).status).toBe("supported");
  });
});

describe("rule 5: an approval writes everything in one transaction, or nothing", () => {
  it("writes the claim status, the StatusChange, the proposal state and the AuditEvent, and nothing else", async () => {
    const claim = await makeClaim();
    const proposal = await makeProposal({ claimId: claim.id, toStatus: "supported" });
    const before = await snapshotDatabase();
    const result = await approveProposal(reviewer, { proposalId: proposal.id, note: "Read the article; it says so." });
    const after = await snapshotDatabase();

    const changedTables = Object.keys(after).filter((table) => JSON.stringify(after[table]) !== JSON.stringify(before[table]));
    // An approval that moves a box also appends to the box-state series the chart reads, and
    // its domain event and that event's dispatch job are written in the same transaction.
    expect(changedTables.sort()).toEqual(["audit_events", "box_state_changes", "claims", "domain_events", "job_outbox", "status_changes", "status_proposals"]);
    expect(await claimRow(claim.id)).toMatchObject({ status: "supported", version: 2 });
    expect(await db().statusChange.findUniqueOrThrow({ where: { proposalId: proposal.id } })).toMatchObject({
      id: result.statusChangeId,
      claimId: claim.id,
      fromStatus: "unverified",
      toStatus: "supported",
      rationale: RATIONALE,
      proposedById: proposal.proposedById,
      approvedById: reviewer.id,
    });
    expect(await proposalRow(proposal.id)).toMatchObject({ state: "approved", decidedById: reviewer.id, decisionNote: "Read the article; it says so." });
    const audit = await db().auditEvent.findMany({ where: { entityId: proposal.id, action: "proposal.approve" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: reviewer.id,
      before: { state: "pending", claimStatus: "unverified", claimVersion: 1 },
      after: { state: "approved", claimStatus: "supported", claimVersion: 2, statusChangeId: result.statusChangeId },
    });
  });

  it.each([
    { step: "the StatusChange insert", table: "status_changes" },
    { step: "the AuditEvent insert (the last write)", table: "audit_events" },
  ])("when $step fails, nothing at all is written", async ({ table }) => {
    const claim = await makeClaim();
    const other = await makeProposal({ claimId: claim.id, toStatus: "disputed" });
    const proposal = await makeProposal({ claimId: claim.id, toStatus: "supported" });
    const before = await snapshotDatabase();

    await failingInserts(table, "injected failure", async () => {
      await expect(approveProposal(reviewer, { proposalId: proposal.id })).rejects.toThrow(/injected failure/);
    });
    await expectDatabaseUnchanged(before);

    // Still pending and approvable once the fault is gone.
    await approveProposal(reviewer, { proposalId: proposal.id });
    expect((await claimRow(claim.id)).status).toBe("supported");
    expect((await proposalRow(other.id)).state).toBe("superseded");
  });
});

describe("withdrawal", () => {
  it("the proposer withdraws a pending proposal; the claim is untouched", async () => {
    const claim = await makeClaim();
    const proposal = await makeProposal({ claimId: claim.id, proposer: analyst });
    await withdrawProposal(analyst, { proposalId: proposal.id });
    expect(await proposalRow(proposal.id)).toMatchObject({ state: "withdrawn", decidedAt: expect.any(Date) });
    expect(await claimRow(claim.id)).toMatchObject({ status: "unverified", version: 1 });
    expect(await db().auditEvent.count({ where: { entityId: proposal.id, action: "proposal.withdraw", actorId: analyst.id } })).toBe(1);
  });

  it("nobody else can withdraw it, not even a reviewer", async () => {
    const proposal = await makeProposal({ claimId: (await makeClaim()).id, proposer: analyst });
    const otherAnalyst = await makeUser({ roles: ["analyst"] });
    const before = await snapshotDatabase();
    for (const other of [otherAnalyst, reviewer]) {
      await expectAppError(withdrawProposal(other, { proposalId: proposal.id }), "FORBIDDEN");
    }
    await expectDatabaseUnchanged(before);
  });

  it.each(["approved", "rejected", "withdrawn"] as const)("only while pending: a %s proposal cannot be withdrawn", async (state) => {
    const proposal = await makeProposal({ claimId: (await makeClaim()).id, proposer: analyst });
    if (state === "approved") await approveProposal(reviewer, { proposalId: proposal.id });
    if (state === "rejected") await rejectProposal(reviewer, { proposalId: proposal.id, note: "The source does not say this." });
    if (state === "withdrawn") await withdrawProposal(analyst, { proposalId: proposal.id });
    const before = await snapshotDatabase();
    await expectAppError(withdrawProposal(analyst, { proposalId: proposal.id }), "CONFLICT");
    await expectAppError(approveProposal(reviewer, { proposalId: proposal.id }), "CONFLICT");
    await expectAppError(rejectProposal(reviewer, { proposalId: proposal.id, note: "Too late for this." }), "CONFLICT");
    await expectDatabaseUnchanged(before);
  });
});

describe("rejection", () => {
  it("needs a note", async () => {
    const proposal = await makeProposal({ claimId: (await makeClaim()).id });
    const before = await snapshotDatabase();
    for (const note of [undefined, "", "   ", "no"]) {
      const error = await expectAppError(rejectProposal(reviewer, { proposalId: proposal.id, note }), "INVALID_INPUT");
      expect(error.fieldErrors).toHaveProperty("note");
    }
    await expectDatabaseUnchanged(before);
  });

  it("records the reviewer and the note, and leaves the claim and its history alone", async () => {
    const claim = await makeClaim();
    const proposal = await makeProposal({ claimId: claim.id, toStatus: "supported" });
    await rejectProposal(reviewer, { proposalId: proposal.id, note: "The article reports a rumour, not a result." });
    expect(await proposalRow(proposal.id)).toMatchObject({
      state: "rejected",
      decidedById: reviewer.id,
      decisionNote: "The article reports a rumour, not a result.",
    });
    expect(await claimRow(claim.id)).toMatchObject({ status: "unverified", version: 1 });
    expect(await db().statusChange.count({ where: { claimId: claim.id } })).toBe(0);
  });
});

describe("status history", () => {
  it("the claim's status equals the toStatus of its latest StatusChange after every step", async () => {
    const claim = await makeClaim();
    const path = ["partially_supported", "supported", "disputed", "refuted", "unverified"] as const;
    let current: string = "unverified";
    for (const [index, toStatus] of path.entries()) {
      // A rejected and a withdrawn proposal on the way add nothing to the history.
      const decoy = path.find((status) => status !== current && status !== toStatus)!;
      const rejected = await makeProposal({ claimId: claim.id, toStatus: decoy });
      await rejectProposal(reviewer, { proposalId: rejected.id, note: "Not this one, thanks." });
      const withdrawn = await makeProposal({ claimId: claim.id, proposer: analyst, toStatus });
      await withdrawProposal(analyst, { proposalId: withdrawn.id });
      await makeApprovedChange({ claimId: claim.id, toStatus });

      const changes = await db().statusChange.findMany({ where: { claimId: claim.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      expect(changes).toHaveLength(index + 1);
      expect(await claimRow(claim.id)).toMatchObject({ status: changes.at(-1)!.toStatus, version: index + 2 });
      await expectStatusesMatchHistory();
      current = toStatus;
    }
  });
});

describe("one clock per decision", () => {
  // The database clock, so a decision taken on one app server is never stamped before a
  // decision it followed on another.
  const databaseClock = async () => (await db().$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`)[0]!.now;

  it("approve stamps the status change, the approval and every superseded proposal with one moment", async () => {
    const tracker = await makeTracker({ proofPoints: 1 });
    const claim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
    const other = await makeProposal({ claimId: claim.id, proposer: analyst, toStatus: "disputed" });
    const approved = await makeProposal({ claimId: claim.id, proposer: analyst });
    const at = new Date("2026-03-04T05:06:07.000Z");
    const { statusChangeId } = await approveProposal(reviewer, { proposalId: approved.id }, { now: at });

    expect((await db().statusChange.findUniqueOrThrow({ where: { id: statusChangeId } })).createdAt).toEqual(at);
    expect((await proposalRow(approved.id)).decidedAt).toEqual(at);
    expect(await proposalRow(other.id)).toMatchObject({ state: "superseded", decidedAt: at });
  });

  it("a stale approval stamps the supersede with the command's moment", async () => {
    const tracker = await makeTracker({ proofPoints: 1 });
    const claim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
    await makeApprovedChange({ claimId: claim.id, toStatus: "disputed" });
    // A pending row that still expects "unverified", as in the rule 3 tests above.
    const stale = await db().statusProposal.create({
      data: { claimId: claim.id, fromStatus: "unverified", toStatus: "partially_supported", rationale: RATIONALE, proposedById: analyst.id },
    });
    const at = new Date("2026-03-05T00:00:00.000Z");
    await expectAppError(approveProposal(reviewer, { proposalId: stale.id }, { now: at }), "STALE");
    expect(await proposalRow(stale.id)).toMatchObject({ state: "superseded", decidedAt: at });
  });

  it("reject and withdraw take context.now, else the database clock read inside their transaction", async () => {
    const tracker = await makeTracker({ proofPoints: 1 });
    const claim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
    const at = new Date("2026-03-06T00:00:00.000Z");
    const rejected = await makeProposal({ claimId: claim.id, proposer: analyst });
    await rejectProposal(reviewer, { proposalId: rejected.id, note: "The cited item does not say this." }, { now: at });
    expect((await proposalRow(rejected.id)).decidedAt).toEqual(at);

    const withdrawn = await makeProposal({ claimId: claim.id, proposer: analyst });
    const before = await databaseClock();
    await withdrawProposal(analyst, { proposalId: withdrawn.id });
    const after = await databaseClock();
    const decidedAt = (await proposalRow(withdrawn.id)).decidedAt!;
    expect(decidedAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(decidedAt.getTime()).toBeLessThanOrEqual(after.getTime());
  });
});
