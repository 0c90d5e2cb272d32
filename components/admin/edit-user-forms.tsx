"use client";

import { useActionState } from "react";
import { FormBanner, SubmitButton, formStyles } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { RoleCheckboxes } from "./role-checkboxes";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function UserRolesForm({ userId, roles, action }: { userId: string; roles: string[]; action: Action }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const submitted = state.values?.roles;
  const selected = state.status === "error" ? (Array.isArray(submitted) ? submitted : submitted ? [submitted] : []) : roles;
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} />
      <input type="hidden" name="userId" value={userId} />
      <RoleCheckboxes selected={selected} error={fieldError(state, "roles")} />
      <div className={formStyles.actions}>
        <SubmitButton>Save roles</SubmitButton>
      </div>
    </form>
  );
}

export function UserActiveForm({ userId, active, action }: { userId: string; active: boolean; action: Action }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={formStyles.form}>
      <FormBanner state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="intent" value={active ? "deactivate" : "reactivate"} />
      <p className={formStyles.hint}>
        {active
          ? "A deactivated user cannot sign in and is signed out everywhere at once. Everything they did stays attributed to them."
          : "Reactivating lets this user sign in again with their existing password."}
      </p>
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Saving…">{active ? "Deactivate account" : "Reactivate account"}</SubmitButton>
      </div>
    </form>
  );
}
