// Rule 7 of docs/architecture.md for the tracker editor: bad input to each command gets a 4xx AppError
// that names the field (or NOT_FOUND for an unknown id) and changes no row. Each case
// patches one valid input; the controls show each valid input works.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { TRACKER_COMMANDS } from "@/lib/server/trackers/commands";
import { retireProofPoint } from "@/lib/server/trackers/set-proof-point-retired";
import { archiveTracker } from "@/lib/server/trackers/set-tracker-archived";
import { uniqueToken } from "../support/builders";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { CRITERIA_INPUT, makeChecklist, proofPointInput, trackerInput } from "../support/tracker-builders";
import type { TrackerCommandName } from "../support/tracker-scenarios";

type Fixtures = Awaited<ReturnType<typeof buildFixtures>>;
type Patch = Record<string, unknown> | ((f: Fixtures) => unknown);
type Case = readonly [problem: string, patch: Patch, field: string];
const NOT_FOUND = "(404 NOT_FOUND)";

// The published tracker has point-1 and point-2 active and point-3 retired.
async function buildFixtures() {
  const published = await makeChecklist({ proofPoints: 3 });
  await retireProofPoint(published.admin, { proofPointId: published.proofPoints[2]!.id });
  const draft = await makeChecklist({ proofPoints: 1, published: false, admin: published.admin });
  const other = await makeChecklist({ proofPoints: 1, admin: published.admin });
  return { admin: published.admin as Actor, published, draft, other };
}

const pointOf = (f: Fixtures) => f.published.proofPoints[0]!;
const criteria = (f: Fixtures) => ({ proofPointId: pointOf(f).id, ...CRITERIA_INPUT, tickWhen: "A source graded A reports the result on the tool." });

// prettier-ignore
const VALID: Record<TrackerCommandName, (f: Fixtures) => Record<string, unknown>> = {
  createTracker:         () => trackerInput({ slug: `fresh-${uniqueToken()}` }),
  updateTracker:         (f) => ({ ...trackerInput({ slug: f.published.tracker.slug }), trackerId: f.published.tracker.id, title: "A better title" }),
  publishTracker:        (f) => ({ trackerId: f.draft.tracker.id }),
  unpublishTracker:      (f) => ({ trackerId: f.published.tracker.id }),
  archiveTracker:        (f) => ({ trackerId: f.published.tracker.id }),
  unarchiveTracker:      (f) => ({ trackerId: f.published.tracker.id }),
  addProofPoint:         (f) => proofPointInput(f.published.tracker.id, 7),
  updateProofPoint:      (f) => ({ proofPointId: pointOf(f).id, title: "A better title", question: "Is the better question met?" }),
  reorderProofPoints:    (f) => ({ trackerId: f.published.tracker.id, order: [f.published.proofPoints[1]!.id, pointOf(f).id] }),
  retireProofPoint:      (f) => ({ proofPointId: f.published.proofPoints[1]!.id }),
  restoreProofPoint:     (f) => ({ proofPointId: f.published.proofPoints[2]!.id }),
  setProofPointCriteria: criteria,
};

