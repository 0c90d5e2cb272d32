// What a server action returns to its form (read by useActionState in the client).
// On error it carries the submitted values back, so nothing typed is lost.
import type { FieldErrors } from "@/lib/errors/app-error";

export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string | string[]>;
  /** Extra data from the error, e.g. the id of an existing duplicate item. */
  details?: Record<string, unknown>;
};

export const IDLE_FORM_STATE: FormState = { status: "idle" };

export function fieldError(state: FormState, field: string): string | undefined {
  return state.fieldErrors?.[field]?.[0];
}

export function submittedValue(state: FormState, field: string): string | undefined {
  const value = state.values?.[field];
  return Array.isArray(value) ? value[0] : value;
}
