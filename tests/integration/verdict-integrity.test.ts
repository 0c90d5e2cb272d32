// No single account can change what a published verdict rests on without review or a public
// flag. Each path: the command refuses it, or the claim is flagged "needs re-review" on
// every public surface (page data, scorecard, API, CSV and JSON exports, ClaimReview) while
// its status stays, and only a second person's approval clears the flag.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ClaimReviewJsonLd } from "@/components/claim-review-json-ld";
import { getDb } from "@/lib/db/client";
import { editClaim } from "@/lib/server/claims/edit-claim";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { editEvidence } from "@/lib/server/evidence/edit-evidence";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { approveProposal } from "@/lib/server/proposals/approve-proposal";
import { proposeConfirmation } from "@/lib/server/proposals/propose-confirmation";
import { proposeStatusChange } from "@/lib/server/proposals/propose-status-change";
import { invalidatePublicData } from "@/lib/server/public/cache";
import { getPublicClaim } from "@/lib/server/public/get-public-claim";
import { getPublicSource } from "@/lib/server/public/get-public-source";
import { getTrackerScorecard } from "@/lib/server/public/get-tracker-scorecard";
import { listReReviewQueue } from "@/lib/server/review/list-re-review-queue";
import { confirmSourceGrade } from "@/lib/server/sources/confirm-source-grade";
import { approveSourceGrade, rejectSourceGrade } from "@/lib/server/sources/decide-source-grade";
import { proposeSourceGrade } from "@/lib/server/sources/propose-source-grade";
import { setProofPointCriteria } from "@/lib/server/trackers/set-proof-point-criteria";
import { evidenceInput, makeClaim, makeEvidence, makeTracker, makeUser, RATIONALE } from "../support/builders";
import { csvRecords } from "../support/csv";
import { get } from "../support/public-routes";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { CRITERIA_INPUT, makeChecklist } from "../support/tracker-builders";
import { claimRow, makeFlaggedClaim } from "../support/verdict-builders";
import { editClaimInput, editEvidenceInput, makeSource } from "../support/workspace-builders";

const SITE = "https://proofboard.example";
const CONFLICT_REASON = "One outlet reports the prototype working; the other says it does not.";

async function approvedClaim(options: { status?: "supported" | "refuted"; proofPointId?: string; url?: string } = {}) {
  const analyst = await makeUser({ roles: ["analyst"] });
  const reviewer = await makeUser({ roles: ["reviewer"] });
  const claim = await makeClaim({ proofPointId: options.proofPointId, creator: analyst });
  const stance = options.status === "refuted" ? "refutes" : "supports";
  const cited = await makeEvidence({ claimId: claim.id, creator: analyst, stance, url: options.url });
  const proposal = await proposeStatusChange(analyst, { claimId: claim.id, toStatus: options.status ?? "supported", rationale: RATIONALE, evidenceIds: [cited.id] });
  await approveProposal(reviewer, { proposalId: proposal.id, meetsCriteria: true });
  return { claim, cited, analyst, reviewer };
}

/** Every public surface a claim's flag must reach (after the invalidation every write action runs). */
async function publicSurfaces(claimId: string) {
  await invalidatePublicData();
  const page = (await getPublicClaim({ id: claimId }))!;
  const scorecard = (await getTrackerScorecard({ slug: (await trackerSlugOf(claimId)) }))!;
  const row = scorecard.proofPoints.flatMap((point) => point.claims).find((claim) => claim.id === claimId)!;
  const api = (await (await get(`/api/v1/claims/${claimId}`)).json()) as { data: Record<string, unknown> };
  const slug = await trackerSlugOf(claimId);
  const csv = csvRecords(await (await get(`/trackers/${slug}/export.csv?table=claims`)).text()).find((r) => r.claim_id === claimId)!;
  const json = (await (await get(`/trackers/${slug}/export.json`)).json()) as { claims: { id: string; needsReReview: unknown }[] };
  const jsonLd = renderToStaticMarkup(createElement(ClaimReviewJsonLd, { claim: page, url: `${SITE}/claims/${claimId}`, siteUrl: SITE }));
  return { page, row, api: api.data, csv, json: json.claims.find((claim) => claim.id === claimId)!, jsonLd };
}

