// Rule 3 of docs/architecture.md: simultaneous approvals against real PostgreSQL.
// Exactly one applies; the claim's status always equals its last StatusChange.
import pg from "pg";
import { beforeAll, expect, it } from "vitest";
import type { ClaimStatus } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { approveProposal } from "@/lib/server/proposals/approve-proposal";
import { proposeStatusChange } from "@/lib/server/proposals/propose-status-change";
import { makeClaim, makeEvidence, makeProposal, makeUser, RATIONALE, type TestUser } from "../support/builders";
import { gateInserts } from "../support/db-faults";
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
  const elapsedMs = performance.now() - started;
  return { ...tallyOf(results, elapsedMs), peakLockWaiters: await monitor.stop() };
}

function tallyOf(results: PromiseSettledResult<unknown>[], elapsedMs: number): Tally {
  const tally: Tally = { requests: results.length, winners: [], conflict: 0, stale: 0, other: [], elapsedMs: Math.round(elapsedMs), peakLockWaiters: 0 };
  results.forEach((result, index) => {
    if (result.status === "fulfilled") tally.winners.push(index);
    else if (result.reason instanceof AppError && result.reason.code === "CONFLICT") tally.conflict += 1;
    else if (result.reason instanceof AppError && result.reason.code === "STALE") tally.stale += 1;
    else tally.other.push(result.reason);
  });
  return tally;
}

/** Resolves once `count` sessions of this database wait on a lock. */
async function waitForLockWaiters(count: number, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await getDb().$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (row!.waiting >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${row!.waiting} of ${count} sessions reached a lock within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
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

it("proposals filed while an approval runs wait for it, are born on the status it wrote, and a second wave applies exactly one", async () => {
  const claim = await makeClaim();
  const half = REQUESTS / 2;
  const pending = [];
  for (const proposer of analysts.slice(0, half)) pending.push(await makeProposal({ claimId: claim.id, proposer, toStatus: "disputed" }));
  const supporting = await makeEvidence({ claimId: claim.id, stance: "supports" });

  // The order is forced, not left to chance: the approval that takes the claim's lock first
  // is held at the gate (its StatusChange insert) until every other approval and every new
  // proposal is queued behind that lock; only then does it commit.
  const gate = await gateInserts("status_changes");
  let firstWave: Tally;
  try {
    const started = performance.now();
    // Settled at once, so a refusal is never an unhandled rejection while the test waits.
    const approvals = Promise.allSettled(pending.map((proposal, index) => approveProposal(reviewers[index]!, { proposalId: proposal.id })));
    await gate.started();
    const filings = Promise.allSettled(
      analysts.slice(half).map((analyst) => proposeStatusChange(analyst, { claimId: claim.id, toStatus: "partially_supported", rationale: RATIONALE, evidenceIds: [supporting.id] })),
    );
    // Everyone else waits on a lock: the held approval at the gate, the others on the claim's row.
    await waitForLockWaiters(REQUESTS);
    await gate.open();
    firstWave = tallyOf([...(await approvals), ...(await filings)], performance.now() - started);
  } finally {
    await gate.open().catch(() => undefined);
  }
  expect(firstWave.other).toEqual([]);
  expect(firstWave.winners.filter((index) => index < half)).toHaveLength(1);
  expect(firstWave.conflict).toBe(half - 1);
  expect(firstWave.winners.filter((index) => index >= half)).toHaveLength(REQUESTS - half);

  // Proposals lock the claim FOR SHARE, so none is born stale: every one filed while the
  // approval ran expects the status the approval wrote, and all of them are still pending.
  const current = (await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).status;
  expect(current).toBe("disputed");
  const stillPending = await getDb().statusProposal.findMany({ where: { claimId: claim.id, state: "pending" }, orderBy: { id: "asc" } });
  expect(stillPending).toHaveLength(REQUESTS - half);
  for (const proposal of stillPending) expect(proposal).toMatchObject({ fromStatus: "disputed", toStatus: "partially_supported" });

  // The second wave: every pending proposal approved at once; exactly one applies.
  const tally = await race(stillPending.map((proposal, index) => () => approveProposal(reviewers[index]!, { proposalId: proposal.id })));
  expect(tally.other).toEqual([]);
  expect(tally.winners).toHaveLength(1);
  expect(tally.conflict + tally.stale).toBe(stillPending.length - 1);
  expect(await getDb().statusProposal.count({ where: { claimId: claim.id, state: "pending" } })).toBe(0);
  expect(await getDb().statusChange.count({ where: { claimId: claim.id } })).toBe(2);
  expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("partially_supported");
  report("proposals filed during an approval (second wave)", tally, ` pendingAfterFirstWave=${stillPending.length}`);
  await expectStatusesMatchHistory();
  await expectEveryChangeApprovedByAnotherPerson();
});
