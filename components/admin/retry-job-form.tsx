"use client";

import { useActionState } from "react";
import { FormBanner, SubmitButton, formStyles } from "@/components/forms";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function RetryJobForm({ queue, jobId, action }: { queue: string; jobId: string; action: Action }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={formStyles.form}>
      <FormBanner state={state} />
      <input type="hidden" name="queue" value={queue} />
      <input type="hidden" name="jobId" value={jobId} />
      {state.status === "success" ? null : (
        <div className={formStyles.actions}>
          <SubmitButton>Retry this job</SubmitButton>
        </div>
      )}
    </form>
  );
}
