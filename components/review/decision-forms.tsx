"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, textareaClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, submittedValue, type FormState } from "@/lib/actions/form-state";
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

// Approval can also fail on what the proposal cites (withdrawn since): named in words.
const APPROVE_LABELS = { note: "Approval note", meetsCriteria: "Whether the claim meets the criteria", evidenceIds: "The cited evidence:" };

type Criteria = { version: number; tickWhen: string } | null;

export function ApproveForm({ action, criteria = null, ...props }: DecisionProps & { criteria?: Criteria }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const id = `approve-note-${props.proposalId}`;
  const judged = submittedValue(state, "meetsCriteria");
  return (
    <form action={formAction} className={`${formStyles.form} ${styles.decision}`} noValidate>
      <FormBanner state={state} fieldLabels={APPROVE_LABELS} fieldIds={{ note: id, meetsCriteria: `${id}-meets` }} />
      <Hidden {...props} />
      {criteria ? (
        <fieldset id={`${id}-meets`} aria-describedby={`${id}-criteria`}>
          <legend>Does the claim meet the criteria as written (version {criteria.version})?</legend>
          <p id={`${id}-criteria`} className={formStyles.hint}>
            Ticks when: {criteria.tickWhen} Only a claim that meets them ticks the box; otherwise it shows as supported but
            short of the criteria.
          </p>
          <label>
            <input type="radio" name="meetsCriteria" value="yes" defaultChecked={judged === "yes"} /> Yes, it meets them
          </label>{" "}
          <label>
            <input type="radio" name="meetsCriteria" value="no" defaultChecked={judged === "no"} /> No
          </label>
          {fieldError(state, "meetsCriteria") ? <p className={formStyles.error}>{fieldError(state, "meetsCriteria")}</p> : null}
        </fieldset>
      ) : null}
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
      <FormBanner state={state} fieldLabels={{ note: "Reason for rejecting" }} fieldIds={{ note: id }} />
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
