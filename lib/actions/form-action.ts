import "server-only";
// The one wrapper every server action goes through (no raw server actions): it
// resolves the session to an actor, turns form data into plain input for the
// command layer and maps errors to form state. Treat every action as a public POST.
import { unstable_rethrow } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";
import { invalidatePublicData } from "@/lib/server/public/cache";
import type { FormState } from "./form-state";

export type FormInput = Record<string, string | string[]>;

type Handler = (context: { actor: Actor | null; input: FormInput; formData: FormData }) => Promise<FormState | void>;

type ActionOptions = {
  /**
   * Default true: after the action, drop the public data cache (all trackers), so a
   * reader's next request shows the change. Every write reaches the database through an
   * action, so this one place keeps the cache honest; writes are rare, reads are many.
   * Only actions that cannot change public data (sign-in, password) opt out.
   */
  changesPublicData?: boolean;
};

/**
 * Runs the handler, then invalidates unless it failed with an AppError. A refusal changes
 * nothing a reader sees: most refusals write nothing at all, and the one that does commit
 * (a stale approval marks its proposal superseded) writes only workspace data.
 */
async function runWriting<T>(handler: () => Promise<T>, options: ActionOptions): Promise<T> {
  let refused = false;
  try {
    return await handler();
  } catch (error) {
    refused = isAppError(error);
    throw error;
  } finally {
    // Also after redirect(), which throws once the command has committed.
    if (!refused && options.changesPublicData !== false) await invalidatePublicData();
  }
}

// Never echo secrets back into the page.
const SECRET_FIELDS = /password/i;

export function formDataToInput(formData: FormData): FormInput {
  const input: FormInput = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((value): value is string => typeof value === "string");
    input[key] = key.endsWith("[]") || values.length > 1 ? values : (values[0] ?? "");
  }
  // "roles[]" and friends arrive as arrays under their plain name.
  for (const key of Object.keys(input)) {
    if (key.endsWith("[]")) {
      input[key.slice(0, -2)] = input[key]!;
      delete input[key];
    }
  }
  return input;
}

function echo(input: FormInput): FormInput {
  return Object.fromEntries(Object.entries(input).filter(([key]) => !SECRET_FIELDS.test(key)));
}

export function formAction(handler: Handler, options: ActionOptions = {}) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const input = formDataToInput(formData);
    try {
      const actor = await getCurrentActor();
      return (await runWriting(() => handler({ actor, input, formData }), options)) ?? { status: "success" };
    } catch (error) {
      // redirect() and notFound() work by throwing; let them through.
      unstable_rethrow(error);
      if (isAppError(error)) {
        return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values: echo(input), details: error.details };
      }
      console.error("Unexpected error in a server action", error);
      return { status: "error", message: "Something went wrong on our side and nothing was saved. Please try again.", values: echo(input) };
    }
  };
}

/**
 * For buttons whose only outcome is a redirect (sign out, approve from a list): the same
 * session resolution, no form state. Errors reach the route's error boundary.
 */
export function buttonAction(handler: Handler, options: ActionOptions = {}) {
  return async (formData: FormData): Promise<void> => {
    const actor = await getCurrentActor();
    await runWriting(() => handler({ actor, input: formDataToInput(formData), formData }), options);
  };
}
