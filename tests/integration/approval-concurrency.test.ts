// Issue 5, "Tests" / DESIGN.md rule 3: simultaneous approvals against real PostgreSQL.
// Exactly one applies; the claim's status always equals its last StatusChange.
import pg from "pg";
import { beforeAll, expect, it } from "vitest";
import type { ClaimStatus } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { approveProposal } from "@/lib/server/proposals/approve-proposal";
import { proposeStatusChange } from "@/lib/server/proposals/propose-status-change";
import { makeClaim, makeEvidence, makeProposal, makeUser, RATIONALE, type TestUser } from "../support/builders";
import { expectEveryChangeApprovedByAnotherPerson, expectStatusesMatchHistory } from "../support/invariants";

const REQUESTS = 24;
// Room for every request's transaction at once, so all 24 meet in PostgreSQL (as they
// would from several app instances) instead of queueing for the client's default 10.
process.env.DATABASE_POOL_SIZE = String(REQUESTS + 6);

let reviewers: TestUser[];
let analysts: TestUser[];

beforeAll(async () => {
  reviewers = await Promise.all(Array.from({ length: REQUESTS }, () => makeUser({ roles: ["reviewer"] })));
  analysts = await Promise.all(Array.from({ length: REQUESTS }, () => makeUser({ roles: ["analyst"] })));
});

type Tally = { requests: number; winners: number[]; conflict: number; stale: number; other: unknown[]; elapsedMs: number; peakLockWaiters: number };

/** Starts every call in the same tick and sorts the outcomes; also samples how many waited on a row lock at once. */
async function race(calls: (() => Promise<unknown>)[]): Promise<Tally> {
  const monitor = await lockWaitMonitor();
  const started = performance.now();
  const results = await Promise.allSettled(calls.map((call) => call()));
  const elapsedMs = Math.round(performance.now() - started);
  const peakLockWaiters = await monitor.stop();
  const tally: Tally = { requests: calls.length, winners: [], conflict: 0, stale: 0, other: [], elapsedMs, peakLockWaiters };
  results.forEach((result, index) => {
    if (result.status === "fulfilled") tally.winners.push(index);
    else if (result.reason instanceof AppError && result.reason.code === "CONFLICT") tally.conflict += 1;
    else if (result.reason instanceof AppError && result.reason.code === "STALE") tally.stale += 1;
    else tally.other.push(result.reason);
  });
  return tally;
}

async function lockWaitMonitor() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query<{ waiting: number }>(
        "SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
      peak = Math.max(peak, rows[0]!.waiting);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await client.end();
      return peak;
    },
  };
}

function report(label: string, tally: Tally, extra = "") {
  console.log(
    `[concurrency] ${label}: requests=${tally.requests} winners=${tally.winners.length} conflict=${tally.conflict} stale=${tally.stale} ` +
      `other=${tally.other.length} elapsed=${tally.elapsedMs}ms peakLockWaiters=${tally.peakLockWaiters}${extra}`,
  );
}

it(`${REQUESTS} reviewers approving one proposal at once: exactly one wins, one StatusChange`, async () => {
  const claim = await makeClaim();
  const proposal = await makeProposal({ claimId: claim.id, toStatus: "supported", proposer: analysts[0] });

  const tally = await race(reviewers.map((reviewer) => () => approveProposal(reviewer, { proposalId: proposal.id })));
  report("one proposal, distinct reviewers", tally);

  expect(tally.other).toEqual([]);
  expect(tally.winners).toHaveLength(1);
  expect(tally.conflict + tally.stale).toBe(REQUESTS - 1);
  const winner = reviewers[tally.winners[0]!]!;
  expect(await getDb().statusProposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ state: "approved", decidedById: winner.id });
  expect(await getDb().statusChange.findMany({ where: { claimId: claim.id } })).toEqual([
    expect.objectContaining({ proposalId: proposal.id, toStatus: "supported", approvedById: winner.id }),
  ]);
  expect(await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "supported", version: 2 });
  expect(await getDb().auditEvent.count({ where: { entityId: proposal.id, action: "proposal.approve" } })).toBe(1);
  await expectStatusesMatchHistory();
});

