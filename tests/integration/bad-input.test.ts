// Rule 7 of docs/architecture.md: bad input to every command gets a 4xx-class
// AppError that names the field, and changes no row. Each case patches one valid input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { CommandName as AnyCommandName } from "@/lib/server/commands";
import { makeClaim, makeEvidence, makeProposal, makeTracker, makeUser, RATIONALE, TEST_PASSWORD, type TestUser } from "../support/builders";
import { runCommand } from "../support/command-scenarios";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import type { TrackerCommandName } from "../support/tracker-scenarios";
import type { VerdictCommandName } from "../support/verdict-scenarios";
import type { WorkspaceCommandName } from "../support/workspace-scenarios";
import type { ForecastCommandName } from "../support/forecast-scenarios";
import type { ProvenanceCommandName } from "../support/provenance-scenarios";
import type { ReaderCommandName } from "../support/reader-scenarios";
import type { NotificationCommandName } from "../support/notification-scenarios";

// The tracker editor's cases live in tracker-bad-input.test.ts, the analyst
// workspace's in workspace-bad-input.test.ts, re-review and grades in verdict-bad-input.test.ts,
// the forecasts' in forecast-bad-input.test.ts, provenance in provenance-bad-input.test.ts,
// reader submissions' in reader-submission-bad-input.test.ts, the notifications' in
// notification-bad-input.test.ts, the job queue's in job-admin.test.ts.
type CommandName = Exclude<
  AnyCommandName,
  TrackerCommandName | WorkspaceCommandName | VerdictCommandName | ForecastCommandName | ProvenanceCommandName | ReaderCommandName | NotificationCommandName | "retryJob"
>;

type Fixtures = Awaited<ReturnType<typeof buildFixtures>>;
type Patch = Record<string, unknown> | ((f: Fixtures) => unknown);
/** [what is wrong, the patch over the valid input (or a whole input), the field named, or NOT_FOUND] */
type Case = readonly [problem: string, patch: Patch, field: string];
const NOT_FOUND = "(404 NOT_FOUND)";

const NEW_PASSWORD = "a different long passphrase";
const LONG_URL = `https://example.com/${"a".repeat(2049 - "https://example.com/".length)}`;

async function buildFixtures() {
  const analyst = await makeUser({ roles: ["analyst"], password: TEST_PASSWORD });
  const reviewer = await makeUser({ roles: ["reviewer"] });
  const admin = await makeUser({ roles: ["admin"] });
  const tracker = await makeTracker({ proofPoints: 2, retired: [1] });
  const [active, retired] = tracker.proofPoints;
  const claim = await makeClaim({ proofPointId: active!.id, creator: analyst });
  const otherClaim = await makeClaim({ proofPointId: active!.id });
  const existing = await makeEvidence({ claimId: claim.id, url: "https://example.com/report?a=1&b=2", stance: "supports" });
  const refuting = await makeEvidence({ claimId: claim.id, stance: "refutes" });
  const context = await makeEvidence({ claimId: claim.id, stance: "context" });
  const foreign = await makeEvidence({ claimId: otherClaim.id, stance: "supports" });
  const removed = await makeEvidence({ claimId: claim.id, stance: "supports" });
  await getDb().evidence.update({ where: { id: removed.id }, data: { deletedAt: new Date() } });
  const proposals = {
    approve: await makeProposal({ claimId: otherClaim.id, toStatus: "disputed" }),
    // On a claim of its own: approving the first would supersede it.
    reject: await makeProposal({ claimId: (await makeClaim({ proofPointId: active!.id })).id, toStatus: "partially_supported" }),
    withdraw: await makeProposal({ claimId: claim.id, toStatus: "disputed", proposer: analyst }),
    discuss: await makeProposal({ claimId: claim.id, toStatus: "partially_supported", proposer: analyst, evidenceIds: [existing.id] }),
  };
  const targets = {
    roles: await makeUser({ roles: ["analyst"] }),
    deactivate: await makeUser({ roles: ["analyst"] }),
    reactivate: await makeUser({ roles: ["analyst"], deactivated: true }),
    existing: await makeUser({ roles: ["analyst"], email: "taken@example.org" }),
  };
  const throttle = { scope: "pair", accountKey: "throttled@example.org", ip: "203.0.113.50" };
  await getDb().signInThrottle.create({ data: { ...throttle, failures: 5, blockedUntil: new Date(Date.now() + 60_000), lastFailedAt: new Date() } });
  return { analyst, reviewer, admin, active: active!, retired: retired!, claim, existing, refuting, context, foreign, removed, proposals, targets, throttle };
}