const trackerIdCases = (): Case[] => [
  ["trackerId missing", { trackerId: undefined }, "trackerId"],
  ["trackerId empty", { trackerId: "" }, "trackerId"],
  ["trackerId a list", { trackerId: ["a", "b"] }, "trackerId"],
  ["trackerId over 64 characters", { trackerId: "t".repeat(65) }, "trackerId"],
  ["trackerId unknown", { trackerId: "trk_does_not_exist" }, NOT_FOUND],
];
const proofPointIdCases = (): Case[] => [
  ["proofPointId missing", { proofPointId: undefined }, "proofPointId"],
  ["proofPointId a number", { proofPointId: 7 }, "proofPointId"],
  ["proofPointId containing a NUL character", { proofPointId: "pp\u0000" }, "proofPointId"],
  ["proofPointId unknown", { proofPointId: "pp_does_not_exist" }, NOT_FOUND],
];
const trackerTextCases = (): Case[] => [
  ["slug with capitals", { slug: "Bad-Slug" }, "slug"],
  ["slug with a space", { slug: "bad slug" }, "slug"],
  ["slug missing", { slug: undefined }, "slug"],
  ["title two characters", { title: "ab" }, "title"],
  ["title over 160 characters", { title: "t".repeat(161) }, "title"],
  ["title missing", { title: undefined }, "title"],
  ["question too short", { question: "Why?" }, "question"],
  ["question over 300 characters", { question: "q".repeat(301) }, "question"],
  ["question with a lone surrogate", { question: "Is this \ud800 broken text?" }, "question"],
  ["description over 2,000 characters", { description: "d".repeat(2001) }, "description"],
  ["description a number", { description: 12 }, "description"],
  ["input a string, not an object", () => "a tracker", "input"],
];
const criteriaCases = (): Case[] => [
  ["tickWhen too short", { tickWhen: "Ticks." }, "tickWhen"],
  ["tickWhen missing", { tickWhen: undefined }, "tickWhen"],
  ["tickWhen over 1,000 characters", { tickWhen: "t".repeat(1001) }, "tickWhen"],
  ["contestedWhen only spaces", { contestedWhen: "               " }, "contestedWhen"],
  ["contestedWhen with a NUL character", { contestedWhen: "Sources conflict\u0000 on it." }, "contestedWhen"],
  ["thresholdValue \"lots\"", { thresholdValue: "lots", thresholdUnit: "wafers per hour" }, "thresholdValue"],
  ["thresholdValue 1e3 (exponent)", { thresholdValue: "1e3", thresholdUnit: "wafers per hour" }, "thresholdValue"],
  ["thresholdValue Infinity", { thresholdValue: Infinity, thresholdUnit: "wafers per hour" }, "thresholdValue"],
  ["thresholdValue a trillion", { thresholdValue: "1000000000000", thresholdUnit: "wafers per hour" }, "thresholdValue"],
  ["thresholdValue an object", { thresholdValue: { value: 1 }, thresholdUnit: "wafers per hour" }, "thresholdValue"],
  ["thresholdValue without a unit", { thresholdValue: "100" }, "thresholdUnit"],
  ["thresholdUnit without a value", { thresholdUnit: "wafers per hour" }, "thresholdValue"],
  ["thresholdQualifier without a value", { thresholdQualifier: "at least" }, "thresholdValue"],
  ["thresholdUnit over 60 characters", { thresholdValue: 1, thresholdUnit: "u".repeat(61) }, "thresholdUnit"],
  ["thresholdQualifier over 160 characters", { thresholdValue: 1, thresholdUnit: "wph", thresholdQualifier: "q".repeat(161) }, "thresholdQualifier"],
  ["note over 500 characters", { note: "n".repeat(501) }, "note"],
];

