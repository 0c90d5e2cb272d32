// Forecast questions resolve from the reviewed record only: yes inside the approval that
// ticks the box under the named criteria, no once the resolve-by day has passed unticked,
// annulled when the named criteria change materially. Each test builds its own tracker.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { approveProposal } from "@/lib/server/proposals/approve-proposal";
import { resolveDueForecastQuestions } from "@/lib/server/forecasts/resolve-due-forecast-questions";
import { openForecastQuestion } from "@/lib/server/forecasts/open-forecast-question";
import { submitForecast } from "@/lib/server/forecasts/submit-forecast";
import { setProofPointCriteria } from "@/lib/server/trackers/set-proof-point-criteria";
import { makeApprovedChange, makeClaim, makeProposal, makeUser } from "../support/builders";
import { makeForecastQuestion } from "../support/forecast-scenarios";
import { expectAppError } from "../support/snapshot";
import { CRITERIA_INPUT } from "../support/tracker-builders";

const questionRow = (id: string) => getDb().forecastQuestion.findUniqueOrThrow({ where: { id } });
const historyOf = (trackerId: string) =>
  getDb().checklistChange.findMany({ where: { trackerId, kind: { in: ["forecast_resolved", "forecast_annulled"] } }, orderBy: { createdAt: "asc" } });

describe("resolution on approval", () => {
  it("resolves yes in the approval that ticks the box, linked to that change, and closes the question to forecasts", async () => {
    const { question, proofPoint, tracker, title } = await makeForecastQuestion();
    const [ada, kim] = [await makeUser({ roles: ["analyst"] }), await makeUser({ roles: ["analyst"] })];
    await submitForecast(ada, { questionId: question.id, probability: 70 });
    await submitForecast(kim, { questionId: question.id, probability: "20" });
    const claim = await makeClaim({ proofPointId: proofPoint.id });

    await makeApprovedChange({ claimId: claim.id, toStatus: "partially_supported" });
    expect((await questionRow(question.id)).resolution).toBeNull();

    const proposal = await makeApprovedChange({ claimId: claim.id, toStatus: "supported" });
    const change = await getDb().statusChange.findUniqueOrThrow({ where: { proposalId: proposal.id } });
    const row = await questionRow(question.id);
    expect(row).toMatchObject({ resolution: "yes", resolvedByChangeId: change.id });
    expect(row.resolvedAt!.getTime()).toBe(change.createdAt.getTime());

    const history = await historyOf(tracker.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ kind: "forecast_resolved", proofPointId: proofPoint.id, actorId: null });
    expect(history[0]!.summary).toContain(title);
    expect(history[0]!.summary).toMatch(/resolved yes/);
    const audit = await getDb().auditEvent.findMany({ where: { entityType: "ForecastQuestion", entityId: question.id, action: "forecast-question.resolve" } });
    expect(audit).toHaveLength(1);

    const late = await expectAppError(submitForecast(ada, { questionId: question.id, probability: 90 }), "CONFLICT");
    expect(late.message).toMatch(/resolved/);
  });

  it("leaves questions on other proof points and already-settled questions alone", async () => {
    const first = await makeForecastQuestion();
    const second = await makeForecastQuestion();
    const claim = await makeClaim({ proofPointId: first.proofPoint.id });
    await makeApprovedChange({ claimId: claim.id, toStatus: "supported" });
    expect((await questionRow(first.question.id)).resolution).toBe("yes");
    expect((await questionRow(second.question.id)).resolution).toBeNull();

    // A second supporting approval under the same box does not resolve it again.
    const other = await makeClaim({ proofPointId: first.proofPoint.id });
    await makeApprovedChange({ claimId: other.id, toStatus: "supported" });
    expect(await historyOf(first.tracker.id)).toHaveLength(1);
  });

  it("does not resolve yes when the approval comes after the resolve-by day; the sweep then resolves no", async () => {
    const { question, proofPoint } = await makeForecastQuestion({
      now: new Date("2025-01-01T12:00:00Z"),
      closesOn: "2025-01-10",
      resolvesBy: "2025-01-20",
    });
    const claim = await makeClaim({ proofPointId: proofPoint.id });
    const proposal = await makeProposal({ claimId: claim.id, toStatus: "supported" });
    await approveProposal(await makeUser({ roles: ["reviewer"] }), { proposalId: proposal.id, meetsCriteria: true }, { now: new Date("2025-01-21T00:00:01Z") });
    expect((await questionRow(question.id)).resolution).toBeNull();

    const resolved = await resolveDueForecastQuestions(new Date("2025-01-22T00:00:00Z"));
    expect(resolved.map((entry) => entry.questionId)).toContain(question.id);
    expect(await questionRow(question.id)).toMatchObject({ resolution: "no", resolvedByChangeId: null, resolvedAt: new Date("2025-01-20T23:59:59.999Z") });
  });

  it("does not resolve yes when the reviewer judges the supported claim short of the criteria", async () => {
    const { question, proofPoint } = await makeForecastQuestion({ now: new Date("2025-04-01T00:00:00Z"), closesOn: "2025-04-05", resolvesBy: "2025-04-30" });
    const claim = await makeClaim({ proofPointId: proofPoint.id });
    const proposal = await makeProposal({ claimId: claim.id, toStatus: "supported" });
    await approveProposal(await makeUser({ roles: ["reviewer"] }), { proposalId: proposal.id, meetsCriteria: false }, { now: new Date("2025-04-10T10:00:00Z") });
    expect((await questionRow(question.id)).resolution).toBeNull();
  });

  it("resolves yes on the last day of the window", async () => {
    const { question, proofPoint } = await makeForecastQuestion({ now: new Date("2025-03-01T00:00:00Z"), closesOn: "2025-03-05", resolvesBy: "2025-03-10" });
    const claim = await makeClaim({ proofPointId: proofPoint.id });
    const proposal = await makeProposal({ claimId: claim.id, toStatus: "supported" });
    await approveProposal(await makeUser({ roles: ["reviewer"] }), { proposalId: proposal.id, meetsCriteria: true }, { now: new Date("2025-03-10T23:00:00Z") });
    expect((await questionRow(question.id)).resolution).toBe("yes");
  });
});

