// The public search (/search): what it finds, what it never shows (unpublished and archived
// trackers, removed evidence), its filters, and bad parameters refused with a message that
// names the field.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { createClaim } from "@/lib/server/claims/create-claim";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { PUBLIC_SEARCH_PAGE_SIZE, searchPublicClaims } from "@/lib/server/public/search-public-claims";
import { archiveTracker } from "@/lib/server/trackers/set-tracker-archived";
import { MATCH_END, MATCH_START } from "@/lib/search-marks";
import { CLAIM_FIELDS, evidenceInput, makeApprovedChange, makeTracker, makeUser, uniqueToken } from "../support/builders";
import { makeChecklist } from "../support/tracker-builders";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";

let analyst: Actor;
let tracker: Awaited<ReturnType<typeof makeTracker>>;

/** A letters-only word no other test uses (the parser splits digits off words). */
const word = () => `quib${uniqueToken().replace(/[0-9]/g, (digit) => "abcdefghij"[Number(digit)]!)}`;

async function claimIn(proofPointId: string, statement: string) {
  return createClaim(analyst, { ...CLAIM_FIELDS, statement, proofPointId });
}
const idsFor = async (params: Record<string, string>) => (await searchPublicClaims(params)).results.map((result) => result.id);

beforeAll(async () => {
  analyst = await makeUser({ roles: ["analyst"] });
  tracker = await makeTracker({ proofPoints: 2 });
});

describe("what the public search finds", () => {
  it("finds a published claim by a stemmed word of its statement and marks the word", async () => {
    const term = word();
    const claim = await claimIn(tracker.proofPoints[0]!.id, `The ${term} scanners exposed wafers.`);
    const search = await searchPublicClaims({ q: term });
    expect(search.searched).toBe(true);
    expect(search.results.map((result) => result.id)).toEqual([claim.id]);
    expect(search.results[0]).toMatchObject({
      statement: `The ${MATCH_START}${term}${MATCH_END} scanners exposed wafers.`,
      tracker: { slug: tracker.slug, title: tracker.title },
      proofPoint: { key: "point-1" },
    });
    expect(await idsFor({ q: `${term} scanner` })).toEqual([claim.id]);
  });

  it("finds a claim through its live evidence, with a marked excerpt, and forgets removed evidence", async () => {
    const term = word();
    const claim = await claimIn(tracker.proofPoints[0]!.id, "A claim whose own words do not match.");
    const item = await addEvidence(analyst, evidenceInput(claim.id, { quote: `Engineers said the ${term} pellicle survived.` }));
    const [result] = (await searchPublicClaims({ q: term })).results;
    expect(result?.id).toBe(claim.id);
    expect(result?.matches).toEqual([expect.objectContaining({ id: item.id, snippet: expect.stringContaining(`${MATCH_START}${term}${MATCH_END}`) })]);

    await removeEvidence(analyst, { evidenceId: item.id });
    expect(await idsFor({ q: term })).toEqual([]);
  });

  it("keeps a retired proof point's claims findable: retiring a row does not un-publish them", async () => {
    const term = word();
    const retiring = await makeTracker({ proofPoints: 1 });
    const claim = await claimIn(retiring.proofPoints[0]!.id, `The ${term} stage met its target.`);
    await getDb().proofPoint.update({ where: { id: retiring.proofPoints[0]!.id }, data: { retiredAt: new Date() } });
    expect(await idsFor({ q: term })).toEqual([claim.id]);
  });

  it("never shows claims of an unpublished or an archived tracker, not even when filtered by its slug", async () => {
    const term = word();
    const draft = await makeTracker({ published: false, proofPoints: 1 });
    await claimIn(draft.proofPoints[0]!.id, `The ${term} draft claim.`);
    const archived = await makeChecklist({ proofPoints: 1 });
    await claimIn(archived.proofPoints[0]!.id, `The ${term} archived claim.`);
    await archiveTracker(archived.admin, { trackerId: archived.tracker.id });
    const visible = await claimIn(tracker.proofPoints[0]!.id, `The ${term} public claim.`);

    expect(await idsFor({ q: term })).toEqual([visible.id]);
    const slugs = (await searchPublicClaims({})).trackers.map((option) => option.slug);
    expect(slugs).toContain(tracker.slug);
    expect(slugs).not.toContain(draft.slug);
    expect(slugs).not.toContain(archived.tracker.slug);

    // An unpublished tracker gets the answer of one that never existed.
    const hidden = await expectAppError(searchPublicClaims({ q: term, tracker: draft.slug }), "INVALID_INPUT");
    const missing = await expectAppError(searchPublicClaims({ q: term, tracker: `no-such-${uniqueToken()}` }), "INVALID_INPUT");
    expect(hidden.fieldErrors).toEqual({ tracker: ["is not a published tracker"] });
    expect(missing.fieldErrors).toEqual(hidden.fieldErrors);
    await expectAppError(searchPublicClaims({ tracker: archived.tracker.slug }), "INVALID_INPUT");
  });

  it("asks for a search when there are no words and no filter", async () => {
    const search = await searchPublicClaims({ q: "  ", status: "" });
    expect(search).toMatchObject({ searched: false, results: [], total: 0 });
  });
});