async function trackerSlugOf(claimId: string): Promise<string> {
  const claim = await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { proofPoint: { select: { tracker: { select: { slug: true } } } } } });
  return claim.proofPoint.tracker.slug;
}

async function expectFlaggedEverywhere(claimId: string, reason: RegExp) {
  const s = await publicSurfaces(claimId);
  expect(s.page.standing.needsReReview?.reason).toMatch(reason);
  expect(s.row.standing.needsReReview?.reason).toMatch(reason);
  expect((s.api.needsReReview as { reason: string }).reason).toMatch(reason);
  expect(s.csv.needs_re_review).toBe("true");
  expect(s.csv.re_review_reason).toMatch(reason);
  expect(s.json.needsReReview).toMatchObject({ reason: expect.stringMatching(reason) });
  expect(s.jsonLd).toContain("Needs re-review since");
  expect(s.jsonLd).toContain("(needs re-review)");
}

async function expectNotFlagged(claimId: string) {
  const s = await publicSurfaces(claimId);
  expect(s.page.standing.needsReReview).toBeNull();
  expect(s.row.standing.needsReReview).toBeNull();
  expect(s.api.needsReReview).toBeNull();
  expect(s.csv.needs_re_review).toBe("false");
  expect(s.json.needsReReview).toBeNull();
  expect(s.jsonLd).not.toContain("needs re-review");
}

describe("every status needs cited evidence", () => {
  it.each([
    { toStatus: "partially_supported", stances: ["refutes", "context"], reason: "" },
    { toStatus: "supported", stances: ["context"], reason: "" },
    { toStatus: "refuted", stances: ["supports"], reason: "" },
    { toStatus: "disputed", stances: ["refutes"], reason: "" },
    { toStatus: "disputed", stances: [], reason: CONFLICT_REASON },
  ] as const)("$toStatus citing $stances (conflict reason: $reason) is refused, changing nothing", async ({ toStatus, stances, reason }) => {
    const claim = await makeClaim();
    const ids = [];
    for (const stance of stances) ids.push((await makeEvidence({ claimId: claim.id, stance })).id);
    const analyst = await makeUser({ roles: ["analyst"] });
    const before = await snapshotDatabase();
    const error = await expectAppError(
      proposeStatusChange(analyst, { claimId: claim.id, toStatus, rationale: RATIONALE, evidenceIds: ids, conflictReason: reason }),
      "INVALID_INPUT",
    );
    expect(error.fieldErrors.evidenceIds?.[0]).toMatch(/needs at least one cited/);
    await expectDatabaseUnchanged(before);
  });

  it("disputed passes with one item from each side, or with cited items and a written reason", async () => {
    const analyst = await makeUser({ roles: ["analyst"] });
    const both = await makeClaim();
    const ids = [(await makeEvidence({ claimId: both.id, stance: "supports" })).id, (await makeEvidence({ claimId: both.id, stance: "refutes" })).id];
    await expect(proposeStatusChange(analyst, { claimId: both.id, toStatus: "disputed", rationale: RATIONALE, evidenceIds: ids })).resolves.toMatchObject({ conflictReason: null });
    const oneSide = await makeClaim();
    const refuting = await makeEvidence({ claimId: oneSide.id, stance: "refutes" });
    const proposal = await proposeStatusChange(analyst, { claimId: oneSide.id, toStatus: "disputed", rationale: RATIONALE, evidenceIds: [refuting.id], conflictReason: CONFLICT_REASON });
    expect(proposal.conflictReason).toBe(CONFLICT_REASON);
    await approveProposal(await makeUser({ roles: ["reviewer"] }), { proposalId: proposal.id });
    expect((await claimRow(oneSide.id)).status).toBe("disputed");
  });

  it("approval re-checks the rule: a proposal whose only supporting item was removed cannot be approved", async () => {
    const analyst = await makeUser({ roles: ["analyst"] });
    const claim = await makeClaim();
    const item = await makeEvidence({ claimId: claim.id, stance: "supports" });
    const proposal = await proposeStatusChange(analyst, { claimId: claim.id, toStatus: "partially_supported", rationale: RATIONALE, evidenceIds: [item.id] });
    await removeEvidence(analyst, { evidenceId: item.id });
    const reviewer = await makeUser({ roles: ["reviewer"] });
    const before = await snapshotDatabase();
    await expectAppError(approveProposal(reviewer, { proposalId: proposal.id }), "INVALID_INPUT");
    await expectDatabaseUnchanged(before);
  });
});

