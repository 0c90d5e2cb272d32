// Rule 7 for the analyst workspace commands: every bad input is an AppError (INVALID_INPUT
// naming the field, or NOT_FOUND naming the thing), never a 500, and changes no row.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { AppErrorCode } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { COMMANDS, type CommandName } from "@/lib/server/commands";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { makeClaim, makeEvidence, makeTracker, makeUser } from "../support/builders";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { editClaimInput, editEvidenceInput, makeSource } from "../support/workspace-builders";

type Case = { name: string; input: () => unknown; code?: AppErrorCode; field?: string };

const UNKNOWN_ID = "c000000000000000000000000";
const long = (n: number) => "x".repeat(n);

let analyst: Actor;
const ids = { claim: "", otherTrackerPoint: "", retiredPoint: "", evidence: "", otherEvidenceUrl: "", source: "" };
let claimBase: Record<string, unknown>;
let evidenceBase: Record<string, unknown>;

beforeAll(async () => {
  analyst = await makeUser({ roles: ["analyst"] });
  const tracker = await makeTracker({ proofPoints: 2, retired: [1] });
  const claim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id, creator: analyst });
  ids.claim = claim.id;
  ids.retiredPoint = tracker.proofPoints[1]!.id;
  ids.otherTrackerPoint = (await makeTracker({ proofPoints: 1 })).proofPoints[0]!.id;
  ids.evidence = (await makeEvidence({ claimId: claim.id, creator: analyst })).id;
  ids.otherEvidenceUrl = (await makeEvidence({ claimId: claim.id, creator: analyst })).url;
  ids.source = (await makeSource()).id;
  claimBase = await editClaimInput(claim.id, { statement: "An edited statement that would be saved if valid." });
  evidenceBase = await editEvidenceInput(ids.evidence, { title: "An edited title that would be saved if valid" });
});

const claim = (overrides: Record<string, unknown>) => () => ({ ...claimBase, ...overrides });
const without = (base: () => Record<string, unknown>, field: string) => () => {
  const { [field]: _omitted, ...rest } = base();
  return rest;
};
const evidence = (overrides: Record<string, unknown>) => () => ({ ...evidenceBase, ...overrides });
const removal = (overrides: Record<string, unknown>) => () => ({ evidenceId: ids.evidence, reason: "Wrong link.", ...overrides });
const rating = (overrides: Record<string, unknown>) => () => ({ sourceId: ids.source, reliability: "B", rationale: "A wire service with a good record.", ...overrides });
const rename = (overrides: Record<string, unknown>) => () => ({ sourceId: ids.source, name: "Renamed outlet", ...overrides });

