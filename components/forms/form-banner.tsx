"use client";

import type { FormState } from "@/lib/actions/form-state";
import { ErrorSummary } from "./error-summary";
import { summaryItems } from "./summary-items";
import styles from "./forms.module.css";

type Props = {
  state: FormState;
  successMessage?: string;
  /**
   * Labels of the form's fields by input name, as the form shows them. The summary names
   * each refused field by its label, never by its input name.
   */
  fieldLabels?: Record<string, string>;
  /** Prefix of the fields' ids, when one page holds several forms with the same field names. */
  idPrefix?: string;
  /** A field's control id when it is not the prefix plus its name. */
  fieldIds?: Record<string, string>;
  /** Replaces the summary's opening line (e.g. to explain an edit conflict). */
  errorMessage?: string;
};

/** The form-level outcome: the error summary on a refusal, a status line on success. */
export function FormBanner({ state, successMessage, fieldLabels = {}, idPrefix = "", fieldIds, errorMessage }: Props) {
  if (state.status === "error") {
    const items = summaryItems(state, fieldLabels, fieldIds, idPrefix);
    // The command's message is written for the API ("field: …"); with field errors the
    // summary says the same per field, in the form's own words.
    const message = errorMessage ?? (items.length > 0 ? "Nothing was saved. Correct these and submit again:" : (state.message ?? "Nothing was saved."));
    return <ErrorSummary items={items} message={message} focusKey={state} />;
  }
  if (state.status === "success" && (state.message ?? successMessage)) {
    return (
      <div role="status" className={`${styles.banner} ${styles.bannerSuccess}`}>
        {state.message ?? successMessage}
      </div>
    );
  }
  return null;
}
