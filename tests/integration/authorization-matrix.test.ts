// Every mutation command, run as every kind of actor. The commands
// are enumerated from lib/server/commands.ts, so a new command without a row below fails
// this file. A denied call must fail with the right code AND leave every row of every
// table as it was; an allowed call must have its intended effect (tests/support/command-effects.ts)
// and be audited.
import { afterAll, describe, expect, it } from "vitest";
import { COMMANDS, type CommandName } from "@/lib/server/commands";
import { INTENDED_EFFECTS } from "../support/command-effects";
import { ACTOR_KINDS, makeActor, NEEDS_PASSWORD, runCommand, VALID_CALLS, type ActorKind } from "../support/command-scenarios";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { TRACKER_MATRIX_ROWS } from "../support/tracker-scenarios";
import { VERDICT_MATRIX_ROWS } from "../support/verdict-scenarios";
import { WORKSPACE_MATRIX_ROWS } from "../support/workspace-scenarios";
import { FORECAST_MATRIX_ROWS } from "../support/forecast-scenarios";
import { PROVENANCE_MATRIX_ROWS } from "../support/provenance-scenarios";
import { DISCUSSION_MATRIX_ROWS } from "../support/discussion-scenarios";
import { READER_MATRIX_ROWS } from "../support/reader-scenarios";
import { NOTIFICATION_MATRIX_ROWS } from "../support/notification-scenarios";

type Expected = "allowed" | "denied";

// Denied means UNAUTHENTICATED (401) for anonymous and FORBIDDEN (403) for everyone else.
// The deactivated user holds all three roles: deactivation alone must refuse them.
// Admins manage people and structure; they hold no claim or review rights (the roles table in docs/architecture.md).
// prettier-ignore
const MATRIX: Record<string, readonly [anonymous: Expected, analyst: Expected, reviewer: Expected, admin: Expected, deactivated: Expected]> = {
  //                     anonymous  analyst    reviewer   admin      deactivated
  createClaim:          ["denied", "allowed", "allowed", "denied",  "denied"],
  addEvidence:          ["denied", "allowed", "allowed", "denied",  "denied"],
  proposeStatusChange:  ["denied", "allowed", "allowed", "denied",  "denied"],
  approveProposal:      ["denied", "denied",  "allowed", "denied",  "denied"],
  rejectProposal:       ["denied", "denied",  "allowed", "denied",  "denied"],
  withdrawProposal:     ["denied", "allowed", "allowed", "denied",  "denied"],
  createUser:           ["denied", "denied",  "denied",  "allowed", "denied"],
  setUserRoles:         ["denied", "denied",  "denied",  "allowed", "denied"],
  deactivateUser:       ["denied", "denied",  "denied",  "allowed", "denied"],
  reactivateUser:       ["denied", "denied",  "denied",  "allowed", "denied"],
  changeOwnPassword:    ["denied", "allowed", "allowed", "allowed", "denied"],
  retryJob:             ["denied", "denied",  "denied",  "allowed", "denied"],
  clearSignInThrottle:  ["denied", "denied",  "denied",  "allowed", "denied"],
  signOutEverywhere:    ["denied", "allowed", "allowed", "allowed", "denied"],
  ...WORKSPACE_MATRIX_ROWS,
  ...TRACKER_MATRIX_ROWS,
  ...FORECAST_MATRIX_ROWS,
  ...READER_MATRIX_ROWS,
  ...NOTIFICATION_MATRIX_ROWS,
  ...VERDICT_MATRIX_ROWS,
  ...PROVENANCE_MATRIX_ROWS,
  ...DISCUSSION_MATRIX_ROWS,
};

const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];
const observed = new Map<string, string>();

it("has exactly one row per command exported by lib/server/commands.ts", () => {
  expect(COMMAND_NAMES.length).toBeGreaterThan(0);
  expect(Object.keys(MATRIX).sort()).toEqual([...COMMAND_NAMES].sort());
});

describe.each(COMMAND_NAMES)("%s", (name) => {
  it.each(ACTOR_KINDS.map((kind, column) => ({ kind, column })))("as $kind", async ({ kind, column }) => {
    const row = MATRIX[name];
    if (!row) throw new Error(`${name} has no row in the authorization matrix: add one before shipping the command.`);
    const prepare = VALID_CALLS[name];
    if (!prepare) throw new Error(`${name} has no valid call in tests/support/command-scenarios.ts.`);
    const expected = row[column]!;

    const actor = await makeActor(kind, { password: NEEDS_PASSWORD.has(name) });
    const input = await prepare(actor);
    const before = await snapshotDatabase();
    const call = runCommand(name, actor, input);

    if (expected === "denied") {
      const code = kind === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
      const error = await expectAppError(call, code);
      expect(error.status).toBe(kind === "anonymous" ? 401 : 403);
      await expectDatabaseUnchanged(before);
      observed.set(`${name}/${kind}`, `denied ${error.status}`);
    } else {
      await expect(call).resolves.toBeDefined();
      await INTENDED_EFFECTS[name]({ input, actor: actor! });
      const after = await snapshotDatabase();
      // Every allowed mutation is audited, attributed to the acting user.
      const newEvents = after.audit_events!.filter((row) => !before.audit_events!.includes(row)).map((row) => JSON.parse(row));
      expect(newEvents.length).toBeGreaterThan(0);
      expect(newEvents.map((event) => event.actorId)).toContain(actor!.id);
      observed.set(`${name}/${kind}`, "allowed");
    }
  });
});

afterAll(() => {
  const header = `| command | ${ACTOR_KINDS.join(" | ")} |`;
  const rule = `|---|${ACTOR_KINDS.map(() => "---").join("|")}|`;
  const lines = COMMAND_NAMES.map(
    (name) => `| ${name} | ${ACTOR_KINDS.map((kind: ActorKind) => observed.get(`${name}/${kind}`) ?? "NOT RUN").join(" | ")} |`,
  );
  console.log(["Authorization matrix (observed):", header, rule, ...lines].join("\n"));
});
