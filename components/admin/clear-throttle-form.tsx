"use client";

import { useActionState } from "react";
import { FormBanner, SubmitButton } from "@/components/forms";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function ClearThrottleForm({ scope, accountKey, ip, action }: { scope: string; accountKey: string; ip: string; action: Action }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction}>
      <FormBanner state={state} />
      <input type="hidden" name="scope" value={scope} />
      <input type="hidden" name="accountKey" value={accountKey} />
      <input type="hidden" name="ip" value={ip} />
      <SubmitButton className="button" pendingLabel="Clearing…">
        Clear
      </SubmitButton>
    </form>
  );
}
