import type { FormState } from "@/lib/actions/form-state";

/**
 * When every field error shows beside a field of this form, the banner says so in words
 * rather than repeating the command's "field: message" summary, which is written for the
 * API. An error about a field the form does not show (e.g. approving a proposal whose
 * cited evidence was since withdrawn) keeps the command's message, the only place it shows.
 */
export function bannerState(state: FormState, shownFields: readonly string[]): FormState {
  const fields = Object.keys(state.fieldErrors ?? {});
  const allShown = fields.length > 0 && fields.every((field) => shownFields.includes(field));
  return state.status === "error" && allShown ? { ...state, message: "Please correct the fields marked below; nothing was saved." } : state;
}
