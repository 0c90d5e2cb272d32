"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, submittedValue, type FormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  returnTo: string;
};

export function SignInForm({ action, returnTo }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} />
      <input type="hidden" name="next" value={returnTo} />
      <Field id="email" label="Email" error={fieldError(state, "email")}>
        {(aria) => (
          <input {...aria} name="email" type="email" autoComplete="username" required className={inputClass} defaultValue={submittedValue(state, "email")} />
        )}
      </Field>
      <Field id="password" label="Password" error={fieldError(state, "password")}>
        {(aria) => <input {...aria} name="password" type="password" autoComplete="current-password" required className={inputClass} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
      </div>
    </form>
  );
}
