// Who may run the analyst workspace commands (until the shared authorization matrix
// includes them through WORKSPACE_VALID_CALLS): each refused call changes no row.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { COMMANDS } from "@/lib/server/commands";
import { makeUser } from "../support/builders";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { WORKSPACE_VALID_CALLS } from "../support/workspace-scenarios";

const ACTORS = {
  anonymous: async () => null,
  analyst: () => makeUser({ roles: ["analyst"] }),
  reviewer: () => makeUser({ roles: ["reviewer"] }),
  admin: () => makeUser({ roles: ["admin"] }),
  deactivated: () => makeUser({ roles: ["analyst", "reviewer", "admin"], deactivated: true }),
} satisfies Record<string, () => Promise<Actor | null>>;

const EXPECTED = { anonymous: "UNAUTHENTICATED", analyst: "allowed", reviewer: "allowed", admin: "FORBIDDEN", deactivated: "FORBIDDEN" } as const;

const cells = Object.keys(WORKSPACE_VALID_CALLS).flatMap((command) =>
  (Object.keys(ACTORS) as (keyof typeof ACTORS)[]).map((kind) => ({ command: command as keyof typeof WORKSPACE_VALID_CALLS, kind })),
);

describe("workspace command permissions", () => {
  it.each(cells)("$command by $kind", async ({ command, kind }) => {
    const actor = await ACTORS[kind]();
    const input = await WORKSPACE_VALID_CALLS[command]();
    const run = COMMANDS[command] as (actor: Actor | null, input: unknown) => Promise<unknown>;
    const expected = EXPECTED[kind];
    if (expected === "allowed") {
      await expect(run(actor, input)).resolves.toBeTruthy();
      return;
    }
    const before = await snapshotDatabase();
    await expectAppError(run(actor, input), expected);
    await expectDatabaseUnchanged(before);
  });
});
