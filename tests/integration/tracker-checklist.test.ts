// Managing the checklist: order, retiring (the headline counts only active
// points; retired ones keep their claims), publishing rules, archiving, and the public
// "Changes to this checklist" history.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { headline } from "@/lib/domain";
import { createClaim } from "@/lib/server/claims/create-claim";
import { getPublicClaim } from "@/lib/server/public/get-public-claim";
import { getTrackerScorecard } from "@/lib/server/public/get-tracker-scorecard";
import { listPublishedTrackers } from "@/lib/server/public/list-published-trackers";
import { addProofPoint } from "@/lib/server/trackers/add-proof-point";
import { createTracker } from "@/lib/server/trackers/create-tracker";
import { reorderProofPoints } from "@/lib/server/trackers/reorder-proof-points";
import { archiveTracker } from "@/lib/server/trackers/set-tracker-archived";
import { publishTracker } from "@/lib/server/trackers/set-tracker-published";
import { restoreProofPoint, retireProofPoint } from "@/lib/server/trackers/set-proof-point-retired";
import { updateProofPoint } from "@/lib/server/trackers/update-proof-point";
import { CLAIM_FIELDS, makeApprovedChange, makeClaim, makeUser } from "../support/builders";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { makeAdmin, makeChecklist, proofPointInput, trackerInput } from "../support/tracker-builders";

const keysOf = async (slug: string) => (await getTrackerScorecard({ slug }))!.proofPoints.map((point) => point.key);

describe("reorderProofPoints", () => {
  it("puts the active points in the given order, and the scorecard follows it", async () => {
    const { admin, tracker, proofPoints } = await makeChecklist({ proofPoints: 3 });
    const [a, b, c] = proofPoints;
    expect(await reorderProofPoints(admin, { trackerId: tracker.id, order: [c!.id, a!.id, b!.id] })).toEqual({ changed: true });
    expect(await keysOf(tracker.slug)).toEqual([c!.key, a!.key, b!.key]);
  });

  it("keeps retired points after the active ones, and a restored point returns to the checklist", async () => {
    const { admin, tracker, proofPoints } = await makeChecklist({ proofPoints: 3 });
    const [a, b, c] = proofPoints;
    await retireProofPoint(admin, { proofPointId: a!.id });
    await reorderProofPoints(admin, { trackerId: tracker.id, order: [c!.id, b!.id] });
    await restoreProofPoint(admin, { proofPointId: a!.id });
    expect(await keysOf(tracker.slug)).toEqual([c!.key, b!.key, a!.key]);
  });

  it.each([
    ["a point missing", (ids: string[]) => ids.slice(0, 2)],
    ["a point twice", (ids: string[]) => [ids[0]!, ids[0]!, ids[1]!]],
    ["a retired point", (ids: string[], retired: string) => [...ids, retired]],
    ["another tracker's point", (ids: string[], _retired: string, foreign: string) => [ids[0]!, ids[1]!, foreign]],
  ])("refuses an order with %s (an out-of-date page), naming order, and writes nothing", async (_case, makeOrder) => {
    const { admin, tracker, proofPoints } = await makeChecklist({ proofPoints: 4 });
    const other = await makeChecklist({ proofPoints: 1, admin });
    await retireProofPoint(admin, { proofPointId: proofPoints[3]!.id });
    const ids = proofPoints.slice(0, 3).map((point) => point.id);
    const before = await snapshotDatabase();
    const error = await expectAppError(reorderProofPoints(admin, { trackerId: tracker.id, order: makeOrder(ids, proofPoints[3]!.id, other.proofPoints[0]!.id) }), "INVALID_INPUT");
    expect(Object.keys(error.fieldErrors)).toEqual(["order"]);
    await expectDatabaseUnchanged(before);
  });

  it("the same order again is a no-op that writes nothing", async () => {
    const { admin, tracker, proofPoints } = await makeChecklist({ proofPoints: 2 });
    const before = await snapshotDatabase();
    expect(await reorderProofPoints(admin, { trackerId: tracker.id, order: proofPoints.map((point) => point.id) })).toEqual({ changed: false });
    await expectDatabaseUnchanged(before);
  });
});

