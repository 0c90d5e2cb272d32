// Bad input to each forecast command gets a 4xx AppError that names the field (or
// NOT_FOUND for an unknown id) and changes no row. Each case patches one valid input; the
// controls at the end show each valid input works.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { FORECAST_COMMANDS } from "@/lib/server/forecasts/commands";
import { retireProofPoint } from "@/lib/server/trackers/set-proof-point-retired";
import { makeApprovedChange, makeClaim, makeTracker, makeUser } from "../support/builders";
import { dayFromToday, makeForecastQuestion, type ForecastCommandName } from "../support/forecast-scenarios";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { makeChecklist } from "../support/tracker-builders";

type Fixtures = Awaited<ReturnType<typeof buildFixtures>>;
type Patch = Record<string, unknown> | ((f: Fixtures) => unknown);
type Case = readonly [problem: string, patch: Patch, field: string];
const NOT_FOUND = "(404 NOT_FOUND)";

async function buildFixtures() {
  const reviewer = await makeUser({ roles: ["reviewer"] });
  const analyst = await makeUser({ roles: ["analyst"] });
  const open = await makeForecastQuestion({ opener: reviewer });
  const fresh = await makeChecklist({ proofPoints: 3 });
  await retireProofPoint(fresh.admin, { proofPointId: fresh.proofPoints[1]!.id });
  const tickedClaim = await makeClaim({ proofPointId: fresh.proofPoints[2]!.id });
  await makeApprovedChange({ claimId: tickedClaim.id, toStatus: "supported" });
  // Raw rows: a proof point the editor would never leave without criteria.
  const bare = await makeTracker({ proofPoints: 1 });
  return { reviewer, analyst, open, fresh, bare };
}

// prettier-ignore
const VALID: Record<ForecastCommandName, (f: Fixtures) => Record<string, unknown>> = {
  openForecastQuestion: (f) => ({ proofPointId: f.fresh.proofPoints[0]!.id, closesOn: dayFromToday(5), resolvesBy: dayFromToday(40) }),
  submitForecast:       (f) => ({ questionId: f.open.question.id, probability: 40, rationale: "Lab wafers only so far." }),
  setForecastProfile:   () => ({ public: "on" }),
};
const ACTOR: Record<ForecastCommandName, (f: Fixtures) => Actor> = {
  openForecastQuestion: (f) => f.reviewer,
  submitForecast: (f) => f.analyst,
  setForecastProfile: (f) => f.analyst,
};

// prettier-ignore
const CASES: Record<ForecastCommandName, Case[]> = {
  openForecastQuestion: [
    ["proofPointId missing", { proofPointId: undefined }, "proofPointId"],
    ["proofPointId a number", { proofPointId: 7 }, "proofPointId"],
    ["proofPointId with a NUL character", { proofPointId: "pp\u0000" }, "proofPointId"],
    ["proofPointId unknown", { proofPointId: "pp_does_not_exist" }, NOT_FOUND],
    ["proofPointId of a retired point", (f) => ({ ...VALID.openForecastQuestion(f), proofPointId: f.fresh.proofPoints[1]!.id }), "proofPointId"],
    ["proofPointId of a box already ticked", (f) => ({ ...VALID.openForecastQuestion(f), proofPointId: f.fresh.proofPoints[2]!.id }), "proofPointId"],
    ["proofPointId of a point without criteria", (f) => ({ ...VALID.openForecastQuestion(f), proofPointId: f.bare.proofPoints[0]!.id }), "proofPointId"],
    ["closesOn missing", { closesOn: undefined }, "closesOn"],
    ["closesOn 2027-02-30", { closesOn: "2027-02-30" }, "closesOn"],
    ["closesOn \"next year\"", { closesOn: "next year" }, "closesOn"],
    ["closesOn in the past", { closesOn: "2020-01-01", resolvesBy: "2020-06-01" }, "closesOn"],
    ["resolvesBy missing", { resolvesBy: undefined }, "resolvesBy"],
    ["resolvesBy before closesOn", { resolvesBy: dayFromToday(1) }, "resolvesBy"],
    ["resolvesBy in the year 2300", { resolvesBy: "2300-01-01" }, "resolvesBy"],
    ["resolvesBy of a question already open on the point", (f) => ({ proofPointId: f.open.proofPoint.id, closesOn: dayFromToday(3), resolvesBy: f.open.question.resolvesBy.toISOString().slice(0, 10) }), "resolvesBy"],
    ["input a string, not an object", () => "a question", "input"],
  ],
  submitForecast: [
    ["probability 0", { probability: 0 }, "probability"],
    ["probability 100", { probability: 100 }, "probability"],
    ["probability 150", { probability: "150" }, "probability"],
    ["probability 33.5", { probability: 33.5 }, "probability"],
    ["probability \"-5\"", { probability: "-5" }, "probability"],
    ["probability \"likely\"", { probability: "likely" }, "probability"],
    ["probability empty", { probability: "" }, "probability"],
    ["probability missing", { probability: undefined }, "probability"],
    ["probability a list", { probability: [40, 50] }, "probability"],
    ["rationale over 500 characters", { rationale: "r".repeat(501) }, "rationale"],
    ["rationale with a NUL character", { rationale: "Lab\u0000" }, "rationale"],
    ["rationale a number", { rationale: 12 }, "rationale"],
    ["questionId missing", { questionId: undefined }, "questionId"],
    ["questionId over 64 characters", { questionId: "q".repeat(65) }, "questionId"],
    ["questionId unknown", { questionId: "fq_does_not_exist" }, NOT_FOUND],
  ],
  setForecastProfile: [
    ["public \"maybe\"", { public: "maybe" }, "public"],
    ["public a number", { public: 1 }, "public"],
    ["input a list", () => ["on"], "input"],
  ],
};

let f: Fixtures;
beforeAll(async () => {
  f = await buildFixtures();
});

function inputFor(name: ForecastCommandName, patch: Patch): unknown {
  return typeof patch === "function" ? patch(f) : { ...VALID[name](f), ...patch };
}
const run = (name: ForecastCommandName, input: unknown) =>
  (FORECAST_COMMANDS[name] as (actor: Actor, input: unknown) => Promise<unknown>)(ACTOR[name](f), input);

describe.each(Object.keys(CASES) as ForecastCommandName[])("%s", (name) => {
  it.each(CASES[name].map(([problem, patch, field]) => ({ problem, patch, field })))("$problem → $field", async ({ patch, field }) => {
    const before = await snapshotDatabase();
    const call = run(name, inputFor(name, patch));
    if (field === NOT_FOUND) {
      const error = await expectAppError(call, "NOT_FOUND");
      expect(error.message).toMatch(/^The (proof point|forecast question) was not found\.$/);
    } else {
      const error = await expectAppError(call, "INVALID_INPUT");
      expect(error.status).toBe(400);
      expect(Object.keys(error.fieldErrors), error.message).toContain(field);
      expect(error.fieldErrors[field]!.every((message) => message.length > 3)).toBe(true);
    }
    await expectDatabaseUnchanged(before);
  });
});

describe("controls: each command accepts its unpatched input", () => {
  it.each(Object.keys(VALID) as ForecastCommandName[])("%s", async (name) => {
    await expect(run(name, VALID[name](f))).resolves.toBeDefined();
  });
});

afterAll(() => {
  const lines = (Object.keys(CASES) as ForecastCommandName[]).map(
    (name) => `- ${name} (${CASES[name].length}): ${CASES[name].map(([problem, , field]) => `${problem} → ${field}`).join("; ")}`,
  );
  console.log(["Forecast bad-input cases per command:", ...lines].join("\n"));
});