// The valid input each case patches, and who calls.
const COMMANDS: Record<CommandName, { actor: (f: Fixtures) => TestUser; valid: (f: Fixtures) => Record<string, unknown> }> = {
  createClaim: {
    actor: (f) => f.analyst,
    valid: (f) => ({ proofPointId: f.active.id, statement: "The prototype exposes wafers at 7 nm.", claimant: "Wire", subject: "Lab", claimedAt: "2025-12-20", resolveBy: "2028-12-31" }),
  },
  addEvidence: {
    actor: (f) => f.analyst,
    valid: (f) => ({ claimId: f.claim.id, url: "https://news.example.org/fresh", title: "A fresh article", quote: "", publishedAt: "2025-12-01", accessedAt: "2025-12-02", stance: "supports", credibility: 2 }),
  },
  proposeStatusChange: {
    actor: (f) => f.analyst,
    valid: (f) => ({ claimId: f.claim.id, toStatus: "supported", rationale: RATIONALE, evidenceIds: [f.existing.id] }),
  },
  approveProposal: { actor: (f) => f.reviewer, valid: (f) => ({ proposalId: f.proposals.approve.id, note: "Checked." }) },
  rejectProposal: { actor: (f) => f.reviewer, valid: (f) => ({ proposalId: f.proposals.reject.id, note: "The source does not say this." }) },
  withdrawProposal: { actor: (f) => f.analyst, valid: (f) => ({ proposalId: f.proposals.withdraw.id }) },
  commentOnProposal: { actor: (f) => f.analyst, valid: (f) => ({ proposalId: f.proposals.discuss.id, body: "I added the second report." }) },
  amendProposal: {
    actor: (f) => f.analyst,
    valid: (f) => ({ proposalId: f.proposals.discuss.id, rationale: RATIONALE, evidenceIds: [f.existing.id], note: "Sharper rationale." }),
  },
  createUser: {
    actor: (f) => f.admin,
    valid: () => ({ email: "new.person@example.org", name: "New Person", roles: ["analyst"], password: "a long enough password" }),
  },
  setUserRoles: { actor: (f) => f.admin, valid: (f) => ({ userId: f.targets.roles.id, roles: ["analyst", "reviewer"] }) },
  deactivateUser: { actor: (f) => f.admin, valid: (f) => ({ userId: f.targets.deactivate.id }) },
  reactivateUser: { actor: (f) => f.admin, valid: (f) => ({ userId: f.targets.reactivate.id }) },
  clearSignInThrottle: { actor: (f) => f.admin, valid: (f) => ({ ...f.throttle }) },
  signOutEverywhere: { actor: (f) => f.admin, valid: (f) => ({ userId: f.targets.roles.id }) },
  changeOwnPassword: {
    actor: (f) => f.analyst,
    valid: () => ({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
  },
};

// prettier-ignore
const CASES: Record<CommandName, Case[]> = {
  createClaim: [
    ["statement too short (9 characters)", { statement: "Too short" }, "statement"],
    ["statement only spaces", { statement: "              " }, "statement"],
    ["statement over 500 characters", { statement: "x".repeat(501) }, "statement"],
    ["statement missing", { statement: undefined }, "statement"],
    ["statement containing a NUL character", { statement: "The prototype\u0000 exposes wafers." }, "statement"],
    ["claimant missing", { claimant: undefined }, "claimant"],
    ["claimant one character", { claimant: "R" }, "claimant"],
    ["subject missing", { subject: undefined }, "subject"],
    ["claimedAt 2025-02-30", { claimedAt: "2025-02-30" }, "claimedAt"],
    ["claimedAt empty", { claimedAt: "" }, "claimedAt"],
    ["claimedAt \"yesterday\"", { claimedAt: "yesterday" }, "claimedAt"],
    ["claimedAt in the year 1066", { claimedAt: "1066-10-14" }, "claimedAt"],
    ["resolveBy before claimedAt", { resolveBy: "2025-12-19" }, "resolveBy"],
    ["resolveBy \"soon\"", { resolveBy: "soon" }, "resolveBy"],
    ["proofPointId unknown", { proofPointId: "pp_does_not_exist" }, "proofPointId"],
    ["proofPointId of a retired proof point", (f) => ({ ...COMMANDS.createClaim.valid(f), proofPointId: f.retired.id }), "proofPointId"],
    ["proofPointId missing", { proofPointId: undefined }, "proofPointId"],
    ["proofPointId containing a NUL character", { proofPointId: "pp\u0000" }, "proofPointId"],
    ["input a string, not an object", () => "a claim", "input"],
  ],
  addEvidence: [
    ["javascript: URL", { url: "javascript:alert(document.cookie)" }, "url"],
    ["data: URL", { url: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" }, "url"],
    ["file: URL", { url: "file:///etc/passwd" }, "url"],
    ["ftp: URL", { url: "ftp://example.com/report.pdf" }, "url"],
    ["credentials in URL", { url: "https://user:secret@example.com/report" }, "url"],
    ["user name alone in URL", { url: "https://user@example.com/report" }, "url"],
    ["URL over 2,048 characters", { url: LONG_URL }, "url"],
    ["not a URL", { url: "not a url" }, "url"],
    ["URL without scheme", { url: "example.com/report" }, "url"],
    ["localhost URL", { url: "http://localhost:3000/admin" }, "url"],
    ["private-network URL", { url: "http://192.168.1.20/report" }, "url"],
    ["unqualified host", { url: "https://intranet/report" }, "url"],
    ["URL missing", { url: undefined }, "url"],
    ["duplicate normalized URL on the same claim", { url: "HTTPS://EXAMPLE.com/report?b=2&utm_source=mail&a=1" }, "url"],
    ["archivedUrl javascript:", { archivedUrl: "javascript:alert(1)" }, "archivedUrl"],
    ["credibility 0", { credibility: 0 }, "credibility"],
    ["credibility 7", { credibility: 7 }, "credibility"],
    ["credibility \"x\"", { credibility: "x" }, "credibility"],
    ["credibility 2.5", { credibility: 2.5 }, "credibility"],
    ["credibility missing", { credibility: undefined }, "credibility"],
    ["stance \"maybe\"", { stance: "maybe" }, "stance"],
    ["stance missing", { stance: undefined }, "stance"],
    ["accessedAt 2025-02-30", { accessedAt: "2025-02-30" }, "accessedAt"],
    ["accessedAt empty", { accessedAt: "" }, "accessedAt"],
    ["accessedAt \"yesterday\"", { accessedAt: "yesterday" }, "accessedAt"],
    ["publishedAt 2025-13-01", { publishedAt: "2025-13-01" }, "publishedAt"],
    ["publishedAt after accessedAt", { publishedAt: "2025-12-03" }, "publishedAt"],
    ["title too short (2 characters)", { title: "ab" }, "title"],
    ["title missing", { title: undefined }, "title"],
    ["title over 300 characters", { title: "t".repeat(301) }, "title"],
    ["title with a lone surrogate", { title: "Broken \ud800 title" }, "title"],
    ["quote over 2,000 characters", { quote: "q".repeat(2001) }, "quote"],
    ["quote containing a NUL character", { quote: "a\u0000b" }, "quote"],
    ["sourceName one character", { sourceName: "x" }, "sourceName"],
    ["claimId missing", { claimId: undefined }, "claimId"],
    ["claimId unknown", { claimId: "clm_does_not_exist" }, NOT_FOUND],
  ],
  proposeStatusChange: [
    ["toStatus \"ticked\"", { toStatus: "ticked" }, "toStatus"],
    ["toStatus missing", { toStatus: undefined }, "toStatus"],
    ["toStatus equal to the current status", { toStatus: "unverified", evidenceIds: [] }, "toStatus"],
    ["rationale too short", { rationale: "Looks right." }, "rationale"],
    ["rationale one long word", { rationale: "a".repeat(40) }, "rationale"],
    ["rationale missing", { rationale: undefined }, "rationale"],
    ["rationale containing a NUL character", { rationale: `${RATIONALE}\u0000` }, "rationale"],
    ["supported, nothing cited", { evidenceIds: [] }, "evidenceIds"],
    ["supported, citing only refuting and context items", (f) => ({ ...COMMANDS.proposeStatusChange.valid(f), evidenceIds: [f.refuting.id, f.context.id] }), "evidenceIds"],
    ["refuted, citing only a supporting item", { toStatus: "refuted" }, "evidenceIds"],
    ["cites another claim's evidence", (f) => ({ ...COMMANDS.proposeStatusChange.valid(f), evidenceIds: [f.foreign.id] }), "evidenceIds"],
    ["cites removed evidence", (f) => ({ ...COMMANDS.proposeStatusChange.valid(f), evidenceIds: [f.removed.id] }), "evidenceIds"],
    ["cites an unknown id", (f) => ({ ...COMMANDS.proposeStatusChange.valid(f), evidenceIds: [f.existing.id, "ev_does_not_exist"] }), "evidenceIds"],
    ["evidenceIds a string, not a list", (f) => ({ ...COMMANDS.proposeStatusChange.valid(f), evidenceIds: f.existing.id }), "evidenceIds"],
    ["51 evidence ids", { evidenceIds: Array.from({ length: 51 }, (_, i) => `ev_${i}`) }, "evidenceIds"],
    ["claimId missing", { claimId: undefined }, "claimId"],
    ["claimId unknown", { claimId: "clm_does_not_exist" }, NOT_FOUND],
  ],
  approveProposal: [
    ["proposalId missing", { proposalId: undefined }, "proposalId"],
    ["proposalId empty", { proposalId: "" }, "proposalId"],
    ["proposalId only spaces", { proposalId: "   " }, "proposalId"],
    ["proposalId over 64 characters", { proposalId: "p".repeat(65) }, "proposalId"],
    ["proposalId a number", { proposalId: 42 }, "proposalId"],
    ["note over 2,000 characters", { note: "n".repeat(2001) }, "note"],
    ["note a number", { note: 5 }, "note"],
    ["note containing a NUL character", { note: "Checked\u0000" }, "note"],
    ["proposalId unknown", { proposalId: "sp_does_not_exist" }, NOT_FOUND],
  ],
  rejectProposal: [
    ["note missing", { note: undefined }, "note"],
    ["note empty", { note: "" }, "note"],
    ["note too short (3 characters)", { note: "meh" }, "note"],
    ["note over 2,000 characters", { note: "n".repeat(2001) }, "note"],
    ["note with a lone surrogate", { note: "Broken \udc00 note" }, "note"],
    ["proposalId missing", { proposalId: undefined }, "proposalId"],
    ["proposalId unknown", { proposalId: "sp_does_not_exist" }, NOT_FOUND],
  ],
  withdrawProposal: [
    ["proposalId missing", { proposalId: undefined }, "proposalId"],
    ["proposalId empty", { proposalId: "" }, "proposalId"],
    ["proposalId an object", { proposalId: { id: "x" } }, "proposalId"],
    ["proposalId unknown", { proposalId: "sp_does_not_exist" }, NOT_FOUND],
  ],
  commentOnProposal: [
    ["body missing", { body: undefined }, "body"],
    ["body two characters", { body: "ok" }, "body"],
    ["body over 2,000 characters", { body: "x".repeat(2001) }, "body"],
    ["body containing a NUL character", { body: "Looks\u0000 fine" }, "body"],
    ["requestChanges \"maybe\"", { requestChanges: "maybe" }, "requestChanges"],
    ["proposalId missing", { proposalId: undefined }, "proposalId"],
    ["proposalId unknown", { proposalId: "sp_does_not_exist" }, NOT_FOUND],
  ],
  amendProposal: [
    ["rationale too short", { rationale: "Too short." }, "rationale"],
    ["rationale missing", { rationale: undefined }, "rationale"],
    ["evidenceIds naming another claim's item", (f) => ({ ...COMMANDS.amendProposal.valid(f), evidenceIds: [f.foreign.id] }), "evidenceIds"],
    ["evidenceIds naming a removed item", (f) => ({ ...COMMANDS.amendProposal.valid(f), evidenceIds: [f.removed.id] }), "evidenceIds"],
    ["evidenceIds that do not justify the change (only a refuting item)", (f) => ({ ...COMMANDS.amendProposal.valid(f), evidenceIds: [f.refuting.id] }), "evidenceIds"],
    ["evidenceIds not a list", { evidenceIds: "all of them" }, "evidenceIds"],
    ["note missing", { note: undefined }, "note"],
    ["note two characters", { note: "ok" }, "note"],
    ["proposalId unknown", { proposalId: "sp_does_not_exist" }, NOT_FOUND],
  ],
  createUser: [
    ["email not an email", { email: "not-an-email" }, "email"],
    ["email missing", { email: undefined }, "email"],
    ["email empty", { email: "" }, "email"],
    ["email over 254 characters", { email: `${"a".repeat(250)}@example.org` }, "email"],
    ["email of an existing account, other case", { email: "Taken@Example.ORG" }, "email"],
    ["name one character", { name: "A" }, "name"],
    ["name missing", { name: undefined }, "name"],
    ["name containing a NUL character", { name: "Ada\u0000" }, "name"],
    ["role \"superuser\"", { roles: ["superuser"] }, "roles.0"],
    ["role \"owner\" given as a string", { roles: "owner" }, "roles.0"],
    ["second role not a role", { roles: ["analyst", 7] }, "roles.1"],
    ["password under 12 characters", { password: "short" }, "password"],
    ["password missing", { password: undefined }, "password"],
    ["password over 256 characters", { password: "p".repeat(257) }, "password"],
  ],
  setUserRoles: [
    ["role \"god\"", { roles: ["god"] }, "roles.0"],
    ["roles an object", { roles: { admin: true } }, "roles.0"],
    ["userId missing", { userId: undefined }, "userId"],
    ["userId unknown", { userId: "usr_does_not_exist" }, NOT_FOUND],
  ],
  deactivateUser: [
    ["userId missing", { userId: undefined }, "userId"],
    ["userId containing a NUL character", { userId: "usr\u0000" }, "userId"],
    ["userId empty", { userId: "" }, "userId"],
    ["userId unknown", { userId: "usr_does_not_exist" }, NOT_FOUND],
  ],
  reactivateUser: [
    ["userId missing", { userId: undefined }, "userId"],
    ["userId a list", { userId: ["a", "b"] }, "userId"],
    ["userId unknown", { userId: "usr_does_not_exist" }, NOT_FOUND],
  ],
  clearSignInThrottle: [
    ["scope unknown", { scope: "everything" }, "scope"],
    ["accountKey missing", { accountKey: undefined }, "accountKey"],
    ["accountKey with NUL", { accountKey: "a\u0000b@example.org" }, "accountKey"],
    ["ip too long", { ip: "1".repeat(46) }, "ip"],
    ["no such throttle", { accountKey: "nobody-throttled@example.org" }, NOT_FOUND],
  ],
  signOutEverywhere: [
    ["userId a number", { userId: 42 }, "userId"],
    ["userId containing a NUL character", { userId: "a\u0000b" }, "userId"],
    ["userId unknown", { userId: "no-such-user" }, NOT_FOUND],
  ],
  changeOwnPassword: [
    ["currentPassword wrong", { currentPassword: "not my password at all" }, "currentPassword"],
    ["currentPassword missing", { currentPassword: undefined }, "currentPassword"],
    ["newPassword under 12 characters", { newPassword: "short", confirmPassword: "short" }, "newPassword"],
    ["newPassword missing", { newPassword: undefined }, "newPassword"],
    ["newPassword same as the current one", { newPassword: TEST_PASSWORD, confirmPassword: TEST_PASSWORD }, "newPassword"],
    ["confirmPassword does not match", { confirmPassword: "a different long passphrasE" }, "confirmPassword"],
    ["confirmPassword missing", { confirmPassword: undefined }, "confirmPassword"],
  ],
};

let f: Fixtures;
beforeAll(async () => {
  f = await buildFixtures();
});

function inputFor(name: CommandName, patch: Patch): unknown {
  return typeof patch === "function" ? patch(f) : { ...COMMANDS[name].valid(f), ...patch };
}

describe.each(Object.keys(CASES) as CommandName[])("%s", (name) => {
  it.each(CASES[name].map(([problem, patch, field]) => ({ problem, patch, field })))(
    "$problem → $field",
    async ({ patch, field }) => {
      const before = await snapshotDatabase();
      const call = runCommand(name, COMMANDS[name].actor(f), inputFor(name, patch));
      if (field === NOT_FOUND) {
        const error = await expectAppError(call, "NOT_FOUND");
        expect(error.status).toBe(404);
        expect(error.message).toMatch(/^The \w+ was not found\.$/);
      } else {
        const error = await expectAppError(call, "INVALID_INPUT");
        expect(error.status).toBe(400);
        expect(Object.keys(error.fieldErrors), error.message).toContain(field);
        expect(error.fieldErrors[field]!.every((message) => message.length > 3)).toBe(true);
        expect(error.message).toContain(field);
      }
      await expectDatabaseUnchanged(before);
    },
  );
});

it("a duplicate URL names the evidence already logged", async () => {
  const error = await expectAppError(runCommand("addEvidence", f.analyst, inputFor("addEvidence", { url: "https://example.com/report?b=2&a=1#section" })), "INVALID_INPUT");
  expect(error.fieldErrors.url).toEqual(["this link is already logged on this claim"]);
  expect(error.details).toEqual({ existingEvidenceId: f.existing.id });
  expect(error.toJSON().error).toMatchObject({ code: "INVALID_INPUT", existingEvidenceId: f.existing.id });
});

// Every case above failed for the reason it names, not because the input it patches was
// bad too: the unpatched input works (run last, as it changes rows).
describe("controls: each command accepts its unpatched input", () => {
  it.each(Object.keys(COMMANDS) as CommandName[])("%s", async (name) => {
    await expect(runCommand(name, COMMANDS[name].actor(f), COMMANDS[name].valid(f))).resolves.toBeDefined();
  });
});

afterAll(() => {
  const lines = (Object.keys(CASES) as CommandName[]).map(
    (name) => `- ${name} (${CASES[name].length}): ${CASES[name].map(([problem, , field]) => `${problem} → ${field}`).join("; ")}`,
  );
  console.log(["Bad-input cases per command:", ...lines].join("\n"));
});
