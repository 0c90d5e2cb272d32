// The box-state series (BoxStateChange): the commands that can move a box write one row per
// change of its state or of whether it counts, and none when it did not move; the chart, the
// API's tick history and the box-states CSV read it; approvals that tick nothing still show
// as partial or contested, never a flat zero; the axis ends at the read time, not later;
// and the migration's backfill, run over the same history, builds the same series.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { proofPointState, boxStatusOf, type ClaimStatus } from "@/lib/domain";
import { editClaim } from "@/lib/server/claims/edit-claim";
import { approveProposal } from "@/lib/server/proposals/approve-proposal";
import { getTrackerScorecard } from "@/lib/server/public/get-tracker-scorecard";
import { restoreProofPoint, retireProofPoint } from "@/lib/server/trackers/set-proof-point-retired";
import { ZApiScorecard } from "@/lib/validation/api/tracker-responses";
import { boxStateBackfillSql } from "@/scripts/lib/box-state-backfill";
import { CLAIM_FIELDS, makeApprovedChange, makeClaim, makeProposal, makeTracker, makeUser } from "../support/builders";
import { csvRecords } from "../support/csv";
import { get, getJson } from "../support/public-routes";
import { makeAdmin } from "../support/tracker-builders";

async function seriesOf(trackerId: string) {
  const rows = await getDb().boxStateChange.findMany({ where: { trackerId }, orderBy: { seq: "asc" }, include: { proofPoint: { select: { key: true } } } });
  return rows.map((row) => ({ key: row.proofPoint.key, state: row.state, counted: row.counted }));
}

describe("the box-state series", () => {
  it("records approvals that tick nothing as partial and contested boxes, not a flat zero", async () => {
    const tracker = await makeTracker({ proofPoints: 3 });
    const [first, second] = tracker.proofPoints;
    const a = await makeClaim({ proofPointId: first!.id });
    const b = await makeClaim({ proofPointId: second!.id });
    await makeApprovedChange({ claimId: a.id, toStatus: "partially_supported" });
    await makeApprovedChange({ claimId: b.id, toStatus: "disputed" });
    // A second partially supported claim leaves the first box partial: no new row.
    await makeApprovedChange({ claimId: (await makeClaim({ proofPointId: first!.id })).id, toStatus: "partially_supported" });
    expect(await seriesOf(tracker.id)).toEqual([
      { key: "point-1", state: "partial", counted: true },
      { key: "point-2", state: "contested", counted: true },
    ]);
    const scorecard = (await getTrackerScorecard({ slug: tracker.slug }))!;
    expect(scorecard.tickChart.points.map((point) => point.ticked)).toEqual([0, 0]);
    const lanes = Object.fromEntries(scorecard.tickChart.lanes.map((lane) => [lane.key, lane.segments.map((segment) => segment.state)]));
    expect(lanes).toEqual({ "point-1": ["partial"], "point-2": ["open", "contested"], "point-3": ["open"] });
  });

  it("ticks, leaves the count when retired and rejoins it when restored; a moved claim moves its box", async () => {
    const tracker = await makeTracker({ proofPoints: 3 });
    const [first, second, third] = tracker.proofPoints;
    const admin = await makeAdmin();
    await makeApprovedChange({ claimId: (await makeClaim({ proofPointId: first!.id })).id, toStatus: "partially_supported" });
    await makeApprovedChange({ claimId: (await makeClaim({ proofPointId: second!.id })).id, toStatus: "disputed" });
    const ticking = await makeClaim({ proofPointId: first!.id });
    await makeApprovedChange({ claimId: ticking.id, toStatus: "supported" });
    await retireProofPoint(admin, { proofPointId: first!.id });
    await restoreProofPoint(admin, { proofPointId: first!.id });
    // A claim moved from the first box to the third takes its tick along.
    const claim = await getDb().claim.findUniqueOrThrow({ where: { id: ticking.id } });
    await editClaim(await makeUser({ roles: ["analyst"] }), {
      claimId: claim.id,
      version: claim.version,
      ...CLAIM_FIELDS,
      proofPointId: third!.id,
    });
    expect((await seriesOf(tracker.id)).slice(2)).toEqual([
      { key: "point-1", state: "ticked", counted: true },
      { key: "point-1", state: "ticked", counted: false },
      { key: "point-1", state: "ticked", counted: true },
      { key: "point-1", state: "partial", counted: true },
      { key: "point-3", state: "partial", counted: true },
    ]);
    const { body } = await getJson(`/api/v1/trackers/${tracker.slug}/scorecard`);
    const { data } = ZApiScorecard.parse(body);
    expect(data.tickHistory.slice(2).map((point) => [point.proofPointKey, point.state, point.ticked])).toEqual([
      ["point-1", "ticked", 1],
      ["point-1", "ticked", 0],
      ["point-1", "ticked", 1],
      ["point-1", "partial", 0],
      ["point-3", "partial", 0],
    ]);
    expect(data.tickHistory[3]!.statusChangeId).toBeNull();

    const csv = csvRecords(await (await get(`/trackers/${tracker.slug}/export.csv?table=box_states`)).text());
    expect(csv.map((row) => [row.proof_point_key, row.from_state, row.to_state, row.counted, row.boxes_ticked])).toEqual([
      ["point-1", "open", "partial", "true", "0"],
      ["point-2", "open", "contested", "true", "0"],
      ["point-1", "partial", "ticked", "true", "1"],
      ["point-1", "ticked", "ticked", "false", "0"],
      ["point-1", "ticked", "ticked", "true", "1"],
      ["point-1", "ticked", "partial", "true", "0"],
      ["point-3", "open", "partial", "true", "0"],
    ]);
  });

  it("never draws past the time the data was read, even for a change stamped later", async () => {
    const own = await makeTracker({ proofPoints: 1 });
    const claim = await makeClaim({ proofPointId: own.proofPoints[0]!.id });
    const proposal = await makeProposal({ claimId: claim.id, toStatus: "partially_supported" });
    const future = new Date(Date.now() + 400 * 24 * 60 * 60 * 1000);
    await approveProposal(await makeUser({ roles: ["reviewer"] }), { proposalId: proposal.id }, { now: future });
    const readAt = new Date();
    const { tickChart } = (await getTrackerScorecard({ slug: own.slug, now: readAt }))!;
    expect(tickChart.asOf).toBe(readAt.toISOString());
    for (const point of tickChart.points) expect(point.at <= tickChart.asOf).toBe(true);
    for (const lane of tickChart.lanes) expect(lane.segments.at(-1)!.to).toBe(tickChart.asOf);
  });
});

