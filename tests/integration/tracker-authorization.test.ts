// The tracker editor is admin-only ("tracker:manage"): every other caller is refused and
// every row stays as it was (checked table by table). The shared authorization matrix gets the same
// rows from tests/support/tracker-scenarios.ts; this file also tries a user holding both
// other roles at once, and a deactivated admin.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { TRACKER_COMMANDS } from "@/lib/server/trackers/commands";
import { makeUser } from "../support/builders";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { TRACKER_VALID_CALLS, type TrackerCommandName } from "../support/tracker-scenarios";

const REFUSED: [kind: string, make: () => Promise<Actor | null>, code: "UNAUTHENTICATED" | "FORBIDDEN"][] = [
  ["anonymous reader", async () => null, "UNAUTHENTICATED"],
  ["analyst and reviewer", () => makeUser({ roles: ["analyst", "reviewer"] }), "FORBIDDEN"],
  ["deactivated admin", () => makeUser({ roles: ["admin"], deactivated: true }), "FORBIDDEN"],
];

const run = (name: TrackerCommandName, actor: Actor | null, input: unknown) =>
  (TRACKER_COMMANDS[name] as (actor: Actor | null, input: unknown) => Promise<unknown>)(actor, input);

describe.each(Object.keys(TRACKER_COMMANDS) as TrackerCommandName[])("%s", (name) => {
  it.each(REFUSED)("refuses a %s and changes no row", async (_kind, make, code) => {
    const actor = await make();
    const input = await TRACKER_VALID_CALLS[name](actor);
    const before = await snapshotDatabase();
    const error = await expectAppError(run(name, actor, input), code);
    expect(error.message).toMatch(code === "UNAUTHENTICATED" ? /^Sign in/ : /deactivated|tracker:manage/);
    await expectDatabaseUnchanged(before);
  });

  it("lets an admin run it, and audits it under the admin's id", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    const input = await TRACKER_VALID_CALLS[name](admin);
    const before = await snapshotDatabase();
    await expect(run(name, admin, input)).resolves.toBeDefined();
    const after = await snapshotDatabase();
    const events = after.audit_events!.filter((row) => !before.audit_events!.includes(row)).map((row) => JSON.parse(row) as { actorId: string });
    expect(events.map((event) => event.actorId)).toContain(admin.id);
  });
});
