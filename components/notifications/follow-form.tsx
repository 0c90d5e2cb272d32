"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass, selectClass } from "@/components/forms";
import { CADENCE_LABELS, FOLLOW_CADENCES } from "@/lib/domain/notifications/preferences";
import { fieldError, IDLE_FORM_STATE, submittedValue, type FormState } from "@/lib/actions/form-state";

type Props = {
  target: { trackerId: string } | { claimId: string };
  /** "this claim" or "this tracker", as the hint reads. */
  what: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

const LABELS = { email: "Email", cadence: "How often" };

/** A reader follows a tracker or a claim by mail; a confirmation link must be opened first. */
export function FollowForm({ target, what, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const prefix = "trackerId" in target ? "follow-tracker" : "follow-claim";
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} fieldLabels={LABELS} idPrefix={`${prefix}-`} />
      {"trackerId" in target ? <input type="hidden" name="trackerId" value={target.trackerId} /> : <input type="hidden" name="claimId" value={target.claimId} />}
      <Field id={`${prefix}-email`} label="Email" hint={`Mail about ${what}, never shown to anyone. Every mail has a one-click unsubscribe link.`} error={fieldError(state, "email")}>
        {(aria) => <input {...aria} name="email" type="email" autoComplete="email" required className={inputClass} defaultValue={submittedValue(state, "email")} />}
      </Field>
      <Field id={`${prefix}-cadence`} label="How often" error={fieldError(state, "cadence")}>
        {(aria) => (
          <select {...aria} name="cadence" className={selectClass} defaultValue={submittedValue(state, "cadence") ?? "daily"}>
            {FOLLOW_CADENCES.map((cadence) => (
              <option key={cadence} value={cadence}>
                {CADENCE_LABELS[cadence]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Sending…">Follow by email</SubmitButton>
      </div>
    </form>
  );
}