describe("a verdict that loses its footing is flagged, not silently kept", () => {
  it("removing the cited item keeps the status and flags the claim on every public surface", async () => {
    const { claim, cited, analyst } = await approvedClaim();
    await expectNotFlagged(claim.id);
    await removeEvidence(analyst, { evidenceId: cited.id, reason: "Wrong article." });
    expect(await claimRow(claim.id)).toMatchObject({ status: "supported", reReviewSince: expect.any(Date) });
    await expectFlaggedEverywhere(claim.id, /cited evidence “.+” was removed/);
    const queue = await listReReviewQueue(await makeUser({ roles: ["reviewer"] }));
    expect(queue.map((item) => item.claimId)).toContain(claim.id);
  });

  it("removing an item the approval did not cite flags nothing", async () => {
    const { claim, analyst } = await approvedClaim();
    const extra = await makeEvidence({ claimId: claim.id, stance: "context" });
    await removeEvidence(analyst, { evidenceId: extra.id });
    expect((await claimRow(claim.id)).reReviewSince).toBeNull();
  });

  it("a material edit of a cited item (stance, credibility, quote, link) flags the claim; a corrected title does not", async () => {
    const { claim, cited, analyst } = await approvedClaim();
    await editEvidence(analyst, await editEvidenceInput(cited.id, { title: "A corrected title for the article" }));
    expect((await claimRow(claim.id)).reReviewSince).toBeNull();
    await editEvidence(analyst, await editEvidenceInput(cited.id, { credibility: "1" }));
    await expectFlaggedEverywhere(claim.id, /was edited \(credibility\)/);
    expect((await claimRow(claim.id)).status).toBe("supported");
  });

  it("editing the statement of an approved claim flags it; editing a never-approved claim does not", async () => {
    const { claim, analyst } = await approvedClaim();
    const { claim: edited } = await editClaim(analyst, await editClaimInput(claim.id, { statement: "A quite different statement about the prototype." }));
    expect(edited.reReviewReason).toMatch(/the claim itself was edited \(statement\)/);
    await expectFlaggedEverywhere(claim.id, /the claim itself was edited/);
    const fresh = await makeClaim();
    await editClaim(analyst, await editClaimInput(fresh.id, { statement: "Another new statement about the prototype." }));
    expect((await claimRow(fresh.id)).reReviewSince).toBeNull();
  });

  it("moving a supported claim to another box flags it and drops its criteria judgement, so it cannot tick the new box unreviewed", async () => {
    const { tracker, proofPoints } = await makeChecklist({ proofPoints: 2 });
    const { claim, analyst } = await approvedClaim({ proofPointId: proofPoints[0]!.id });
    expect((await getTrackerScorecard({ slug: tracker.slug }))!.proofPoints.map((p) => p.state)).toEqual(["ticked", "open"]);
    await editClaim(analyst, await editClaimInput(claim.id, { proofPointId: proofPoints[1]!.id }));
    expect(await claimRow(claim.id)).toMatchObject({ status: "supported", meetsCriteria: null, criteriaVersion: null });
    expect((await getTrackerScorecard({ slug: tracker.slug }))!.proofPoints.map((p) => p.state)).toEqual(["open", "partial"]);
    await expectFlaggedEverywhere(claim.id, /moved to proof point “Proof point 2”/);
  });
});

