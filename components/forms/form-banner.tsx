import type { FormState } from "@/lib/actions/form-state";
import styles from "./forms.module.css";

/** The form-level outcome, announced to screen readers when it changes. */
export function FormBanner({ state, successMessage }: { state: FormState; successMessage?: string }) {
  if (state.status === "error") {
    return (
      <div role="alert" className={`${styles.banner} ${styles.bannerError}`}>
        {state.message ?? "Please correct the fields marked below."}
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
