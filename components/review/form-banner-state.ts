import type { FormState } from "@/lib/actions/form-state";

/**
 * Field errors already show beside their fields; the banner then says so in words rather
 * than repeating the command's "field: message" summary, which is written for the API.
 */
export function bannerState(state: FormState): FormState {
  const hasFieldErrors = Object.keys(state.fieldErrors ?? {}).length > 0;
  return state.status === "error" && hasFieldErrors ? { ...state, message: "Please correct the fields marked below; nothing was saved." } : state;
}