describe("re-review: a reviewer confirms or changes the status, with four eyes", () => {
  it("a confirmation citing what still holds, approved by another reviewer, clears the flag and enters the history", async () => {
    const { claim, kept, analyst } = await makeFlaggedClaim();
    const proposal = await proposeConfirmation(analyst, { claimId: claim.id, rationale: "The remaining report still carries this claim fully.", evidenceIds: [kept.id] });
    expect(proposal).toMatchObject({ fromStatus: "supported", toStatus: "supported", state: "pending" });
    await expectAppError(approveProposal(analyst, { proposalId: proposal.id }), "FORBIDDEN");
    const second = await makeUser({ roles: ["reviewer"] });
    await approveProposal(second, { proposalId: proposal.id, meetsCriteria: true });

    expect(await claimRow(claim.id)).toMatchObject({ status: "supported", reReviewSince: null, reReviewReason: null });
    await expectNotFlagged(claim.id);
    const history = (await getPublicClaim({ id: claim.id }))!.history;
    expect(history.at(-1)).toMatchObject({ isConfirmation: true, fromStatus: "supported", toStatus: "supported", reReviewReason: expect.stringMatching(/was removed/) });
  });

  it("a confirmation is refused when nothing is flagged, or when it cites nothing that still holds", async () => {
    const { claim, analyst } = await approvedClaim();
    const before = await snapshotDatabase();
    await expectAppError(proposeConfirmation(analyst, { claimId: claim.id, rationale: RATIONALE, evidenceIds: [] }), "INVALID_INPUT");
    await expectDatabaseUnchanged(before);

    const flagged = await makeFlaggedClaim();
    const beforeFlagged = await snapshotDatabase();
    const removedCited = await expectAppError(proposeConfirmation(flagged.analyst, { claimId: flagged.claim.id, rationale: RATIONALE, evidenceIds: [flagged.removed.id] }), "INVALID_INPUT");
    expect(removedCited.fieldErrors.evidenceIds?.[0]).toContain(flagged.removed.id);
    await expectAppError(proposeConfirmation(flagged.analyst, { claimId: flagged.claim.id, rationale: RATIONALE, evidenceIds: [] }), "INVALID_INPUT");
    await expectDatabaseUnchanged(beforeFlagged);
  });

  it("an approved status change also answers the flag", async () => {
    const { claim, analyst } = await makeFlaggedClaim();
    const refuting = await makeEvidence({ claimId: claim.id, stance: "refutes" });
    const proposal = await proposeStatusChange(analyst, { claimId: claim.id, toStatus: "refuted", rationale: RATIONALE, evidenceIds: [refuting.id] });
    await approveProposal(await makeUser({ roles: ["reviewer"] }), { proposalId: proposal.id });
    expect(await claimRow(claim.id)).toMatchObject({ status: "refuted", reReviewSince: null });
  });
});