describe("retiring a proof point", () => {
  it("takes it out of the headline count, keeps its claims readable and lists it apart", async () => {
    const { admin, tracker, proofPoints } = await makeChecklist({ proofPoints: 3 });
    const claim = await makeClaim({ proofPointId: proofPoints[2]!.id });
    await makeApprovedChange({ claimId: claim.id, toStatus: "supported" });
    let scorecard = await getTrackerScorecard({ slug: tracker.slug });
    expect(headline(scorecard!.ticked, scorecard!.total)).toBe("1 of 3 boxes ticked");

    await retireProofPoint(admin, { proofPointId: proofPoints[2]!.id });

    scorecard = await getTrackerScorecard({ slug: tracker.slug });
    expect(headline(scorecard!.ticked, scorecard!.total)).toBe("0 of 2 boxes ticked");
    expect(scorecard!.retiredProofPoints).toMatchObject([{ key: proofPoints[2]!.key, claims: [{ id: claim.id, status: "supported" }] }]);
    expect(scorecard!.retiredProofPoints[0]!.retiredAt).not.toBeNull();
    expect((await listPublishedTrackers()).find((t) => t.slug === tracker.slug)).toMatchObject({ ticked: 0, total: 2 });
    expect(await getPublicClaim({ id: claim.id })).toMatchObject({ id: claim.id, status: "supported", history: [{ toStatus: "supported" }] });
  });

  it("refuses new claims under it, and restoring counts it again", async () => {
    const { admin, tracker, proofPoints } = await makeChecklist({ proofPoints: 2 });
    await retireProofPoint(admin, { proofPointId: proofPoints[1]!.id });
    const analyst = await makeUser({ roles: ["analyst"] });
    const error = await expectAppError(createClaim(analyst, { ...CLAIM_FIELDS, proofPointId: proofPoints[1]!.id }), "INVALID_INPUT");
    expect(Object.keys(error.fieldErrors)).toEqual(["proofPointId"]);
    await restoreProofPoint(admin, { proofPointId: proofPoints[1]!.id });
    expect((await getTrackerScorecard({ slug: tracker.slug }))!.total).toBe(2);
  });

  it("refuses to retire the last active point of a published tracker, or one already retired", async () => {
    const { admin, proofPoints } = await makeChecklist({ proofPoints: 2 });
    await retireProofPoint(admin, { proofPointId: proofPoints[0]!.id });
    const before = await snapshotDatabase();
    const lastActive = await expectAppError(retireProofPoint(admin, { proofPointId: proofPoints[1]!.id }), "CONFLICT");
    expect(lastActive.message).toMatch(/^This is the last active proof point of a published tracker/);
    await expectAppError(retireProofPoint(admin, { proofPointId: proofPoints[0]!.id }), "CONFLICT");
    await expectAppError(restoreProofPoint(admin, { proofPointId: proofPoints[1]!.id }), "CONFLICT");
    await expectDatabaseUnchanged(before);
  });
});

describe("publishing rules", () => {
  it("refuses a tracker with no active proof point", async () => {
    const admin = await makeAdmin();
    const tracker = await createTracker(admin, trackerInput());
    const error = await expectAppError(publishTracker(admin, { trackerId: tracker.id }), "CONFLICT");
    expect(error.message).toBe("Add at least one proof point before publishing.");
  });

  it("refuses while an active proof point has no criteria (rows from before criteria existed)", async () => {
    const { admin, tracker } = await makeChecklist({ proofPoints: 1, published: false });
    await getDb().proofPoint.create({ data: { trackerId: tracker.id, key: "legacy", title: "Legacy point", question: "Was this added before criteria?", position: 5 } });
    const error = await expectAppError(publishTracker(admin, { trackerId: tracker.id }), "CONFLICT");
    expect(error.message).toBe("Set resolution criteria for “Legacy point” before publishing.");
  });

  it("refuses to publish twice; publishedAt keeps the first publication", async () => {
    const { admin, tracker } = await makeChecklist({ proofPoints: 1 });
    const first = (await getDb().tracker.findUniqueOrThrow({ where: { id: tracker.id } })).publishedAt;
    await expectAppError(publishTracker(admin, { trackerId: tracker.id }), "CONFLICT");
    expect(first).toBeInstanceOf(Date);
  });
});

describe("an archived tracker", () => {
  it("refuses every checklist change until taken out of the archive", async () => {
    const { admin, tracker, proofPoints } = await makeChecklist({ proofPoints: 2 });
    await archiveTracker(admin, { trackerId: tracker.id });
    const before = await snapshotDatabase();
    const calls = [
      () => addProofPoint(admin, proofPointInput(tracker.id, 9)),
      () => updateProofPoint(admin, { proofPointId: proofPoints[0]!.id, title: "New title", question: "A new question for it?" }),
      () => retireProofPoint(admin, { proofPointId: proofPoints[0]!.id }),
      () => publishTracker(admin, { trackerId: tracker.id }),
      () => archiveTracker(admin, { trackerId: tracker.id }),
    ];
    for (const call of calls) await expectAppError(call(), "CONFLICT");
    await expectDatabaseUnchanged(before);
  });
});

describe("changes to this checklist", () => {
  it("start at the first publication, newest first, naming admins but never their emails", async () => {
    const { admin, tracker, proofPoints } = await makeChecklist({ proofPoints: 2 });
    await addProofPoint(admin, proofPointInput(tracker.id, 3, { title: "Late addition" }));
    await updateProofPoint(admin, { proofPointId: proofPoints[0]!.id, title: "Renamed point", question: proofPoints[0]!.question });
    await retireProofPoint(admin, { proofPointId: proofPoints[1]!.id });
    const scorecard = await getTrackerScorecard({ slug: tracker.slug });
    expect(scorecard!.checklistChanges.map((change) => [change.kind, change.summary])).toEqual([
      ["proof_point_retired", "Retired proof point “Proof point 2”: its claims stay readable but it no longer counts towards the headline."],
      ["proof_point_edited", "Proof point “Proof point 1”: renamed to “Renamed point”."],
      ["proof_point_added", "Added proof point “Late addition”."],
      ["tracker_published", "Published with 2 proof points, each with its resolution criteria."],
    ]);
    expect(scorecard!.checklistChanges.every((change) => change.by === admin.name)).toBe(true);
    expect(JSON.stringify(scorecard)).not.toContain(admin.email);
  });
});
