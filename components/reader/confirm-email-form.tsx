"use client";
// One button, so a mail scanner that follows the link (a GET) confirms nothing.
import { useActionState } from "react";
import { FormBanner, SubmitButton, formStyles } from "@/components/forms";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = { token: string; action: (state: FormState, formData: FormData) => Promise<FormState> };

export function ConfirmEmailForm({ token, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  if (state.status === "success") return <FormBanner state={state} />;
  return (
    <form action={formAction} className={formStyles.form}>
      <FormBanner state={state} fieldLabels={{ token: "Confirmation link" }} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Confirming…">Confirm my address</SubmitButton>
    </form>
  );
}