describe("resolution at the date", () => {
  it("resolves no only once the resolve-by day has ended, dated at its end, and only once", async () => {
    const { question, tracker } = await makeForecastQuestion({ now: new Date("2025-05-01T00:00:00Z"), closesOn: "2025-05-10", resolvesBy: "2025-05-31" });
    expect(await resolveDueForecastQuestions(new Date("2025-05-31T23:59:00Z"))).not.toContainEqual(expect.objectContaining({ questionId: question.id }));
    expect((await questionRow(question.id)).resolution).toBeNull();

    const resolved = await resolveDueForecastQuestions(new Date("2025-06-01T00:00:00Z"));
    expect(resolved).toContainEqual({ questionId: question.id, trackerId: tracker.id });
    expect(await questionRow(question.id)).toMatchObject({ resolution: "no", resolvedAt: new Date("2025-05-31T23:59:59.999Z") });
    const history = await historyOf(tracker.id);
    expect(history.map((entry) => entry.summary)).toEqual([expect.stringMatching(/resolved no/)]);

    expect(await resolveDueForecastQuestions(new Date("2025-07-01T00:00:00Z"))).not.toContainEqual(expect.objectContaining({ questionId: question.id }));
    expect(await historyOf(tracker.id)).toHaveLength(1);
  });

  it("never turns a yes into a no", async () => {
    const { question, proofPoint } = await makeForecastQuestion({ now: new Date("2025-08-01T00:00:00Z"), closesOn: "2025-08-02", resolvesBy: "2025-08-03" });
    const claim = await makeClaim({ proofPointId: proofPoint.id });
    const proposal = await makeProposal({ claimId: claim.id, toStatus: "supported" });
    await approveProposal(await makeUser({ roles: ["reviewer"] }), { proposalId: proposal.id, meetsCriteria: true }, { now: new Date("2025-08-02T10:00:00Z") });
    await resolveDueForecastQuestions(new Date("2025-09-01T00:00:00Z"));
    expect((await questionRow(question.id)).resolution).toBe("yes");
  });
});

