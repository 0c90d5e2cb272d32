// Resolution criteria: every edit is a new version, a no-op edit is refused, the
// public proof-point view carries every version for its diffs, and a change of criteria
// never moves a claim's status or the box's state by itself.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { diffCriteria } from "@/lib/domain/criteria";
import { getPublicProofPoint } from "@/lib/server/public/get-public-proof-point";
import { getTrackerScorecard } from "@/lib/server/public/get-tracker-scorecard";
import { setProofPointCriteria } from "@/lib/server/trackers/set-proof-point-criteria";
import { makeApprovedChange, makeClaim } from "../support/builders";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { CRITERIA_INPUT, makeChecklist } from "../support/tracker-builders";

const THROUGHPUT = {
  tickWhen: "A source graded B or better reports sustained throughput at or above the threshold on the tool.",
  contestedWhen: CRITERIA_INPUT.contestedWhen,
  thresholdQualifier: "sustained throughput of at least",
  thresholdValue: "100",
  thresholdUnit: "wafers per hour",
  note: "An explicit bar instead of “commercially viable”.",
};

/** A fresh checklist; its first point's criteria are at version 1. */
async function freshPoint() {
  const fixture = await makeChecklist({ proofPoints: 2 });
  return { fixture, pointId: fixture.proofPoints[0]!.id };
}

/** A fresh checklist whose first point has three criteria versions: the original, THROUGHPUT at 100, then at 120. */
async function pointWithThreeVersions() {
  const { fixture, pointId } = await freshPoint();
  await setProofPointCriteria(fixture.admin, { proofPointId: pointId, ...THROUGHPUT });
  await setProofPointCriteria(fixture.admin, { proofPointId: pointId, ...THROUGHPUT, thresholdValue: 120, note: "" });
  return { fixture, pointId };
}

describe("versions", () => {
  it("adding a proof point sets version 1, authored by the admin", async () => {
    const { fixture, pointId } = await freshPoint();
    const versions = await getDb().resolutionCriteria.findMany({ where: { proofPointId: pointId } });
    expect(versions).toMatchObject([{ version: 1, ...CRITERIA_INPUT, thresholdValue: null, authorId: fixture.admin.id }]);
  });

  it("each edit appends the next version and keeps the earlier ones untouched", async () => {
    const { fixture, pointId } = await freshPoint();
    const before = await getDb().resolutionCriteria.findMany({ where: { proofPointId: pointId } });
    const v2 = await setProofPointCriteria(fixture.admin, { proofPointId: pointId, ...THROUGHPUT });
    expect(v2).toMatchObject({ version: 2, thresholdValue: 100, thresholdUnit: "wafers per hour", note: THROUGHPUT.note });
    const v3 = await setProofPointCriteria(fixture.admin, { proofPointId: pointId, ...THROUGHPUT, thresholdValue: 120, note: "" });
    expect(v3.version).toBe(3);
    const all = await getDb().resolutionCriteria.findMany({ where: { proofPointId: pointId }, orderBy: { version: "asc" } });
    expect(all.map((row) => row.version)).toEqual([1, 2, 3]);
    expect(all[0]).toEqual(before[0]);
  });

  it("refuses an edit that reads the same as the current version, and writes nothing", async () => {
    const { fixture, pointId } = await pointWithThreeVersions();
    const before = await snapshotDatabase();
    // Same text, spaces trimmed, the number written differently: still the same criteria.
    const error = await expectAppError(
      setProofPointCriteria(fixture.admin, { proofPointId: pointId, ...THROUGHPUT, tickWhen: ` ${THROUGHPUT.tickWhen} `, thresholdValue: "120.0", note: "a new note alone" }),
      "INVALID_INPUT",
    );
    expect(error.message).toBe("Nothing changed: these criteria read the same as version 3. Edit the criteria or threshold to save a new version.");
    await expectDatabaseUnchanged(before);
  });

  it("two admins saving at once get consecutive versions, never the same number twice", async () => {
    const { admin, proofPoints } = await makeChecklist({ proofPoints: 1 });
    const [point] = proofPoints;
    await Promise.all(
      [1, 2, 3].map((n) => setProofPointCriteria(admin, { proofPointId: point!.id, ...CRITERIA_INPUT, tickWhen: `${CRITERIA_INPUT.tickWhen} Variant ${n}.` })),
    );
    const versions = await getDb().resolutionCriteria.findMany({ where: { proofPointId: point!.id }, orderBy: { version: "asc" } });
    expect(versions.map((row) => row.version)).toEqual([1, 2, 3, 4]);
  });
});

describe("criteria never re-tick a box by themselves", () => {
  it("leaves claim statuses, versions and the box's state as they were, flags the ticking claim and records the change publicly", async () => {
    const { admin, tracker, proofPoints } = await makeChecklist({ proofPoints: 1 });
    const claim = await makeClaim({ proofPointId: proofPoints[0]!.id });
    await makeApprovedChange({ claimId: claim.id, toStatus: "supported" });
    const claimsBefore = await getDb().claim.findMany({ select: { id: true, status: true, version: true, meetsCriteria: true, criteriaVersion: true } });
    const scorecardBefore = await getTrackerScorecard({ slug: tracker.slug });

    await setProofPointCriteria(admin, { proofPointId: proofPoints[0]!.id, ...THROUGHPUT, thresholdValue: "1000" });

    expect(await getDb().claim.findMany({ select: { id: true, status: true, version: true, meetsCriteria: true, criteriaVersion: true } })).toEqual(claimsBefore);
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      reReviewReason: "ticked under criteria v1; the criteria are now v2",
      reReviewSince: expect.any(Date),
    });
    const scorecardAfter = await getTrackerScorecard({ slug: tracker.slug });
    expect(scorecardAfter!.proofPoints.map((point) => point.state)).toEqual(scorecardBefore!.proofPoints.map((point) => point.state));
    expect(scorecardAfter!.ticked).toBe(1);
    expect(scorecardAfter!.proofPoints[0]).toMatchObject({ tickedUnderOlderCriteria: { version: 1 }, criteriaVersion: 2 });
    expect(await getDb().statusChange.count({ where: { claimId: claim.id } })).toBe(1);
    expect(scorecardAfter!.checklistChanges[0]).toMatchObject({
      kind: "criteria_changed",
      summary: "Changed the resolution criteria of “Proof point 1” (version 2). Claim statuses were not changed by this.",
      criteriaVersion: 2,
      proofPoint: { key: proofPoints[0]!.key },
    });
  });
});

describe("the public proof-point view", () => {
  it("has the current criteria first, every earlier version after it, and diffs between them", async () => {
    const { fixture } = await pointWithThreeVersions();
    const view = await getPublicProofPoint({ slug: fixture.tracker.slug, key: fixture.proofPoints[0]!.key });
    expect(view!.criteria.map((version) => version.version)).toEqual([3, 2, 1]);
    const [current, , first] = view!.criteria;
    expect(current).toMatchObject({ thresholdValue: 120, thresholdUnit: "wafers per hour", author: fixture.admin.name });
    expect(current!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const changed = diffCriteria(first!, current!).filter((field) => field.changed);
    expect(changed.map((field) => field.field)).toEqual(["tickWhen", "threshold"]);
    expect(changed[1]!.segments).toEqual([{ kind: "added", text: "sustained throughput of at least 120 wafers per hour" }]);
  });

  it("never shows an author's email", async () => {
    const { fixture } = await pointWithThreeVersions();
    const view = await getPublicProofPoint({ slug: fixture.tracker.slug, key: fixture.proofPoints[0]!.key });
    expect(JSON.stringify(view)).not.toContain(fixture.admin.email);
  });
});
