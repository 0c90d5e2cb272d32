"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, textareaClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { shownValue } from "./form-values";
import styles from "./workspace.module.css";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; evidenceId: string };

/** Removal is a soft delete, but it changes the public page and the balance, so it asks for a reason and a tick. */
export function RemoveEvidenceForm({ action, evidenceId }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} fieldLabels={{ reason: "Why remove it?" }} />
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <Field id="reason" label="Why remove it? (optional, kept in the audit trail)" error={fieldError(state, "reason")}>
        {(aria) => <textarea {...aria} name="reason" rows={2} className={textareaClass} defaultValue={shownValue(state, "reason")} />}
      </Field>
      <label className={formStyles.checkbox}>
        <input type="checkbox" name="confirm" value="yes" required />
        <span>Yes, take this item off the public page and out of the evidence balance.</span>
      </label>
      {fieldError(state, "confirm") ? <p className={formStyles.error}>{fieldError(state, "confirm")}</p> : null}
      <div className={formStyles.actions}>
        <SubmitButton className={`button ${styles.dangerButton}`} pendingLabel="Removing…">
          Remove evidence
        </SubmitButton>
      </div>
    </form>
  );
}