// prettier-ignore
const CASES: Record<TrackerCommandName, Case[]> = {
  createTracker: trackerTextCases(),
  updateTracker: [...trackerTextCases(), ...trackerIdCases()],
  publishTracker: trackerIdCases(),
  unpublishTracker: trackerIdCases(),
  archiveTracker: trackerIdCases(),
  unarchiveTracker: trackerIdCases().slice(0, 2),
  addProofPoint: [
    ["key with capitals", { key: "Throughput" }, "key"],
    ["key with an underscore", { key: "wafer_results" }, "key"],
    ["key over 40 characters", { key: "k".repeat(41) }, "key"],
    ["key with a trailing hyphen", { key: "uptime-" }, "key"],
    ["key already used on this tracker", (f) => ({ ...VALID.addProofPoint(f), key: pointOf(f).key }), "key"],
    ["key of a retired point (keys are never reused)", (f) => ({ ...VALID.addProofPoint(f), key: f.published.proofPoints[2]!.key }), "key"],
    ["title one character", { title: "T" }, "title"],
    ["question missing", { question: undefined }, "question"],
    ...criteriaCases(),
    ...trackerIdCases(),
  ],
  updateProofPoint: [
    ["title over 120 characters", { title: "t".repeat(121) }, "title"],
    ["title missing", { title: undefined }, "title"],
    ["question too short", { question: "Met?" }, "question"],
    ...proofPointIdCases(),
  ],
  reorderProofPoints: [
    ["order missing", { order: undefined }, "order"],
    ["order empty", { order: [] }, "order"],
    ["order a number", { order: 3 }, "order"],
    ["order with an empty id", { order: [""] }, "order.0"],
    ["order of 101 ids", { order: Array.from({ length: 101 }, (_, i) => `pp_${i}`) }, "order"],
    ["order missing a point", (f) => ({ ...VALID.reorderProofPoints(f), order: [pointOf(f).id] }), "order"],
    ["order naming a retired point", (f) => ({ ...VALID.reorderProofPoints(f), order: f.published.proofPoints.map((p) => p.id) }), "order"],
    ["order naming another tracker's point", (f) => ({ ...VALID.reorderProofPoints(f), order: [pointOf(f).id, f.other.proofPoints[0]!.id] }), "order"],
    ...trackerIdCases(),
  ],
  retireProofPoint: proofPointIdCases(),
  restoreProofPoint: proofPointIdCases(),
  setProofPointCriteria: [
    ...criteriaCases(),
    ["criteria the same as the current version", (f) => ({ ...criteria(f), tickWhen: CRITERIA_INPUT.tickWhen }), "input"],
    ...proofPointIdCases(),
  ],
};

let f: Fixtures;
beforeAll(async () => {
  f = await buildFixtures();
});

function inputFor(name: TrackerCommandName, patch: Patch): unknown {
  return typeof patch === "function" ? patch(f) : { ...VALID[name](f), ...patch };
}

const runAs = (fixtures: Fixtures, name: TrackerCommandName, input: unknown) =>
  (TRACKER_COMMANDS[name] as (actor: Actor, input: unknown) => Promise<unknown>)(fixtures.admin, input);
const run = (name: TrackerCommandName, input: unknown) => runAs(f, name, input);

describe.each(Object.keys(CASES) as TrackerCommandName[])("%s", (name) => {
  it.each(CASES[name].map(([problem, patch, field]) => ({ problem, patch, field })))("$problem → $field", async ({ patch, field }) => {
    const before = await snapshotDatabase();
    const call = run(name, inputFor(name, patch));
    if (field === NOT_FOUND) {
      const error = await expectAppError(call, "NOT_FOUND");
      expect(error.message).toMatch(/^The (tracker|proof point) was not found\.$/);
    } else {
      const error = await expectAppError(call, "INVALID_INPUT");
      expect(error.status).toBe(400);
      expect(Object.keys(error.fieldErrors), error.message).toContain(field);
      expect(error.fieldErrors[field]!.every((message) => message.length > 3)).toBe(true);
    }
    await expectDatabaseUnchanged(before);
  });
});

// Each control builds its own fixtures, so the rows it changes are seen by no other test.
describe("controls: each command accepts its unpatched input", () => {
  it("covers every command", () => expect(Object.keys(VALID).sort()).toEqual(Object.keys(TRACKER_COMMANDS).sort()));
  it.each(Object.keys(VALID) as TrackerCommandName[])("%s", async (name) => {
    const fresh = await buildFixtures();
    if (name === "unarchiveTracker") await archiveTracker(fresh.admin, { trackerId: fresh.published.tracker.id });
    await expect(runAs(fresh, name, VALID[name](fresh))).resolves.toBeDefined();
  });
});

afterAll(() => {
  const lines = (Object.keys(CASES) as TrackerCommandName[]).map(
    (name) => `- ${name} (${CASES[name].length}): ${CASES[name].map(([problem, , field]) => `${problem} → ${field}`).join("; ")}`,
  );
  console.log(["Tracker editor bad-input cases per command:", ...lines].join("\n"));
});
