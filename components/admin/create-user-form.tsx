"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, submittedValue, type FormState } from "@/lib/actions/form-state";
import { RoleCheckboxes } from "./role-checkboxes";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; minPasswordLength: number };

export function CreateUserForm({ action, minPasswordLength }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const roles = state.values?.roles;
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} />
      <Field id="name" label="Name" error={fieldError(state, "name")}>
        {(aria) => <input {...aria} name="name" required className={inputClass} defaultValue={submittedValue(state, "name")} />}
      </Field>
      <Field id="email" label="Email" error={fieldError(state, "email")}>
        {(aria) => <input {...aria} name="email" type="email" required className={inputClass} defaultValue={submittedValue(state, "email")} />}
      </Field>
      <RoleCheckboxes selected={Array.isArray(roles) ? roles : roles ? [roles] : ["analyst"]} error={fieldError(state, "roles")} />
      <Field
        id="password"
        label="Initial password"
        hint={`At least ${minPasswordLength} characters. Give it to the person privately; they can change it under Workspace → Change your password.`}
        error={fieldError(state, "password")}
      >
        {(aria) => <input {...aria} name="password" type="password" autoComplete="new-password" required className={inputClass} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Creating…">Create user</SubmitButton>
      </div>
    </form>
  );
}