describe("filters", () => {
  it("filters by tracker, proof point and status, alone and with words", async () => {
    const term = word();
    const other = await makeTracker({ proofPoints: 1 });
    const first = await claimIn(tracker.proofPoints[0]!.id, `The ${term} first claim.`);
    const second = await claimIn(tracker.proofPoints[1]!.id, `The ${term} second claim.`);
    const elsewhere = await claimIn(other.proofPoints[0]!.id, `The ${term} other claim.`);
    await makeApprovedChange({ claimId: first.id, toStatus: "partially_supported" });

    expect(new Set(await idsFor({ q: term }))).toEqual(new Set([first.id, second.id, elsewhere.id]));
    expect(new Set(await idsFor({ q: term, tracker: tracker.slug }))).toEqual(new Set([first.id, second.id]));
    expect(await idsFor({ q: term, tracker: tracker.slug, point: "point-2" })).toEqual([second.id]);
    expect(await idsFor({ q: term, status: "partially_supported" })).toEqual([first.id]);
    expect(await idsFor({ tracker: other.slug })).toEqual([elsewhere.id]);
  });

  it("pages through many results without overlap, and a page beyond the end shows the last", async () => {
    const term = word();
    const many = await makeTracker({ proofPoints: 1 });
    for (let index = 0; index <= PUBLIC_SEARCH_PAGE_SIZE; index++) await claimIn(many.proofPoints[0]!.id, `Claim ${index} about ${term}.`);
    const first = await searchPublicClaims({ q: term });
    const second = await searchPublicClaims({ q: term, page: "2" });
    expect(first).toMatchObject({ total: PUBLIC_SEARCH_PAGE_SIZE + 1, pageCount: 2, page: 1 });
    expect(first.results).toHaveLength(PUBLIC_SEARCH_PAGE_SIZE);
    expect(second.results).toHaveLength(1);
    expect(first.results.map((result) => result.id)).not.toContain(second.results[0]!.id);
    expect((await searchPublicClaims({ q: term, page: "9" })).page).toBe(2);
  });
});

describe("bad parameters", () => {
  // [parameters, the field named, its message]
  const CASES: [Record<string, string>, string, string][] = [
    [{ q: "x".repeat(201) }, "q", "must be at most 200 characters"],
    [{ q: "nul\u0000byte" }, "q", "must not contain NUL characters or broken Unicode"],
    [{ status: "proven" }, "status", "must be one of Unverified, Partially supported, Supported, Disputed, Refuted"],
    [{ q: "wafer", page: "two" }, "page", "must be a whole number"],
    [{ q: "wafer", page: "0" }, "page", "must be 1 or more"],
    [{ q: "wafer", page: "99999" }, "page", "must be at most 1000"],
    [{ q: "wafer", point: "point-1" }, "point", "needs a tracker: proof points belong to one"],
    [{ tracker: "x".repeat(101) }, "tracker", "must be at most 100 characters"],
  ];

  it.each(CASES)("%j names %s and changes nothing", async (params, field, message) => {
    const before = await snapshotDatabase();
    const error = await expectAppError(searchPublicClaims(params), "INVALID_INPUT");
    expect(error.fieldErrors[field]?.[0]).toBe(message);
    await expectDatabaseUnchanged(before);
  });

  it("refuses a proof point the chosen tracker does not have", async () => {
    const error = await expectAppError(searchPublicClaims({ tracker: tracker.slug, point: "no-such-point" }), "INVALID_INPUT");
    expect(error.fieldErrors).toEqual({ point: ["is not a proof point of this tracker"] });
  });

  it("treats search syntax and SQL as plain words, and ignores parameters it does not know", async () => {
    for (const q of ["'); DROP TABLE claims; --", "a & b | !c", ":*", "\\", "the and of", '"unclosed']) {
      await expect(searchPublicClaims({ q })).resolves.toMatchObject({ results: expect.any(Array) });
    }
    const term = word();
    const claim = await claimIn(tracker.proofPoints[0]!.id, `The ${term} tracked link.`);
    expect(await idsFor({ q: term, utm_source: "newsletter" })).toEqual([claim.id]);
  });
});

describe("generated hostile parameters", () => {
  it("get results or INVALID_INPUT naming a search field, never another error, and change nothing", async () => {
    const before = await snapshotDatabase();
    const hostile = fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.constantFrom("", " ", "\u0000", "\ud800", "<mark>", "' OR 1=1 --", "!!", "a:*", "9".repeat(400), "-1", "1e309", "NaN", tracker.slug, "point-1"),
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom("q", "tracker", "point", "status", "page", "extra"), hostile, { maxKeys: 4 }), async (params) => {
        try {
          await searchPublicClaims(params);
        } catch (error) {
          expect(isAppError(error) && error.code === "INVALID_INPUT", String(error)).toBe(true);
          if (isAppError(error)) for (const field of Object.keys(error.fieldErrors)) expect(["q", "tracker", "point", "status", "page"]).toContain(field);
        }
      }),
      { numRuns: 150 },
    );
    await expectDatabaseUnchanged(before);
  });
});
