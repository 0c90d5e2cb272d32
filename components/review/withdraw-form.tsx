"use client";

import { useActionState } from "react";
import { FormBanner, SubmitButton, formStyles } from "@/components/forms";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import styles from "./review.module.css";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Takes back a pending proposal; the error (e.g. it was decided meanwhile) shows beside the button. */
export function WithdrawForm({ proposalId, action }: { proposalId: string; action: Action }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={formStyles.form}>
      <FormBanner state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Withdrawing…" className={`button ${styles.secondaryButton}`}>
          Withdraw
        </SubmitButton>
      </div>
    </form>
  );
}
