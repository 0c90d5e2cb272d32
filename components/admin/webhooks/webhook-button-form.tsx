"use client";

import { useActionState, type ReactNode } from "react";
import { FormBanner, SubmitButton, formStyles } from "@/components/forms";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { SecretReveal } from "./secret-reveal";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  /** Extra controls before the button (the rotation's overlap). */
  children?: ReactNode;
  className?: string;
};

/** One admin action on an endpoint or a delivery, with its outcome (and a new secret, once). */
export function WebhookButtonForm({ action, fields, label, children, className }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const secret = typeof state.details?.secret === "string" ? state.details.secret : null;
  const revealId = `secret-${Object.values(fields).join("-")}`;
  return (
    <form action={formAction} className={formStyles.form}>
      <FormBanner state={state} />
      {secret ? <SecretReveal secret={secret} id={revealId} /> : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div className={formStyles.actions}>
        <SubmitButton className={className}>{label}</SubmitButton>
      </div>
    </form>
  );
}
