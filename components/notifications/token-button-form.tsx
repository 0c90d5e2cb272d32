"use client";

import { useActionState } from "react";
import { FormBanner, SubmitButton, formStyles } from "@/components/forms";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields: the link's token and its scope. */
  fields: Record<string, string>;
  label: string;
};

/** One button behind a mailed link: opening the link changes nothing, pressing this does. */
export function TokenButtonForm({ action, fields, label }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={formStyles.form}>
      <FormBanner state={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === "success" ? null : (
        <div className={formStyles.actions}>
          <SubmitButton pendingLabel="One moment…">{label}</SubmitButton>
        </div>
      )}
    </form>
  );
}