describe("annulment on a criteria change", () => {
  it("annuls open questions when what ticks the box changes, and records the annulling version", async () => {
    const { question, proofPoint, admin, tracker } = await makeForecastQuestion();
    const version = await setProofPointCriteria(admin, { proofPointId: proofPoint.id, ...CRITERIA_INPUT, tickWhen: "A source graded A reports patterned wafers at 5 nm." });
    expect(await questionRow(question.id)).toMatchObject({ resolution: "annulled", annulledByCriteriaId: version.id });
    const history = await historyOf(tracker.id);
    expect(history.map((entry) => entry.kind)).toEqual(["forecast_annulled"]);
    expect(history[0]!.summary).toMatch(/Criteria version 2/);

    // An annulled question is never resolved by a later tick.
    const claim = await makeClaim({ proofPointId: proofPoint.id });
    await makeApprovedChange({ claimId: claim.id, toStatus: "supported" });
    expect((await questionRow(question.id)).resolution).toBe("annulled");
  });

  it("annuls on a new threshold too", async () => {
    const { question, proofPoint, admin } = await makeForecastQuestion();
    await setProofPointCriteria(admin, { proofPointId: proofPoint.id, ...CRITERIA_INPUT, thresholdValue: "100", thresholdUnit: "wafers per hour" });
    expect((await questionRow(question.id)).resolution).toBe("annulled");
  });

  it("keeps the question when only the contested wording changes, and a later tick still resolves it yes", async () => {
    const { question, proofPoint, admin } = await makeForecastQuestion();
    await setProofPointCriteria(admin, { proofPointId: proofPoint.id, ...CRITERIA_INPUT, contestedWhen: "Two sources graded B or better conflict on the result." });
    expect((await questionRow(question.id)).resolution).toBeNull();
    const claim = await makeClaim({ proofPointId: proofPoint.id });
    await makeApprovedChange({ claimId: claim.id, toStatus: "supported" });
    expect((await questionRow(question.id)).resolution).toBe("yes");
  });

  it("leaves resolved questions as they are", async () => {
    const { question, proofPoint, admin } = await makeForecastQuestion({ now: new Date("2025-02-01T00:00:00Z"), closesOn: "2025-02-02", resolvesBy: "2025-02-03" });
    await resolveDueForecastQuestions(new Date("2025-03-01T00:00:00Z"));
    await setProofPointCriteria(admin, { proofPointId: proofPoint.id, ...CRITERIA_INPUT, tickWhen: "A source graded A reports patterned wafers at 5 nm." });
    expect((await questionRow(question.id)).resolution).toBe("no");
  });
});

describe("forecasts", () => {
  it("keeps every update and refuses forecasts after the close day", async () => {
    const { question } = await makeForecastQuestion({ now: new Date("2025-04-01T00:00:00Z"), closesOn: "2025-04-30", resolvesBy: "2099-12-31" });
    const ada = await makeUser({ roles: ["analyst"] });
    await submitForecast(ada, { questionId: question.id, probability: 30, rationale: "Only lab tests." }, { now: new Date("2025-04-02T00:00:00Z") });
    await submitForecast(ada, { questionId: question.id, probability: 45 }, { now: new Date("2025-04-30T23:59:00Z") });
    const rows = await getDb().forecast.findMany({ where: { questionId: question.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => [row.probability, row.rationale])).toEqual([
      [30, "Only lab tests."],
      [45, ""],
    ]);
    const closed = await expectAppError(submitForecast(ada, { questionId: question.id, probability: 50 }, { now: new Date("2025-05-01T00:00:00Z") }), "CONFLICT");
    expect(closed.message).toMatch(/closed/);
    expect(await getDb().forecast.count({ where: { questionId: question.id } })).toBe(2);
  });

  it("names the criteria version current when the question was opened", async () => {
    const { question, proofPoint, admin, opener } = await makeForecastQuestion();
    await setProofPointCriteria(admin, { proofPointId: proofPoint.id, ...CRITERIA_INPUT, contestedWhen: "Two sources graded B or better conflict on the result." });
    const later = await openForecastQuestion(opener, { proofPointId: proofPoint.id, closesOn: "2099-01-01", resolvesBy: "2099-06-01" });
    const versions = await getDb().forecastQuestion.findMany({
      where: { id: { in: [question.id, later.question.id] } },
      select: { id: true, criteria: { select: { version: true } } },
    });
    expect(Object.fromEntries(versions.map((row) => [row.id, row.criteria.version]))).toEqual({ [question.id]: 1, [later.question.id]: 2 });
    expect(later.title).toMatch(/under criteria v2\?$/);
  });
});
