// The wrapper every server action goes through (lib/actions/form-action.ts), called the way
// React calls a form action. The session lookup needs a Next.js request, so it is replaced by
// a stand-in that returns the test's actor; everything else (the command, the database, the
// public cache) is real.
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { redirect } from "next/navigation";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { buttonAction, formAction, formDataToInput } from "@/lib/actions/form-action";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { cachedPublicRead, trackerTag } from "@/lib/server/public/cache";
import { createClaim } from "@/lib/server/claims/create-claim";
import { allowConsoleError } from "../support/console-guard";
import { CLAIM_FIELDS, makeTracker, makeUser, uniqueToken } from "../support/builders";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentActor: async () => session.actor }));

beforeEach(() => {
  session.actor = null;
});

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("form data to command input", () => {
  it("turns repeated keys and keys ending in [] into arrays under the plain name, drops React's $ACTION keys and files", () => {
    const input = formDataToInput(
      form([
        ["title", "One title"],
        ["roles[]", "analyst"],
        ["roles[]", "reviewer"],
        ["single[]", "only"],
        ["evidenceIds", "a"],
        ["evidenceIds", "b"],
        ["$ACTION_ID_123", "x"],
        ["upload", new Blob(["bytes"])],
      ]),
    );
    expect(input).toEqual({ title: "One title", roles: ["analyst", "reviewer"], single: ["only"], evidenceIds: ["a", "b"], upload: "" });
  });
});

describe("formAction results", () => {
  it("passes the session's actor and the input to the handler and reports success", async () => {
    const actor = await makeUser({ roles: ["analyst"] });
    session.actor = actor;
    const seen: unknown[] = [];
    const action = formAction(async ({ actor: given, input }) => {
      seen.push(given?.id, input);
    });
    expect(await action(IDLE_FORM_STATE, form([["statement", "x"]]))).toEqual({ status: "success" });
    expect(seen).toEqual([actor.id, { statement: "x" }]);
  });

  it("maps a refused command to an error state with its message and field errors, echoing the input without any secret field", async () => {
    const action = formAction(async ({ actor, input }) => {
      await createClaim(actor, input);
    });
    session.actor = await makeUser({ roles: ["analyst"] });
    const state = await action(
      IDLE_FORM_STATE,
      form([
        ["statement", ""],
        ["claimant", "A claimant"],
        ["password", "hunter2-secret"],
        ["currentPassword", "old-secret"],
        ["newPassword", "new-secret"],
      ]),
    );
    expect(state.status).toBe("error");
    expect(state.message).toMatch(/proofPointId|statement/);
    expect(Object.keys(state.fieldErrors ?? {})).toContain("statement");
    expect(state.values).toEqual({ statement: "", claimant: "A claimant" });
    expect(JSON.stringify(state)).not.toMatch(/secret/);
  });

  it("answers an unexpected error with a generic message that leaks nothing, and logs it", async () => {
    allowConsoleError();
    const action = formAction(async () => {
      throw new Error("connection string postgres://user:pw@db/internal");
    });
    const state = await action(IDLE_FORM_STATE, form([["password", "secret-value"], ["name", "Ada"]]));
    expect(state).toEqual({ status: "error", message: expect.stringMatching(/nothing was saved/), values: { name: "Ada" } });
    expect(JSON.stringify(state)).not.toMatch(/postgres|secret-value/);
  });

  it("lets redirect() through to Next.js", async () => {
    const action = formAction(async () => redirect("/workspace/claims"));
    const error = await action(IDLE_FORM_STATE, form([])).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(isRedirectError(error)).toBe(true);
  });
});

// Commands invalidate what they touched once they commit (lib/server/public-writes.ts);
// the wrapper adds nothing of its own. These cases pin that through the wrapper.
describe("public cache invalidation through the action wrapper", () => {
  /** A cache entry for a fresh tracker; `stillCached()` says whether the next read is served from it. */
  async function warmEntry() {
    const tracker = await makeTracker({ proofPoints: 1 });
    const key = JSON.stringify(["form-action-test", uniqueToken()]);
    let loads = 0;
    const read = () => cachedPublicRead(key, async () => ({ id: tracker.id, load: ++loads }), () => [trackerTag(tracker.id)]);
    await read();
    return {
      tracker,
      async stillCached() {
        const before = loads;
        await read();
        return loads === before;
      },
    };
  }

  it("drops the touched tracker's data after a command commits and the action redirects", async () => {
    const entry = await warmEntry();
    session.actor = await makeUser({ roles: ["analyst"] });
    const action = formAction(async ({ actor, input }) => {
      const claim = await createClaim(actor, input);
      redirect(`/workspace/claims/${claim.id}`);
    });
    const fields = { ...CLAIM_FIELDS, proofPointId: entry.tracker.proofPoints[0]!.id };
    await action(IDLE_FORM_STATE, form(Object.entries(fields))).catch((error: unknown) => {
      if (!isRedirectError(error)) throw error;
    });
    expect(await entry.stillCached()).toBe(false);
  });

  it("keeps public data when the action writes nothing, for form and button actions alike", async () => {
    const entry = await warmEntry();
    await formAction(async () => undefined)(IDLE_FORM_STATE, form([]));
    await buttonAction(async () => undefined)(form([]));
    expect(await entry.stillCached()).toBe(true);
  });

  it("keeps public data when the command refuses", async () => {
    const entry = await warmEntry();
    const state = await formAction(async () => {
      throw new AppError("FORBIDDEN", "Not yours.");
    })(IDLE_FORM_STATE, form([]));
    expect(state.status).toBe("error");
    expect(await entry.stillCached()).toBe(true);
  });
});
