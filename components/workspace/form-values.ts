import { submittedValue, type FormState } from "@/lib/actions/form-state";

/**
 * What a field shows: after a rejected submission, exactly what was typed (even an
 * emptied field); otherwise the saved value.
 */
export function shownValue(state: FormState, field: string, saved: string | null | undefined = ""): string {
  if (state.status === "error") return submittedValue(state, field) ?? "";
  return saved ?? "";
}