describe("the series against the claims and against the backfill", () => {
  const STATUSES: ClaimStatus[] = ["unverified", "partially_supported", "supported", "disputed", "refuted"];

  it("after any sequence of approvals, each box's last row is its state now, rows only where it moved, and the backfill agrees", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ claim: fc.nat(3), status: fc.constantFrom(...STATUSES), meets: fc.boolean() }), { minLength: 3, maxLength: 9 }),
        async (approvals) => {
          const tracker = await makeTracker({ proofPoints: 2 });
          const claims = [];
          for (let i = 0; i < 4; i += 1) claims.push(await makeClaim({ proofPointId: tracker.proofPoints[i % 2]!.id }));
          const current = claims.map(() => "unverified" as ClaimStatus);
          for (const approval of approvals) {
            // A change must move the status (or confirm it): skip what the rules would refuse.
            if (current[approval.claim] === approval.status) continue;
            await makeApprovedChange({ claimId: claims[approval.claim]!.id, toStatus: approval.status, meetsCriteria: approval.meets });
            current[approval.claim] = approval.status;
          }
          const series = await seriesOf(tracker.id);
          for (const [index, point] of tracker.proofPoints.entries()) {
            const rows = series.filter((row) => row.key === point.key);
            const judged = await getDb().claim.findMany({ where: { proofPointId: point.id }, select: { status: true, meetsCriteria: true } });
            expect(rows.at(-1)?.state ?? "open", `point ${index + 1}`).toBe(proofPointState(judged.map(boxStatusOf)));
            rows.forEach((row, i) => expect(row.state).not.toBe(i === 0 ? "open" : rows[i - 1]!.state));
          }
          // The migration's statement over the same history writes the same states.
          const written = await getDb().boxStateChange.findMany({ where: { trackerId: tracker.id }, orderBy: { seq: "asc" } });
          await getDb().boxStateChange.deleteMany({ where: { trackerId: tracker.id } });
          await getDb().$executeRawUnsafe(boxStateBackfillSql(`p."trackerId" = $1`), tracker.id);
          expect(await seriesOf(tracker.id)).toEqual(series);
          const rebuilt = await getDb().boxStateChange.findMany({ where: { trackerId: tracker.id }, orderBy: { seq: "asc" } });
          expect(rebuilt.map((row) => row.statusChangeId)).toEqual(written.map((row) => row.statusChangeId));
        },
      ),
      { numRuns: 4 },
    );
    // Each run builds a tracker through the commands: minutes on a loaded machine, not seconds.
  }, 180_000);
});