it(`${REQUESTS} competing proposals on one claim approved at once: one applies, the rest are superseded`, async () => {
  const claim = await makeClaim();
  const supporting = await makeEvidence({ claimId: claim.id, stance: "supports" });
  const refuting = await makeEvidence({ claimId: claim.id, stance: "refutes" });
  const targets: ClaimStatus[] = ["partially_supported", "supported", "disputed", "refuted"];
  const proposals = [];
  for (const [index, proposer] of analysts.entries()) {
    const toStatus = targets[index % targets.length]!;
    proposals.push(await makeProposal({ claimId: claim.id, proposer, toStatus, evidenceIds: [supporting.id, refuting.id] }));
  }

  const tally = await race(proposals.map((proposal, index) => () => approveProposal(reviewers[index]!, { proposalId: proposal.id })));

  expect(tally.other).toEqual([]);
  expect(tally.winners).toHaveLength(1);
  expect(tally.conflict + tally.stale).toBe(REQUESTS - 1);
  const won = proposals[tally.winners[0]!]!;
  const states = await getDb().statusProposal.findMany({ where: { claimId: claim.id }, select: { id: true, state: true } });
  expect(states.filter((row) => row.state === "approved").map((row) => row.id)).toEqual([won.id]);
  expect(states.filter((row) => row.state === "superseded")).toHaveLength(REQUESTS - 1);
  const changes = await getDb().statusChange.findMany({ where: { claimId: claim.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  expect(changes).toHaveLength(1);
  const after = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
  expect(after.status).toBe(won.toStatus);
  expect(after.status).toBe(changes.at(-1)!.toStatus);
  report("competing proposals, one claim", tally, ` applied=${won.toStatus}`);
  await expectStatusesMatchHistory();
});

it("proposals filed while approvals run never apply on a status they did not see", async () => {
  const claim = await makeClaim();
  const half = REQUESTS / 2;
  const pending = [];
  for (const proposer of analysts.slice(0, half)) pending.push(await makeProposal({ claimId: claim.id, proposer, toStatus: "disputed" }));
  const supporting = await makeEvidence({ claimId: claim.id, stance: "supports" });

  // Half the requests approve, half file new proposals, all at once.
  const firstWave = await race([
    ...pending.map((proposal, index) => () => approveProposal(reviewers[index]!, { proposalId: proposal.id })),
    ...analysts.slice(half).map((analyst) => () => proposeStatusChange(analyst, { claimId: claim.id, toStatus: "partially_supported", rationale: RATIONALE, evidenceIds: [supporting.id] })),
  ]);
  expect(firstWave.other).toEqual([]);
  expect(firstWave.winners.filter((index) => index < half)).toHaveLength(1);
  expect(firstWave.winners.filter((index) => index >= half)).toHaveLength(REQUESTS - half);
  // Then every proposal still pending is approved, again all at once.
  const stillPending = await getDb().statusProposal.findMany({ where: { claimId: claim.id, state: "pending" } });
  const current = (await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).status;
  // Proposals lock the claim FOR SHARE, so none is born stale: every proposal still pending
  // expects the status the claim really has (the others were superseded by the winner).
  for (const proposal of stillPending) expect(proposal.fromStatus).toBe(current);
  const filed = await getDb().statusProposal.findMany({ where: { claimId: claim.id, toStatus: "partially_supported" } });
  expect(filed).toHaveLength(REQUESTS - half);
  for (const proposal of filed) expect(["pending", "superseded"]).toContain(proposal.state);
  const tally = await race(stillPending.map((proposal, index) => () => approveProposal(reviewers[index]!, { proposalId: proposal.id })));

  expect(tally.other).toEqual([]);
  // At most one of them can apply: one that expected the status the claim really had.
  const applicable = stillPending.filter((proposal) => proposal.fromStatus === current);
  expect(tally.winners).toHaveLength(applicable.length > 0 ? 1 : 0);
  for (const index of tally.winners) expect(stillPending[index]!.fromStatus).toBe(current);
  expect(await getDb().statusProposal.count({ where: { claimId: claim.id, state: "pending" } })).toBe(0);
  expect(await getDb().statusChange.count({ where: { claimId: claim.id } })).toBe(1 + tally.winners.length);
  report("proposals filed during approvals (second wave)", tally, ` pendingAfterFirstWave=${stillPending.length}`);
  await expectStatusesMatchHistory();
  await expectEveryChangeApprovedByAnotherPerson();
});
