// Bad input to a reader's submission, to the email confirmation and to each triage and
// policy command gets a 4xx AppError that names the field in human words (or NOT_FOUND for
// an unknown record, CONFLICT for a submission in the wrong state or of the wrong kind)
// and changes no row: a whole-database snapshot. One exception, by design: a submission
// about an unknown record has passed the proof of work, so it counts against the rate
// limits (rate_limits) like any other attempt; nothing else changes.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors/app-error";
import { getDb } from "@/lib/db/client";
import { READER_SUBMISSION_COMMANDS } from "@/lib/server/reader-submissions/commands";
import { confirmReaderEmail } from "@/lib/server/reader-submissions/confirm-reader-email";
import { submitReaderSubmission } from "@/lib/server/reader-submissions/submit-reader-submission";
import { makeUser } from "../support/builders";
import { claimSuggestion, disputeReport, evidenceSuggestion, makeReaderSubmission, solvedProofOfWork, uniqueClientIp } from "../support/reader-fixtures";
import { CLAIM_ACCEPT_FIELDS, EVIDENCE_ACCEPT_FIELDS, type ReaderCommandName } from "../support/reader-scenarios";
import { expectAppError, snapshotDatabase, type DatabaseSnapshot } from "../support/snapshot";

type Fixtures = Awaited<ReturnType<typeof buildFixtures>>;
type Case = readonly [problem: string, patch: Record<string, unknown>, field: string];
const NOT_FOUND = "(404 NOT_FOUND)";
const CONFLICT = "(409 CONFLICT)";

async function buildFixtures() {
  const analyst = await makeUser({ roles: ["analyst"] });
  const admin = await makeUser({ roles: ["admin"] });
  const evidence = await makeReaderSubmission("evidence");
  const dispute = await makeReaderSubmission("dispute");
  const claim = await makeReaderSubmission("claim");
  const trackerSlug = (await getDb().tracker.findUniqueOrThrow({ where: { id: claim.trackerId }, select: { slug: true } })).slug;
  return { analyst, admin, evidence, dispute, claim, trackerSlug };
}

let f: Fixtures;
beforeAll(async () => {
  f = await buildFixtures();
});

// prettier-ignore
const SUBMIT_CASES: Record<"evidence" | "dispute" | "claim", Case[]> = {
  evidence: [
    ["kind missing", { kind: undefined }, "kind"],
    ["kind unknown", { kind: "praise" }, "kind"],
    ["claimId missing", { claimId: undefined }, "claimId"],
    ["claimId over 64 characters", { claimId: "c".repeat(65) }, "claimId"],
    ["claimId unknown", { claimId: "claim_does_not_exist" }, NOT_FOUND],
    ["url missing", { url: "" }, "url"],
    ["url not a link", { url: "the newspaper" }, "url"],
    ["url javascript:", { url: "javascript:alert(1)" }, "url"],
    ["url data:", { url: "data:text/html,hi" }, "url"],
    ["url with credentials", { url: "https://user:secret@news.example.org/a" }, "url"],
    ["url over 2,000 characters", { url: `https://news.example.org/${"a".repeat(2100)}` }, "url"],
    ["quote over 2,000 characters", { quote: "q".repeat(2001) }, "quote"],
    ["stance unknown", { stance: "maybe" }, "stance"],
    ["note over 2,000 characters", { note: "n".repeat(2001) }, "note"],
    ["note with a NUL character", { note: "a\u0000b" }, "note"],
    ["email not an address", { email: "not-an-email" }, "email"],
    ["email over 254 characters", { email: `${"e".repeat(250)}@example.org` }, "email"],
  ],
  dispute: [
    ["problem missing", { problem: undefined }, "problem"],
    ["problem too short", { problem: "wrong" }, "problem"],
    ["problem over 4,000 characters", { problem: "x".repeat(4001) }, "problem"],
    ["a link javascript:", { links: "javascript:alert(1)" }, "links.0"],
    ["a link not a link", { links: "see the newspaper" }, "links.0"],
    ["six links", { links: Array.from({ length: 6 }, (_, i) => `https://news.example.org/${i}`).join("\n") }, "links"],
    ["claimId unknown", { claimId: "claim_does_not_exist" }, NOT_FOUND],
  ],
  claim: [
    ["trackerSlug missing", { trackerSlug: undefined }, "trackerSlug"],
    ["trackerSlug unknown", { trackerSlug: "no-such-tracker" }, NOT_FOUND],
    ["proofPointKey unknown", { proofPointKey: "no-such-point" }, NOT_FOUND],
    ["statement too short", { statement: "It ships." }, "statement"],
    ["statement over 500 characters", { statement: "s".repeat(501) }, "statement"],
    ["note over 2,000 characters", { note: "n".repeat(2001) }, "note"],
  ],
};

