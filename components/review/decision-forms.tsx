"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, textareaClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, submittedValue, type FormState } from "@/lib/actions/form-state";
import { bannerState } from "./form-banner-state";
import styles from "./review.module.css";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type DecisionProps = { proposalId: string; claimId: string; tracker?: string; action: Action };

// The queue's filter and the claim travel along only to build the confirmation link after the redirect.
function Hidden({ proposalId, claimId, tracker }: Omit<DecisionProps, "action">) {
  return (
    <>
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="claimId" value={claimId} />
      {tracker ? <input type="hidden" name="tracker" value={tracker} /> : null}
    </>
  );
}

export function ApproveForm({ action, ...props }: DecisionProps) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const id = `approve-note-${props.proposalId}`;
  return (
    <form action={formAction} className={`${formStyles.form} ${styles.decision}`} noValidate>
      <FormBanner state={bannerState(state, ["note"])} />
      <Hidden {...props} />
      <Field id={id} label="Approval note (optional)" error={fieldError(state, "note")}>
        {(aria) => <textarea {...aria} name="note" rows={2} className={`${textareaClass} ${styles.note}`} defaultValue={submittedValue(state, "note")} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Approving…">Approve</SubmitButton>
      </div>
    </form>
  );
}

export function RejectForm({ action, ...props }: DecisionProps) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const id = `reject-note-${props.proposalId}`;
  return (
    <form action={formAction} className={`${formStyles.form} ${styles.decision}`} noValidate>
      <FormBanner state={bannerState(state, ["note"])} />
      <Hidden {...props} />
      <Field id={id} label="Reason for rejecting (required)" hint="The proposer sees this note." error={fieldError(state, "note")}>
        {(aria) => <textarea {...aria} name="note" rows={2} required className={`${textareaClass} ${styles.note}`} defaultValue={submittedValue(state, "note")} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Rejecting…" className={`button ${styles.rejectButton}`}>
          Reject
        </SubmitButton>
      </div>
    </form>
  );
}
