import type { FormState } from "@/lib/actions/form-state";
import { humanFieldName } from "./human-field-name";

export type SummaryItem = { field: string; targetId: string; text: string };

/**
 * One line per refused field, in the form's words: its label, then the schema's message
 * ("Title must be at least 3 characters"), linking to the control's id. The command's own
 * message ("title: …") is written for the API and never shown when field errors exist.
 */
export function summaryItems(state: FormState, labels: Record<string, string>, fieldIds: Record<string, string> = {}, idPrefix = ""): SummaryItem[] {
  return Object.entries(state.fieldErrors ?? {}).map(([field, messages]) => ({
    field,
    targetId: fieldIds[field] ?? `${idPrefix}${field}`,
    text: `${labels[field] ?? humanFieldName(field)} ${messages[0] ?? "is not valid"}`,
  }));
}
