import "server-only";
// The one wrapper every server action goes through (no raw server actions): it
// resolves the session to an actor, turns form data into plain input for the
// command layer and maps errors to form state. Treat every action as a public POST.
// Public caches are invalidated by the commands themselves (lib/server/public-writes.ts).
import { unstable_rethrow } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";
import type { FormState } from "./form-state";

export type FormInput = Record<string, string | string[]>;

type Handler = (context: { actor: Actor | null; input: FormInput; formData: FormData }) => Promise<FormState | void>;

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

export function formAction(handler: Handler) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const input = formDataToInput(formData);
    try {
      const actor = await getCurrentActor();
      return (await handler({ actor, input, formData })) ?? { status: "success" };
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
export function buttonAction(handler: Handler) {
  return async (formData: FormData): Promise<void> => {
    const actor = await getCurrentActor();
    await handler({ actor, input: formDataToInput(formData), formData });
  };
}
