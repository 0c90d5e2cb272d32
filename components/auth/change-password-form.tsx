"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; minLength: number };

export function ChangePasswordForm({ action, minLength }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    // key: a successful change clears the fields; an error keeps the page as it was.
    <form action={formAction} className={formStyles.form} noValidate key={state.status === "success" ? state.message : "form"}>
      <FormBanner state={state} />
      <Field id="currentPassword" label="Current password" error={fieldError(state, "currentPassword")}>
        {(aria) => <input {...aria} name="currentPassword" type="password" autoComplete="current-password" required className={inputClass} />}
      </Field>
      <Field id="newPassword" label="New password" hint={`At least ${minLength} characters.`} error={fieldError(state, "newPassword")}>
        {(aria) => <input {...aria} name="newPassword" type="password" autoComplete="new-password" minLength={minLength} required className={inputClass} />}
      </Field>
      <Field id="confirmPassword" label="Repeat the new password" error={fieldError(state, "confirmPassword")}>
        {(aria) => <input {...aria} name="confirmPassword" type="password" autoComplete="new-password" required className={inputClass} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
      </div>
    </form>
  );
}
