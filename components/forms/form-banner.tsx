import type { FormState } from "@/lib/actions/form-state";
import styles from "./forms.module.css";

type Props = {
  state: FormState;
  successMessage?: string;
  /**
   * Labels of the form's fields by input name. When every rejected field is one of them,
   * the banner names them in words instead of the API-style message ("claimedAt: …").
   */
  fieldLabels?: Record<string, string>;
};

/** The form-level outcome, announced to screen readers when it changes. */
export function FormBanner({ state, successMessage, fieldLabels }: Props) {
  if (state.status === "error") {
    return (
      <div role="alert" className={`${styles.banner} ${styles.bannerError}`}>
        {fieldSummary(state, fieldLabels) ?? state.message ?? "Please correct the fields marked below."}
      </div>
    );
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

function fieldSummary(state: FormState, labels: Record<string, string> | undefined): string | null {
  const fields = Object.keys(state.fieldErrors ?? {});
  if (!labels || fields.length === 0 || !fields.every((field) => field in labels)) return null;
  const names = fields.map((field) => labels[field]);
  return fields.length === 1
    ? `Nothing was saved: check ${names[0]}, marked below.`
    : `Nothing was saved: check these ${fields.length} fields, marked below: ${names.join(", ")}.`;
}
