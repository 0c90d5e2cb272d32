// Generated hostile input against the public API's parameters, the public routes' path
// segments and the fields of write commands: no 5xx, no row changed. Prints its counts.
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GET as claimRoute } from "@/app/api/v1/claims/[id]/route";
import { GET as trackerClaimsRoute } from "@/app/api/v1/trackers/[slug]/claims/route";
import { GET as trackerRoute } from "@/app/api/v1/trackers/[slug]/route";
import { GET as trackerFeedRoute } from "@/app/trackers/[slug]/feed.xml/route";
import { GET as exportCsvRoute } from "@/app/trackers/[slug]/export.csv/route";
import { GET as badgeRoute } from "@/app/trackers/[slug]/badge.svg/route";
import { GET as correctionsFeedRoute } from "@/app/trackers/[slug]/corrections/feed.xml/route";
import { isAppError } from "@/lib/errors/app-error";
import { makeTracker, makeUser, type TestUser } from "../support/builders";
import { runCommand } from "../support/command-scenarios";
import { expectDatabaseUnchanged, snapshotDatabase, type DatabaseSnapshot } from "../support/snapshot";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const statuses = new Map<string, number>();
let inputs = 0;
function count(kind: string, status: number) {
  inputs++;
  const key = `${kind} ${status}`;
  statuses.set(key, (statuses.get(key) ?? 0) + 1);
}

// Strings a probe would send: any code unit (NUL, lone surrogates, controls), markup, escapes, long runs.
const hostile = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 20 }),
  fc.constantFrom("", " ", "\u0000", "\ud800", "\udfff", "%ff", "%00", "../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --", "9".repeat(400), "-1", "1e309", "NaN", "[]", "{}"),
);

let slug: string;
let analyst: TestUser;
let before: DatabaseSnapshot;

beforeAll(async () => {
  slug = (await makeTracker({ proofPoints: 1 })).slug;
  analyst = await makeUser({ roles: ["analyst", "reviewer"] });
  before = await snapshotDatabase();
});

it("API query parameters: no 5xx", async () => {
  const names = fc.constantFrom("cursor", "pageSize", "status", "proofPoint", "table", "label", "extra");
  await fc.assert(
    fc.asyncProperty(fc.dictionary(names, hostile, { maxKeys: 3 }), async (query) => {
      const url = new URL(`http://localhost:3000/api/v1/trackers/${slug}/claims`);
      for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
      const response = await (trackerClaimsRoute as Handler)(new Request(url), { params: Promise.resolve({ slug }) });
      count("query", response.status);
      expect(response.status).toBeLessThan(500);
    }),
    { numRuns: 400 },
  );
});

it("path segments of public routes: no 5xx", async () => {
  const routes: [string, Handler, string][] = [
    ["tracker", trackerRoute as Handler, "slug"],
    ["claims", trackerClaimsRoute as Handler, "slug"],
    ["claim", claimRoute as Handler, "id"],
    ["feed", trackerFeedRoute as Handler, "slug"],
    ["csv", exportCsvRoute as Handler, "slug"],
    ["badge", badgeRoute as Handler, "slug"],
    ["corrections feed", correctionsFeedRoute as Handler, "slug"],
  ];
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...routes), hostile, async ([, handler, name], value) => {
      const response = await handler(new Request("http://localhost:3000/x"), { params: Promise.resolve({ [name]: value }) });
      count("path", response.status);
      expect(response.status).toBeLessThan(500);
    }),
    { numRuns: 400 },
  );
});

it("action fields of write commands: a 4xx AppError, never anything else", async () => {
  const commands = fc.constantFrom("createClaim", "addEvidence", "proposeStatusChange", "rejectProposal", "editClaim", "proposeSourceGrade");
  const fields = fc.dictionary(
    fc.constantFrom("claimId", "proofPointId", "statement", "claimant", "subject", "claimedAt", "url", "title", "stance", "credibility", "toStatus", "rationale", "proposalId", "note", "sourceId", "reliability", "version", "evidenceIds"),
    fc.oneof(hostile, fc.array(hostile, { maxLength: 3 }), fc.integer(), fc.constant(null)),
    { maxKeys: 8 },
  );
  await fc.assert(
    fc.asyncProperty(commands, fields, async (name, input) => {
      const outcome = await runCommand(name as never, analyst, input).then(
        () => "succeeded",
        (error: unknown) => error,
      );
      const status = isAppError(outcome) ? outcome.status : 500;
      count("action", status);
      expect(isAppError(outcome), String(outcome)).toBe(true);
      expect(status).toBeLessThan(500);
    }),
    { numRuns: 400 },
  );
});

it("no row of any table changed", async () => {
  await expectDatabaseUnchanged(before);
});

afterAll(() => {
  const lines = [...statuses.entries()].sort().map(([key, n]) => `  ${key}: ${n}`);
  console.log([`Fuzz: ${inputs} generated inputs; statuses:`, ...lines, "  rows changed: 0 (checked)"].join("\n"));
});
