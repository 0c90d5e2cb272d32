"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, textareaClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, submittedValue, type FormState } from "@/lib/actions/form-state";
import styles from "./review.module.css";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function GradeDecisionForms({ proposalId, approveAction, rejectAction }: { proposalId: string; approveAction: Action; rejectAction: Action }) {
  const [approved, approve] = useActionState(approveAction, IDLE_FORM_STATE);
  const [rejected, reject] = useActionState(rejectAction, IDLE_FORM_STATE);
  return (
    <div className={styles.decisions}>
      <form action={approve} className={`${formStyles.form} ${styles.decision}`} noValidate>
        <FormBanner state={approved} />
        <input type="hidden" name="proposalId" value={proposalId} />
        <div className={formStyles.actions}>
          <SubmitButton pendingLabel="Approving…">Approve grade</SubmitButton>
        </div>
      </form>
      <form action={reject} className={`${formStyles.form} ${styles.decision}`} noValidate>
        <FormBanner state={rejected} />
        <input type="hidden" name="proposalId" value={proposalId} />
        <Field id={`grade-reject-${proposalId}`} label="Reason for rejecting (required)" error={fieldError(rejected, "note")}>
          {(aria) => <textarea {...aria} name="note" rows={2} required className={textareaClass} defaultValue={submittedValue(rejected, "note")} />}
        </Field>
        <div className={formStyles.actions}>
          <SubmitButton pendingLabel="Rejecting…" className={`button ${styles.rejectButton}`}>
            Reject grade
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
