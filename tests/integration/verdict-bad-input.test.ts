// Rule 7 for the re-review and source-grade commands: every bad input is an AppError
// (INVALID_INPUT naming the field, NOT_FOUND naming the thing), never a 500, and changes no row.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { AppErrorCode } from "@/lib/errors/app-error";
import { COMMANDS } from "@/lib/server/commands";
import { makeUser, RATIONALE } from "../support/builders";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { makeFlaggedClaim, makeGradeProposal } from "../support/verdict-builders";
import type { VerdictCommandName } from "../support/verdict-scenarios";
import { makeSource } from "../support/workspace-builders";

type Case = { name: string; input: () => unknown; code?: AppErrorCode; field?: string };

const UNKNOWN_ID = "c000000000000000000000000";
const long = (n: number) => "x".repeat(n);

let analyst: Actor;
let reviewer: Actor;
const ids = { claim: "", kept: "", removed: "", proposal: "", provisionalSource: "", refuting: "" };

beforeAll(async () => {
  analyst = await makeUser({ roles: ["analyst"] });
  reviewer = await makeUser({ roles: ["reviewer"] });
  const flagged = await makeFlaggedClaim();
  ids.claim = flagged.claim.id;
  ids.kept = flagged.kept.id;
  ids.removed = flagged.removed.id;
  ids.proposal = (await makeGradeProposal()).proposal.id;
  ids.provisionalSource = (await makeSource({ grade: "B" })).id;
});

const confirmation = (overrides: Record<string, unknown>) => () => ({ claimId: ids.claim, rationale: RATIONALE, evidenceIds: [ids.kept], ...overrides });
const decision = (overrides: Record<string, unknown>) => () => ({ proposalId: ids.proposal, note: "Checked the record.", ...overrides });
const confirmGrade = (overrides: Record<string, unknown>) => () => ({ sourceId: ids.provisionalSource, note: "Checked its corrections policy.", ...overrides });

const CASES: Record<VerdictCommandName, Case[]> = {
  proposeConfirmation: [
    { name: "no claimId", input: confirmation({ claimId: undefined }), field: "claimId" },
    { name: "unknown claimId", input: confirmation({ claimId: UNKNOWN_ID }), code: "NOT_FOUND" },
    { name: "claimId with a NUL", input: confirmation({ claimId: "c\u0000" }), field: "claimId" },
    { name: "no rationale", input: confirmation({ rationale: undefined }), field: "rationale" },
    { name: "one-word rationale", input: confirmation({ rationale: "Confirmedconfirmedconfirmed" }), field: "rationale" },
    { name: "rationale over 4,000 characters", input: confirmation({ rationale: `${long(4001)} a b c` }), field: "rationale" },
    { name: "citing nothing", input: confirmation({ evidenceIds: [] }), field: "evidenceIds" },
    { name: "citing only the removed item", input: () => confirmation({ evidenceIds: [ids.removed] })(), field: "evidenceIds" },
    { name: "citing an unknown item", input: confirmation({ evidenceIds: [UNKNOWN_ID] }), field: "evidenceIds" },
    { name: "evidenceIds not a list", input: confirmation({ evidenceIds: "abc" }), field: "evidenceIds" },
    { name: "conflict reason over 2,000 characters", input: confirmation({ conflictReason: long(2001) }), field: "conflictReason" },
    { name: "input a string", input: () => "confirm", field: "input" },
  ],
  approveSourceGrade: [
    { name: "no proposalId", input: decision({ proposalId: undefined }), field: "proposalId" },
    { name: "unknown proposalId", input: decision({ proposalId: UNKNOWN_ID }), code: "NOT_FOUND" },
    { name: "note over 1,000 characters", input: decision({ note: long(1001) }), field: "note" },
    { name: "note with a NUL", input: decision({ note: "ok\u0000" }), field: "note" },
  ],
  rejectSourceGrade: [
    { name: "no proposalId", input: decision({ proposalId: undefined }), field: "proposalId" },
    { name: "unknown proposalId", input: decision({ proposalId: UNKNOWN_ID }), code: "NOT_FOUND" },
    { name: "no note", input: decision({ note: undefined }), field: "note" },
    { name: "blank note", input: decision({ note: "    " }), field: "note" },
    { name: "note over 1,000 characters", input: decision({ note: long(1001) }), field: "note" },
  ],
  confirmSourceGrade: [
    { name: "no sourceId", input: confirmGrade({ sourceId: undefined }), field: "sourceId" },
    { name: "unknown sourceId", input: confirmGrade({ sourceId: UNKNOWN_ID }), code: "NOT_FOUND" },
    { name: "no note", input: confirmGrade({ note: undefined }), field: "note" },
    { name: "note under 10 characters", input: confirmGrade({ note: "fine" }), field: "note" },
    { name: "note over 1,000 characters", input: confirmGrade({ note: long(1001) }), field: "note" },
  ],
};

const ACTOR: Record<VerdictCommandName, () => Actor> = {
  proposeConfirmation: () => analyst,
  approveSourceGrade: () => reviewer,
  rejectSourceGrade: () => reviewer,
  confirmSourceGrade: () => reviewer,
};

for (const [command, cases] of Object.entries(CASES) as [VerdictCommandName, Case[]][]) {
  describe(`${command} refuses bad input, naming the problem, and changes no row`, () => {
    it.each(cases)("$name", async ({ input, code = "INVALID_INPUT", field }) => {
      const run = COMMANDS[command] as (actor: Actor | null, input: unknown) => Promise<unknown>;
      const before = await snapshotDatabase();
      const error = await expectAppError(run(ACTOR[command](), input()), code);
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

describe("proposeSourceGrade", () => {
  it("refuses the grade the source already has, naming reliability", async () => {
    const source = await makeSource({ grade: "C" });
    const before = await snapshotDatabase();
    const error = await expectAppError(COMMANDS.proposeSourceGrade(analyst, { sourceId: source.id, reliability: "C", rationale: "Still a fair trade paper." }), "INVALID_INPUT");
    expect(error.fieldErrors.reliability?.[0]).toMatch(/already this source's grade/);
    await expectDatabaseUnchanged(before);
  });
});