const CASES: Partial<Record<CommandName, Case[]>> = {
  editClaim: [
    { name: "no claimId", input: without(() => claimBase, "claimId"), field: "claimId" },
    { name: "empty claimId", input: claim({ claimId: "" }), field: "claimId" },
    { name: "claimId with a NUL", input: claim({ claimId: "abc\u0000" }), field: "claimId" },
    { name: "unknown claimId", input: claim({ claimId: UNKNOWN_ID }), code: "NOT_FOUND" },
    { name: "no version", input: without(() => claimBase, "version"), field: "version" },
    { name: "version not a number", input: claim({ version: "abc" }), field: "version" },
    { name: "version 0", input: claim({ version: 0 }), field: "version" },
    { name: "fractional version", input: claim({ version: 1.5 }), field: "version" },
    { name: "statement too short", input: claim({ statement: "short" }), field: "statement" },
    { name: "statement over 500 characters", input: claim({ statement: long(501) }), field: "statement" },
    { name: "statement with a NUL", input: claim({ statement: "A statement with a \u0000 inside it." }), field: "statement" },
    { name: "statement with a lone surrogate", input: claim({ statement: "A statement with broken \uD800 text." }), field: "statement" },
    { name: "statement not text", input: claim({ statement: 42 }), field: "statement" },
    { name: "empty claimant", input: claim({ claimant: "   " }), field: "claimant" },
    { name: "one-letter subject", input: claim({ subject: "x" }), field: "subject" },
    { name: "claimedAt not a real day", input: claim({ claimedAt: "2025-02-30" }), field: "claimedAt" },
    { name: "claimedAt in words", input: claim({ claimedAt: "next tuesday" }), field: "claimedAt" },
    { name: "empty claimedAt", input: claim({ claimedAt: "" }), field: "claimedAt" },
    { name: "resolveBy before claimedAt", input: claim({ claimedAt: "2025-06-01", resolveBy: "2025-05-31" }), field: "resolveBy" },
    { name: "resolveBy in the year 3000", input: claim({ resolveBy: "3000-01-01" }), field: "resolveBy" },
    { name: "unknown proof point", input: claim({ proofPointId: UNKNOWN_ID }), field: "proofPointId" },
    { name: "proof point of another tracker", input: () => ({ ...claimBase, proofPointId: ids.otherTrackerPoint }), field: "proofPointId" },
    { name: "retired proof point", input: () => ({ ...claimBase, proofPointId: ids.retiredPoint }), field: "proofPointId" },
    { name: "null instead of an object", input: () => null, field: "input" },
    { name: "an array instead of an object", input: () => [claimBase], field: "input" },
  ],
  editEvidence: [
    { name: "no evidenceId", input: without(() => evidenceBase, "evidenceId"), field: "evidenceId" },
    { name: "unknown evidenceId", input: evidence({ evidenceId: UNKNOWN_ID }), code: "NOT_FOUND" },
    { name: "javascript: URL", input: evidence({ url: "javascript:alert(1)" }), field: "url" },
    { name: "data: URL", input: evidence({ url: "data:text/html,<b>hi</b>" }), field: "url" },
    { name: "file: URL", input: evidence({ url: "file:///etc/passwd" }), field: "url" },
    { name: "credentials in the URL", input: evidence({ url: "https://user:secret@news.example.com/a" }), field: "url" },
    { name: "URL over 2,048 characters", input: evidence({ url: `https://news.example.com/${long(2100)}` }), field: "url" },
    { name: "not a URL", input: evidence({ url: "not a url" }), field: "url" },
    { name: "URL on this machine", input: evidence({ url: "http://localhost:3000/admin" }), field: "url" },
    { name: "empty URL", input: evidence({ url: "" }), field: "url" },
    { name: "URL already logged on the claim", input: () => ({ ...evidenceBase, url: ids.otherEvidenceUrl }), field: "url" },
    { name: "title too short", input: evidence({ title: "ab" }), field: "title" },
    { name: "title over 300 characters", input: evidence({ title: long(301) }), field: "title" },
    { name: "quote over 2,000 characters", input: evidence({ quote: long(2001) }), field: "quote" },
    { name: "quote with a NUL", input: evidence({ quote: "before \u0000 after" }), field: "quote" },
    { name: "published after accessed", input: evidence({ publishedAt: "2025-12-22", accessedAt: "2025-12-21" }), field: "publishedAt" },
    { name: "publishedAt month 13", input: evidence({ publishedAt: "2025-13-01" }), field: "publishedAt" },
    { name: "empty accessedAt", input: evidence({ accessedAt: "" }), field: "accessedAt" },
    { name: "unknown stance", input: evidence({ stance: "maybe" }), field: "stance" },
    { name: "empty stance", input: evidence({ stance: "" }), field: "stance" },
    { name: "credibility 0", input: evidence({ credibility: "0" }), field: "credibility" },
    { name: "credibility 7", input: evidence({ credibility: "7" }), field: "credibility" },
    { name: "credibility in words", input: evidence({ credibility: "high" }), field: "credibility" },
    { name: "fractional credibility", input: evidence({ credibility: "2.5" }), field: "credibility" },
    { name: "javascript: archived URL", input: evidence({ archivedUrl: "javascript:alert(1)" }), field: "archivedUrl" },
    { name: "one-letter source name", input: evidence({ url: "https://brand-new-outlet.example.net/a", sourceName: "x" }), field: "sourceName" },
  ],
  removeEvidence: [
    { name: "no evidenceId", input: () => ({ reason: "Wrong link." }), field: "evidenceId" },
    { name: "empty evidenceId", input: removal({ evidenceId: "" }), field: "evidenceId" },
    { name: "unknown evidenceId", input: removal({ evidenceId: UNKNOWN_ID }), code: "NOT_FOUND" },
    { name: "reason over 500 characters", input: removal({ reason: long(501) }), field: "reason" },
    { name: "reason with a NUL", input: removal({ reason: "dup\u0000licate" }), field: "reason" },
    { name: "reason not text", input: removal({ reason: 42 }), field: "reason" },
  ],
  proposeSourceGrade: [
    { name: "no sourceId", input: () => ({ reliability: "B", rationale: "A wire service with a good record." }), field: "sourceId" },
    { name: "unknown sourceId", input: rating({ sourceId: UNKNOWN_ID }), code: "NOT_FOUND" },
    { name: "grade G", input: rating({ reliability: "G" }), field: "reliability" },
    { name: "lower-case grade", input: rating({ reliability: "b" }), field: "reliability" },
    { name: "empty grade", input: rating({ reliability: "" }), field: "reliability" },
    { name: "no grade", input: without(rating({}), "reliability"), field: "reliability" },
    { name: "no rationale", input: without(rating({}), "rationale"), field: "rationale" },
    { name: "blank rationale", input: rating({ rationale: "     " }), field: "rationale" },
    { name: "rationale under 10 characters", input: rating({ rationale: "good one" }), field: "rationale" },
    { name: "rationale over 1,000 characters", input: rating({ rationale: long(1001) }), field: "rationale" },
    { name: "rationale with a NUL", input: rating({ rationale: "A fine \u0000 source, mostly." }), field: "rationale" },
  ],
  updateSource: [
    { name: "no sourceId", input: () => ({ name: "Renamed outlet" }), field: "sourceId" },
    { name: "unknown sourceId", input: rename({ sourceId: UNKNOWN_ID }), code: "NOT_FOUND" },
    { name: "empty name", input: rename({ name: "" }), field: "name" },
    { name: "one-letter name", input: rename({ name: "x" }), field: "name" },
    { name: "name over 120 characters", input: rename({ name: long(121) }), field: "name" },
    { name: "name with a NUL", input: rename({ name: "Out\u0000let" }), field: "name" },
  ],
};

