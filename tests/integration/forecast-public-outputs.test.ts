// Forecasts in public: the API answers in its documented shapes, the question's resolution
// and scores reach the exports and the Atom feeds, forecasters are named only with a
// public profile, and the calibration counts what resolved.
import { beforeAll, describe, expect, it } from "vitest";
import { getForecasterProfile } from "@/lib/server/forecasts/public/get-forecaster-profile";
import { getTrackerForecasts } from "@/lib/server/forecasts/public/get-tracker-forecasts";
import { setForecastProfile } from "@/lib/server/forecasts/set-forecast-profile";
import { submitForecast } from "@/lib/server/forecasts/submit-forecast";
import { resolveDueForecastQuestions } from "@/lib/server/forecasts/resolve-due-forecast-questions";
import { ZApiError } from "@/lib/validation/api/common-responses";
import { ZApiForecastQuestionDetail, ZApiTrackerForecasts } from "@/lib/validation/api/forecast-responses";
import { makeApprovedChange, makeClaim, makeUser, type TestUser } from "../support/builders";
import { parseCsv } from "../support/csv";
import { makeForecastQuestion } from "../support/forecast-scenarios";
import { get, getJson } from "../support/public-routes";
import { openForecastQuestion } from "@/lib/server/forecasts/open-forecast-question";
import { addProofPoint } from "@/lib/server/trackers/add-proof-point";
import { unpublishTracker } from "@/lib/server/trackers/set-tracker-published";
import { proofPointInput } from "../support/tracker-builders";
import { getTrackerScorecard } from "@/lib/server/public/get-tracker-scorecard";
import { countDatabaseQueries } from "../support/query-counter";

let slug: string;
let questionId: string;
let pastQuestionId: string;
let ada: TestUser;
let kim: TestUser;
let hiddenSlug: string;

beforeAll(async () => {
  ada = await makeUser({ roles: ["analyst"], name: "Ada Public" });
  kim = await makeUser({ roles: ["analyst"], name: "Kim Private" });
  await setForecastProfile(ada, { public: true });
  const built = await makeForecastQuestion();
  slug = built.tracker.slug;
  questionId = built.question.id;
  await submitForecast(ada, { questionId, probability: 80, rationale: "Lab wafers are reported." });
  await submitForecast(kim, { questionId, probability: 30 });
  await submitForecast(kim, { questionId, probability: 40 });
  // A second question on the same tracker that resolves no at its date.
  const past = await openForecastQuestion(built.opener, { proofPointId: await addPoint(built), closesOn: "2025-01-05", resolvesBy: "2025-01-10" }, { now: new Date("2025-01-01T00:00:00Z") });
  pastQuestionId = past.question.id;
  await submitForecast(ada, { questionId: pastQuestionId, probability: 10 }, { now: new Date("2025-01-02T00:00:00Z") });
  await resolveDueForecastQuestions(new Date("2025-01-11T00:00:00Z"));
  const claim = await makeClaim({ proofPointId: built.proofPoint.id });
  await makeApprovedChange({ claimId: claim.id, toStatus: "supported" });

  const hidden = await makeForecastQuestion();
  await unpublishTracker(hidden.admin, { trackerId: hidden.tracker.id });
  hiddenSlug = hidden.tracker.slug;
});

async function addPoint(built: Awaited<ReturnType<typeof makeForecastQuestion>>): Promise<string> {
  return (await addProofPoint(built.admin, proofPointInput(built.tracker.id, 2))).id;
}

describe("GET /api/v1/trackers/{slug}/forecasts", () => {
  it("lists the questions with community forecasts, resolutions and scores in the documented shape", async () => {
    const { status, body } = await getJson(`/api/v1/trackers/${slug}/forecasts`);
    expect(status).toBe(200);
    const { data } = ZApiTrackerForecasts.parse(body);
    const question = data.questions.find((q) => q.id === questionId)!;
    expect(question).toMatchObject({ state: "yes", criteriaVersion: 1, community: { forecasters: 2 } });
    // Median of the latest forecasts, 80 % and 40 %.
    expect(question.community.probability).toBeCloseTo(0.6, 12);
    expect(question.resolvedBy).not.toBeNull();
    expect(question.scores!.community.brier).toBeCloseTo(0.16, 12);
    expect(question.scores!.community.log).toBeCloseTo(Math.log(0.6), 12);
    expect(data.questions.find((q) => q.id === pastQuestionId)).toMatchObject({ state: "no", resolvedAt: "2025-01-10T23:59:59.999Z" });
    expect(data.scores.community.count).toBe(2);
    const named = data.scores.forecasters.find((row) => row.forecaster?.name === "Ada Public")!;
    expect(named.scores.count).toBe(2);
    expect(named.scores.brier).toBeCloseTo((0.04 + 0.01) / 2, 12);
    expect(data.scores.forecasters.filter((row) => row.forecaster === null)).toHaveLength(1);
    expect(data.calibration.count).toBe(3);
    expect(data.calibration.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(3);
  });

  it("answers 404 for an unknown or unpublished tracker and 400 for a bad slug", async () => {
    expect((await getJson(`/api/v1/trackers/${hiddenSlug}/forecasts`)).status).toBe(404);
    const bad = await getJson(`/api/v1/trackers/${"s".repeat(101)}/forecasts`);
    expect(bad.status).toBe(400);
    expect(Object.keys(ZApiError.parse(bad.body).error.fieldErrors)).toEqual(["slug"]);
  });
});

describe("GET /api/v1/trackers/{slug}/forecasts/{id}", () => {
  it("has every forecast, the history and the per-forecaster scores, naming only public profiles", async () => {
    const { status, body } = await getJson(`/api/v1/trackers/${slug}/forecasts/${questionId}`);
    expect(status).toBe(200);
    const { data } = ZApiForecastQuestionDetail.parse(body);
    expect(data.forecasts.map((f) => [f.forecaster?.name ?? null, f.probability])).toEqual([
      ["Ada Public", 0.8],
      [null, 0.3],
      [null, 0.4],
    ]);
    expect(data.history.map((point) => point.probability)).toEqual([0.8, expect.closeTo(0.55, 12), expect.closeTo(0.6, 12)]);
    expect(data.forecasterScores.map((row) => row.brier)).toEqual([expect.closeTo(0.04, 12), expect.closeTo(0.36, 12)]);
    expect(JSON.stringify(body)).not.toContain("Kim Private");
  });

  it("answers 404 for an unknown question or one of another tracker, 400 for an over-long id", async () => {
    expect((await getJson(`/api/v1/trackers/${slug}/forecasts/fq_unknown`)).status).toBe(404);
    expect((await getJson(`/api/v1/trackers/${hiddenSlug}/forecasts/${questionId}`)).status).toBe(404);
    const bad = await getJson(`/api/v1/trackers/${slug}/forecasts/${"q".repeat(65)}`);
    expect(bad.status).toBe(400);
    expect(Object.keys(ZApiError.parse(bad.body).error.fieldErrors)).toEqual(["id"]);
  });

  it("is described in the OpenAPI document", async () => {
    const { body } = await getJson("/api/v1/openapi.json");
    const document = body as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/v1/trackers/{slug}/forecasts", "/api/v1/trackers/{slug}/forecasts/{id}"]));
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(["TrackerForecasts", "ForecastQuestionDetail", "Calibration"]));
  });
});