describe("ticks are judged against the criteria", () => {
  it("approving Supported under criteria needs the reviewer's judgement; only a claim that meets them ticks", async () => {
    const { tracker, proofPoints } = await makeChecklist({ proofPoints: 1 });
    const analyst = await makeUser({ roles: ["analyst"] });
    const reviewer = await makeUser({ roles: ["reviewer"] });
    const claim = await makeClaim({ proofPointId: proofPoints[0]!.id, creator: analyst });
    const item = await makeEvidence({ claimId: claim.id, stance: "supports" });
    const proposal = await proposeStatusChange(analyst, { claimId: claim.id, toStatus: "supported", rationale: RATIONALE, evidenceIds: [item.id] });

    const before = await snapshotDatabase();
    const error = await expectAppError(approveProposal(reviewer, { proposalId: proposal.id }), "INVALID_INPUT");
    expect(error.message).toMatch(/meetsCriteria: say whether the claim meets the proof point's criteria as written \(version 1\)/);
    await expectDatabaseUnchanged(before);

    await approveProposal(reviewer, { proposalId: proposal.id, meetsCriteria: "no" });
    const scorecard = (await getTrackerScorecard({ slug: tracker.slug }))!;
    expect(scorecard.ticked).toBe(0);
    expect(scorecard.proofPoints[0]!.state).toBe("partial");
    expect(scorecard.proofPoints[0]!.claims[0]).toMatchObject({ status: "supported", standing: { meetsCriteria: false, criteriaVersion: 1 } });
    expect((await getPublicClaim({ id: claim.id }))!.history.at(-1)).toMatchObject({ meetsCriteria: false, criteriaVersion: 1 });
  });

  it("new criteria flag every claim ticking under the old version; the box says so until a reviewer re-judges", async () => {
    const { admin, tracker, proofPoints } = await makeChecklist({ proofPoints: 1 });
    const { claim, cited, analyst } = await approvedClaim({ proofPointId: proofPoints[0]!.id });
    await setProofPointCriteria(admin, { proofPointId: proofPoints[0]!.id, ...CRITERIA_INPUT, thresholdValue: "60", thresholdUnit: "%", thresholdQualifier: "a yield of at least", note: "Raised the bar." });

    const point = (await getTrackerScorecard({ slug: tracker.slug }))!.proofPoints[0]!;
    expect(point).toMatchObject({ state: "ticked", criteriaVersion: 2, tickedUnderOlderCriteria: { version: 1 }, threshold: { value: 60, unit: "%", qualifier: "a yield of at least" } });
    await expectFlaggedEverywhere(claim.id, /ticked under criteria v1; the criteria are now v2/);

    const confirmation = await proposeConfirmation(analyst, { claimId: claim.id, rationale: "The cited report clears the new, higher bar as well.", evidenceIds: [cited.id] });
    await approveProposal(await makeUser({ roles: ["reviewer"] }), { proposalId: confirmation.id, meetsCriteria: "yes" });
    const after = (await getTrackerScorecard({ slug: tracker.slug }))!.proofPoints[0]!;
    expect(after).toMatchObject({ state: "ticked", tickedUnderOlderCriteria: null });
    expect(await claimRow(claim.id)).toMatchObject({ criteriaVersion: 2, meetsCriteria: true, reReviewSince: null });
  });
});

describe("source grades get four eyes, and readers see them", () => {
  it("a proposed change re-weighs nothing until another reviewer approves it; then claims resting on it are flagged", async () => {
    const source = await makeSource({ grade: "A" });
    const { claim } = await approvedClaim({ url: `https://${source.domain}/report` });
    const proposer = await makeUser({ roles: ["analyst"] });
    const proposed = await proposeSourceGrade(proposer, { sourceId: source.id, reliability: "B", rationale: "Issued two corrections this year." });
    if (proposed.kind !== "proposed") throw new Error("expected a proposal");
    expect((await getPublicClaim({ id: claim.id }))!.evidenceByStance.supports[0]!.source.reliability).toBe("A");
    expect((await claimRow(claim.id)).reReviewSince).toBeNull();

    const reviewer = await makeUser({ roles: ["reviewer"] });
    await approveSourceGrade(reviewer, { proposalId: proposed.proposal.id });
    expect((await getPublicClaim({ id: claim.id }))!.evidenceByStance.supports[0]!.source.reliability).toBe("B");
    await expectFlaggedEverywhere(claim.id, new RegExp(`the grade of cited source ${source.domain.replace(/\./g, "\\.")} changed from A to B`));

    const page = (await getPublicSource({ domain: source.domain }))!;
    expect(page).toMatchObject({ reliability: "B", provisional: false });
    expect(page.history[0]).toMatchObject({ kind: "approved", reliability: "B", proposedBy: proposer.name, approvedBy: reviewer.name, rationale: "Issued two corrections this year." });
    expect(page.claims.map((c) => c.id)).toEqual([claim.id]);
  });

  it("no one decides their own grade proposal; a rejected or stale one changes nothing", async () => {
    const source = await makeSource({ grade: "C" });
    const reviewer = await makeUser({ roles: ["reviewer"] });
    const own = await proposeSourceGrade(reviewer, { sourceId: source.id, reliability: "B", rationale: "Better than its grade says." });
    if (own.kind !== "proposed") throw new Error("expected a proposal");
    const analyst = await makeUser({ roles: ["analyst"] });
    const before = await snapshotDatabase();
    await expectAppError(approveSourceGrade(reviewer, { proposalId: own.proposal.id }), "FORBIDDEN");
    await expectAppError(rejectSourceGrade(reviewer, { proposalId: own.proposal.id, note: "Never mind." }), "FORBIDDEN");
    await expectAppError(proposeSourceGrade(analyst, { sourceId: source.id, reliability: "D", rationale: "Worse than its grade says." }), "CONFLICT");
    await expectDatabaseUnchanged(before);

    await rejectSourceGrade(await makeUser({ roles: ["reviewer"] }), { proposalId: own.proposal.id, note: "No new evidence of that." });
    expect((await getDb().source.findUniqueOrThrow({ where: { id: source.id } })).reliability).toBe("C");
  });

  it("a new source's first grade by the analyst who logged it is provisional until another reviewer confirms it", async () => {
    const analyst = await makeUser({ roles: ["reviewer"] });
    const claim = await makeClaim();
    const item = await addEvidence(analyst, evidenceInput(claim.id, { url: `https://brand-new-${Date.now()}.example.org/story` }));
    const other = await makeUser({ roles: ["analyst"] });
    const notCreator = await proposeSourceGrade(other, { sourceId: item.sourceId, reliability: "B", rationale: "A trade paper with a record." });
    expect(notCreator.kind).toBe("proposed");
    await getDb().sourceGradeProposal.update({ where: { id: notCreator.kind === "proposed" ? notCreator.proposal.id : "" }, data: { state: "withdrawn" } });

    const provisional = await proposeSourceGrade(analyst, { sourceId: item.sourceId, reliability: "C", rationale: "A trade paper with a mixed record." });
    expect(provisional.kind).toBe("provisional");
    const source = await getDb().source.findUniqueOrThrow({ where: { id: item.sourceId } });
    expect((await getPublicSource({ domain: source.domain }))!).toMatchObject({ reliability: "C", provisional: true });
    expect((await getPublicClaim({ id: claim.id }))!.evidenceByStance.supports[0]!.source.provisional).toBe(true);
    await expectAppError(confirmSourceGrade(analyst, { sourceId: source.id, note: "Confirming my own grade." }), "FORBIDDEN");
    await confirmSourceGrade(await makeUser({ roles: ["reviewer"] }), { sourceId: source.id, note: "Checked its corrections policy." });
    expect((await getPublicSource({ domain: source.domain }))!.provisional).toBe(false);
  });
});

describe("one article is one item", () => {
  it("refuses another address of an article already on the claim, linking to it; allows it on another claim and counts it", async () => {
    const tracker = await makeTracker({ proofPoints: 1 });
    const analyst = await makeUser({ roles: ["analyst"] });
    const claim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
    const other = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
    const first = await addEvidence(analyst, evidenceInput(claim.id, { url: "https://www.reuters.example.com/x/" }));
    const before = await snapshotDatabase();
    for (const url of ["https://reuters.example.com/x/?utm_source=twitter#top", "http://m.reuters.example.com/x/amp?fbclid=abc", "https://amp.reuters.example.com/x?gclid=1"]) {
      const error = await expectAppError(addEvidence(analyst, evidenceInput(claim.id, { url })), "INVALID_INPUT");
      expect(error.details).toEqual({ existingEvidenceId: first.id });
    }
    await expectDatabaseUnchanged(before);
    await addEvidence(analyst, evidenceInput(other.id, { url: "https://reuters.example.com/x?utm_campaign=spring" }));
    expect((await getPublicClaim({ id: claim.id }))!.evidenceByStance.supports[0]!.alsoCitedOn).toBe(1);
    expect((await getPublicClaim({ id: claim.id }))!.balance.sourceCount).toBe(0);
  });
});