for (const [command, cases] of Object.entries(CASES) as [CommandName, Case[]][]) {
  describe(`${command} refuses bad input, naming the problem, and changes no row`, () => {
    it.each(cases)("$name", async ({ input, code = "INVALID_INPUT", field }) => {
      const run = COMMANDS[command] as (actor: Actor | null, input: unknown) => Promise<unknown>;
      const before = await snapshotDatabase();
      const error = await expectAppError(run(analyst, input()), code);
      if (field) {
        expect(Object.keys(error.fieldErrors), error.message).toContain(field);
        expect(error.message).toContain(field);
      } else {
        expect(error.message).toMatch(/was not found/);
      }
      await expectDatabaseUnchanged(before);
    });
  });
}

describe("evidence that was removed", () => {
  it("can be neither edited nor removed again (CONFLICT), and nothing changes", async () => {
    const item = await makeEvidence({ claimId: ids.claim, creator: analyst });
    await removeEvidence(analyst, { evidenceId: item.id });
    const input = await editEvidenceInput(item.id, { title: "Editing a removed item" });
    const before = await snapshotDatabase();
    await expectAppError(COMMANDS.editEvidence(analyst, input), "CONFLICT");
    await expectAppError(removeEvidence(analyst, { evidenceId: item.id }), "CONFLICT");
    await expectDatabaseUnchanged(before);
    expect((await getDb().evidence.findUniqueOrThrow({ where: { id: item.id } })).title).toBe(item.title);
  });
});
