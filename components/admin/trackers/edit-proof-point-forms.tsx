"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass, textareaClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, submittedValue, type FormState } from "@/lib/actions/form-state";
import { CriteriaFields, type CriteriaDefaults } from "./criteria-fields";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function ProofPointTextForm({ action, proofPoint }: { action: Action; proofPoint: { id: string; title: string; question: string } }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const value = (field: "title" | "question") => (state.status === "error" ? submittedValue(state, field) : proofPoint[field]);
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} />
      <input type="hidden" name="proofPointId" value={proofPoint.id} />
      <Field id="title" label="Title" error={fieldError(state, "title")}>
        {(aria) => <input {...aria} name="title" required className={inputClass} defaultValue={value("title")} />}
      </Field>
      <Field id="question" label="Question" error={fieldError(state, "question")}>
        {(aria) => <input {...aria} name="question" required className={inputClass} defaultValue={value("question")} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton>Save title and question</SubmitButton>
      </div>
    </form>
  );
}

/** Saving always adds a version; the current one fills the form, so an edit starts from it. */
export function CriteriaForm({ action, proofPointId, current, nextVersion }: { action: Action; proofPointId: string; current: CriteriaDefaults; nextVersion: number }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} />
      <input type="hidden" name="proofPointId" value={proofPointId} />
      <CriteriaFields state={state} defaults={current} />
      <Field
        id="note"
        label="Why this change? (optional, public)"
        hint="Shown with the version in the public history, e.g. “Added an explicit throughput threshold.”"
        error={fieldError(state, "note")}
      >
        {(aria) => <textarea {...aria} name="note" className={textareaClass} defaultValue={state.status === "error" ? submittedValue(state, "note") : ""} />}
      </Field>
      <p className={formStyles.hint}>
        Saving adds version {nextVersion}. Readers see it on the proof point&rsquo;s page, compared with earlier versions,
        and under &ldquo;Changes to this checklist&rdquo;. It changes no claim&rsquo;s status and not the box&rsquo;s
        state: reviewers re-judge claims through proposals.
      </p>
      <div className={formStyles.actions}>
        <SubmitButton>Save as version {nextVersion}</SubmitButton>
      </div>
    </form>
  );
}
