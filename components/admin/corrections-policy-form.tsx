"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, textareaClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { shownValue } from "@/components/workspace/form-values";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function CorrectionsPolicyForm({ current, action }: { current: string; action: Action }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} fieldLabels={{ text: "Policy" }} />
      <Field id="corrections-policy-text" label="Policy" hint="Shown at the top of every corrections page. 20 to 5,000 characters." error={fieldError(state, "text")}>
        {(aria) => <textarea {...aria} name="text" rows={8} className={textareaClass} defaultValue={shownValue(state, "text", current)} required />}
      </Field>
      <SubmitButton pendingLabel="Saving…">Save the policy</SubmitButton>
    </form>
  );
}