describe("exports and feeds", () => {
  it("export the questions as CSV and in the JSON download", async () => {
    const csv = await get(`/trackers/${slug}/export.csv?table=forecasts`);
    expect(csv.status).toBe(200);
    const [header, ...records] = parseCsv(await csv.text());
    const rows = records.map((cells) => Object.fromEntries(header!.map((name, index) => [name, cells[index]])));
    const row = rows.find((r) => r.question_id === questionId)!;
    expect(row).toMatchObject({ state: "yes", forecasters: "2", criteria_version: "1" });
    expect(Number(row.community_brier)).toBeCloseTo(0.16, 12);
    const json = (await (await get(`/trackers/${slug}/export.json`)).json()) as { forecasts: { questions: { id: string; forecasts: unknown[] }[] } };
    expect(json.forecasts.questions.find((q) => q.id === questionId)!.forecasts).toHaveLength(3);
  });

  it("put resolutions into the tracker's and the site's Atom feeds", async () => {
    for (const path of [`/trackers/${slug}/feed.xml`, "/feed.xml"]) {
      const xml = await (await get(path)).text();
      expect(xml, path).toContain(`urn:proofboard:forecast-question:${questionId}:yes`);
      expect(xml, path).toContain(`urn:proofboard:forecast-question:${pastQuestionId}:no`);
      expect(xml).toContain("Forecast resolved yes");
    }
  });
});

describe("forecaster profiles", () => {
  it("are public only for forecasters who opted in", async () => {
    expect(await getForecasterProfile({ userId: kim.id })).toBeNull();
    const profile = await getForecasterProfile({ userId: ada.id });
    expect(profile!.forecaster.name).toBe("Ada Public");
    expect(profile!.scores.count).toBe(2);
    expect(profile!.calibration.bins[8]).toMatchObject({ count: 1, observed: 1 });
    expect(profile!.calibration.bins[1]).toMatchObject({ count: 1, observed: 0 });
  });

  it("leave unpublished trackers out of the tracker read", async () => {
    expect(await getTrackerForecasts({ slug: hiddenSlug })).toBeNull();
  });
});

describe("forecasts on the scorecard and the forecasts page", () => {
  it("the scorecard lists the questions still awaiting an answer, with their community forecast, and not the resolved ones", async () => {
    const built = await makeForecastQuestion();
    await submitForecast(ada, { questionId: built.question.id, probability: 65 });
    const past = await openForecastQuestion(built.opener, { proofPointId: await addPoint(built), closesOn: "2025-01-05", resolvesBy: "2025-01-10" }, { now: new Date("2025-01-01T00:00:00Z") });
    await resolveDueForecastQuestions(new Date("2025-01-11T00:00:00Z"));
    const counter = countDatabaseQueries();
    const scorecard = (await getTrackerScorecard({ slug: built.tracker.slug }).finally(() => counter.restore()))!;
    // The questions come with the scorecard's own reads: still at most five statements.
    expect(counter.count).toBeLessThanOrEqual(5);
    expect(scorecard.forecastQuestions.map((question) => question.id)).toEqual([built.question.id]);
    expect(scorecard.forecastQuestions[0]).toMatchObject({ state: "open", community: { forecasters: 1, probability: 0.65 } });
    expect((await getTrackerForecasts({ slug: built.tracker.slug }))!.questions.find((question) => question.id === past.question.id)).toMatchObject({ state: "no" });
  });

  it("reads a tracker's forecasts in one statement, however many questions and forecasts it has", async () => {
    const counter = countDatabaseQueries();
    try {
      const forecasts = (await getTrackerForecasts({ slug }))!;
      expect(forecasts.questions.map((question) => question.id).sort()).toEqual([questionId, pastQuestionId].sort());
      expect(counter.count).toBe(1);
    } finally {
      counter.restore();
    }
  });
});