const validSubmission = (kind: keyof typeof SUBMIT_CASES) =>
  kind === "evidence" ? evidenceSuggestion(f.evidence.claim.id) : kind === "dispute" ? disputeReport(f.dispute.claim.id) : claimSuggestion(f.trackerSlug);

// prettier-ignore
const COMMAND_CASES: Record<ReaderCommandName, [problem: string, input: (f: Fixtures) => Record<string, unknown>, field: string][]> = {
  acceptEvidenceSuggestion: [
    ["submissionId missing", () => ({ ...EVIDENCE_ACCEPT_FIELDS }), "submissionId"],
    ["submissionId unknown", () => ({ submissionId: "sub_does_not_exist", ...EVIDENCE_ACCEPT_FIELDS }), NOT_FOUND],
    ["a dispute, not a link", (f) => ({ submissionId: f.dispute.id, ...EVIDENCE_ACCEPT_FIELDS }), CONFLICT],
    ["title missing", (f) => ({ submissionId: f.evidence.id, ...EVIDENCE_ACCEPT_FIELDS, title: "" }), "title"],
    ["credibility 9", (f) => ({ submissionId: f.evidence.id, ...EVIDENCE_ACCEPT_FIELDS, credibility: "9" }), "credibility"],
    ["accessedAt not a day", (f) => ({ submissionId: f.evidence.id, ...EVIDENCE_ACCEPT_FIELDS, accessedAt: "yesterday" }), "accessedAt"],
    ["stance unknown", (f) => ({ submissionId: f.evidence.id, ...EVIDENCE_ACCEPT_FIELDS, stance: "maybe" }), "stance"],
  ],
  acceptDispute: [
    ["note missing", (f) => ({ submissionId: f.dispute.id }), "note"],
    ["note over 300 characters", (f) => ({ submissionId: f.dispute.id, note: "n".repeat(301) }), "note"],
    ["a link, not a dispute", (f) => ({ submissionId: f.evidence.id, note: "Check the corrected report." }), CONFLICT],
  ],
  acceptClaimSuggestion: [
    ["claimant missing", (f) => ({ submissionId: f.claim.id, ...CLAIM_ACCEPT_FIELDS, claimant: "" }), "claimant"],
    ["claimedAt not a day", (f) => ({ submissionId: f.claim.id, ...CLAIM_ACCEPT_FIELDS, claimedAt: "soon" }), "claimedAt"],
    ["statement too short", (f) => ({ submissionId: f.claim.id, ...CLAIM_ACCEPT_FIELDS, statement: "Short." }), "statement"],
  ],
  declineReaderSubmission: [
    ["reason missing", (f) => ({ submissionId: f.dispute.id }), "reason"],
    ["reason too short", (f) => ({ submissionId: f.dispute.id, reason: "no" }), "reason"],
    ["reason over 300 characters", (f) => ({ submissionId: f.dispute.id, reason: "r".repeat(301) }), "reason"],
    ["submissionId unknown", () => ({ submissionId: "sub_does_not_exist", reason: "Already on record." }), NOT_FOUND],
  ],
  updateCorrectionsPolicy: [
    ["text missing", () => ({}), "text"],
    ["text too short", () => ({ text: "We fix errors." }), "text"],
    ["text over 5,000 characters", () => ({ text: "t".repeat(5001) }), "text"],
  ],
};

function withoutRateLimits(snapshot: DatabaseSnapshot): DatabaseSnapshot {
  const { rate_limits: _counters, ...rest } = snapshot;
  return rest;
}

