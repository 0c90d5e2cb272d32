// Slug rules: shape, uniqueness across current slugs and former ones, and old
// links that keep working after a rename (the 308 itself is checked end to end).
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getTrackerScorecard } from "@/lib/server/public/get-tracker-scorecard";
import { resolveTrackerAlias } from "@/lib/server/public/resolve-tracker-alias";
import { createTracker } from "@/lib/server/trackers/create-tracker";
import { updateTracker } from "@/lib/server/trackers/update-tracker";
import { uniqueToken } from "../support/builders";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { makeAdmin, makeChecklist, trackerInput } from "../support/tracker-builders";

const rename = (admin: Awaited<ReturnType<typeof makeAdmin>>, trackerId: string, slug: string) =>
  updateTracker(admin, { ...trackerInput({ slug }), trackerId });

// prettier-ignore
const BAD_SLUGS: [slug: unknown, problem: string][] = [
  ["",                   "is required"],
  ["   ",                "is required"],
  ["a",                  "must be at least 2 characters"],
  ["x".repeat(61),       "must be at most 60 characters"],
  ["EUV",                "must be lowercase"],
  ["Euv-Lithography",    "must be lowercase"],
  ["euv lithography",    "may contain only lowercase letters (a–z), digits and hyphens"],
  ["euv_lithography",    "may contain only lowercase letters (a–z), digits and hyphens"],
  ["euv.2030",           "may contain only lowercase letters (a–z), digits and hyphens"],
  ["euv/admin",          "may contain only lowercase letters (a–z), digits and hyphens"],
  ["%2e%2e",             "may contain only lowercase letters (a–z), digits and hyphens"],
  ["café",               "may contain only lowercase letters (a–z), digits and hyphens"],
  ["euv\u0000",          "must not contain NUL characters or broken Unicode"],
  ["-euv",               "must not start or end with a hyphen"],
  ["euv-",               "must not start or end with a hyphen"],
  ["euv--2030",          "must not contain two hyphens in a row"],
  [42,                   "is required"],
  [undefined,            "is required"],
];

describe("slug shape", () => {
  it.each(BAD_SLUGS)("createTracker refuses %j (%s), naming slug, and writes nothing", async (slug, problem) => {
    const admin = await makeAdmin();
    const before = await snapshotDatabase();
    const error = await expectAppError(createTracker(admin, trackerInput({ slug })), "INVALID_INPUT");
    expect(error.fieldErrors).toEqual({ slug: [problem] });
    await expectDatabaseUnchanged(before);
  });

  it.each(BAD_SLUGS)("updateTracker refuses %j too", async (slug, problem) => {
    const { admin, tracker } = await makeChecklist({ proofPoints: 1 });
    const before = await snapshotDatabase();
    const error = await expectAppError(rename(admin, tracker.id, slug as string), "INVALID_INPUT");
    expect(error.fieldErrors).toEqual({ slug: [problem] });
    await expectDatabaseUnchanged(before);
  });

  it("trims surrounding spaces before checking", async () => {
    const slug = `padded-${uniqueToken()}`;
    const tracker = await createTracker(await makeAdmin(), trackerInput({ slug: `  ${slug} ` }));
    expect(tracker.slug).toBe(slug);
  });
});

describe("slug uniqueness", () => {
  it("refuses another tracker's current slug, on create and on rename", async () => {
    const { admin, tracker } = await makeChecklist({ proofPoints: 1 });
    const other = await makeChecklist({ proofPoints: 1, admin });
    const before = await snapshotDatabase();
    const created = await expectAppError(createTracker(admin, trackerInput({ slug: tracker.slug })), "INVALID_INPUT");
    expect(created.fieldErrors).toEqual({ slug: ["is already used by another tracker"] });
    const renamed = await expectAppError(rename(admin, other.tracker.id, tracker.slug), "INVALID_INPUT");
    expect(renamed.fieldErrors).toEqual({ slug: ["is already used by another tracker"] });
    await expectDatabaseUnchanged(before);
  });

  it("refuses another tracker's former slug (an alias), on create and on rename", async () => {
    const { admin, tracker } = await makeChecklist({ proofPoints: 1 });
    const former = tracker.slug;
    await rename(admin, tracker.id, `moved-${uniqueToken()}`);
    const other = await makeChecklist({ proofPoints: 1, admin });
    const before = await snapshotDatabase();
    for (const call of [createTracker(admin, trackerInput({ slug: former })), rename(admin, other.tracker.id, former)]) {
      const error = await expectAppError(call, "INVALID_INPUT");
      expect(error.fieldErrors).toEqual({ slug: ["is a former address of another tracker (old links redirect there)"] });
    }
    await expectDatabaseUnchanged(before);
  });

  it("two admins claiming one free slug at once: exactly one wins", async () => {
    const admin = await makeAdmin();
    const slug = `contested-${uniqueToken()}`;
    const results = await Promise.allSettled([1, 2, 3].map(() => createTracker(admin, trackerInput({ slug }))));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await getDb().tracker.count({ where: { slug } })).toBe(1);
  });
});

describe("renaming and redirects", () => {
  it("keeps the old slug as an alias that resolves to the current one, through several renames", async () => {
    const { admin, tracker } = await makeChecklist({ proofPoints: 1 });
    const first = tracker.slug;
    const second = `second-${uniqueToken()}`;
    const third = `third-${uniqueToken()}`;
    await rename(admin, tracker.id, second);
    await rename(admin, tracker.id, third);
    expect(await resolveTrackerAlias(first)).toBe(third);
    expect(await resolveTrackerAlias(second)).toBe(third);
    expect(await resolveTrackerAlias(third)).toBeNull();
    expect(await getTrackerScorecard({ slug: first })).toBeNull();
    expect((await getTrackerScorecard({ slug: third }))?.tracker.slug).toBe(third);
  });

  it("lets a tracker take back one of its own former slugs", async () => {
    const { admin, tracker } = await makeChecklist({ proofPoints: 1 });
    const original = tracker.slug;
    const interim = `interim-${uniqueToken()}`;
    await rename(admin, tracker.id, interim);
    await rename(admin, tracker.id, original);
    expect(await resolveTrackerAlias(interim)).toBe(original);
    expect(await resolveTrackerAlias(original)).toBeNull();
    expect(await getDb().trackerSlugAlias.findMany({ where: { trackerId: tracker.id }, select: { slug: true } })).toEqual([{ slug: interim }]);
  });

  it("a save without changes writes nothing and says so", async () => {
    const { admin, tracker } = await makeChecklist({ proofPoints: 1 });
    const before = await snapshotDatabase();
    const result = await updateTracker(admin, { trackerId: tracker.id, slug: tracker.slug, title: tracker.title, question: tracker.question, description: tracker.description });
    expect(result.changed).toBe(false);
    await expectDatabaseUnchanged(before);
  });
});