async function expectRefusal(call: Promise<unknown>, field: string) {
  if (field === NOT_FOUND) return expectAppError(call, "NOT_FOUND");
  if (field === CONFLICT) return expect((await expectAppError(call, "CONFLICT")).status).toBe(409);
  const error = await expectAppError(call, "INVALID_INPUT");
  expect(error.status).toBe(400);
  expect(Object.keys(error.fieldErrors), error.message).toContain(field);
  const messages = error.fieldErrors[field]!;
  // Human words: the app's own messages, not zod's "Invalid input: expected string".
  expect(messages.every((message) => message.length > 3 && !/invalid input|expected \w+, received/i.test(message)), messages.join(" | ")).toBe(true);
}

describe.each(Object.keys(SUBMIT_CASES) as (keyof typeof SUBMIT_CASES)[])("a reader's %s submission", (kind) => {
  it.each(SUBMIT_CASES[kind].map(([problem, patch, field]) => ({ problem, patch, field })))("$problem → $field", async ({ patch, field }) => {
    const before = await snapshotDatabase();
    const input = { ...validSubmission(kind), ...patch, altcha: await solvedProofOfWork() };
    await expectRefusal(submitReaderSubmission(input, { clientIp: uniqueClientIp() }), field);
    const after = await snapshotDatabase();
    // Input refused by its own rules never reaches the counters; an unknown record does.
    if (field === NOT_FOUND) expect(withoutRateLimits(after)).toEqual(withoutRateLimits(before));
    else expect(after).toEqual(before);
  });
});

describe("the email confirmation", () => {
  it.each([
    ["token missing", {}, "token"],
    ["token too short", { token: "abc" }, "token"],
    ["token over 200 characters", { token: "t".repeat(201) }, "token"],
    ["token unknown", { token: "a-token-we-never-sent-anyone" }, NOT_FOUND],
  ] as const)("%s → %s", async (_problem, input, field) => {
    const before = await snapshotDatabase();
    await expectRefusal(confirmReaderEmail(input), field);
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe.each(Object.keys(COMMAND_CASES) as ReaderCommandName[])("%s", (name) => {
  it.each(COMMAND_CASES[name].map(([problem, input, field]) => ({ problem, input, field })))("$problem → $field", async ({ input, field }) => {
    const actor = name === "updateCorrectionsPolicy" ? f.admin : f.analyst;
    const before = await snapshotDatabase();
    await expectRefusal((READER_SUBMISSION_COMMANDS[name] as (actor: Actor, input: unknown) => Promise<unknown>)(actor, input(f)), field);
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe("controls: each valid submission is taken", () => {
  it.each(Object.keys(SUBMIT_CASES) as (keyof typeof SUBMIT_CASES)[])("%s", async (kind) => {
    const before = await getDb().readerSubmission.count();
    await submitReaderSubmission({ ...validSubmission(kind), altcha: await solvedProofOfWork() }, { clientIp: uniqueClientIp() });
    expect(await getDb().readerSubmission.count()).toBe(before + 1);
  });
});

describe("hostile fields", () => {
  // What a probe sends: any code unit, markup, escapes, long runs, in any of the form's fields.
  const hostile = fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom("", " ", "\u0000", "\ud800", "%ff", "javascript:alert(1)", "<script>alert(1)</script>", "' OR 1=1 --", "x".repeat(5000), "[]", "{}"),
  );
  const fields = fc.dictionary(
    fc.constantFrom("kind", "claimId", "trackerSlug", "proofPointKey", "url", "quote", "stance", "note", "problem", "statement", "links", "email"),
    fc.oneof(hostile, fc.array(hostile, { maxLength: 3 }), fc.integer(), fc.constant(null)),
    { maxKeys: 8 },
  );

  it("a reader's submission with hostile fields is a 4xx refusal that stores nothing", async () => {
    const before = await snapshotDatabase();
    await fc.assert(
      fc.asyncProperty(fields, async (input) => {
        // No proof of work: input refused by its own rules never gets as far as asking for one.
        const outcome = await submitReaderSubmission(input, { clientIp: uniqueClientIp() }).then(
          () => "stored",
          (error: unknown) => error,
        );
        expect(isAppError(outcome) ? outcome.status : 500).toBeGreaterThanOrEqual(400);
        expect(isAppError(outcome) ? outcome.status : 500).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
    // Refused before the proof of work or by it: not even the rate limits count these.
    expect(await snapshotDatabase()).toEqual(before);
  });
});
