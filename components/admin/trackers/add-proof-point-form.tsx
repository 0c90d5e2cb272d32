"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, submittedValue, type FormState } from "@/lib/actions/form-state";
import { PROOF_POINT_KEY_MAX_LENGTH, SLUG_RULES_TEXT } from "@/lib/domain/slug";
import { CriteriaFields } from "./criteria-fields";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** A new proof point comes with its first resolution criteria. */
export function AddProofPointForm({ action, trackerId }: { action: Action; trackerId: string }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const value = (field: string) => submittedValue(state, field);
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} />
      <input type="hidden" name="trackerId" value={trackerId} />
      <Field id="title" label="Title" hint="E.g. “Throughput”." error={fieldError(state, "title")}>
        {(aria) => <input {...aria} name="title" required className={inputClass} defaultValue={value("title")} />}
      </Field>
      <Field
        id="key"
        label="Key"
        hint={`Names the box in public links (/trackers/…/points/<key>) and cannot change later. Use ${SLUG_RULES_TEXT}; 2–${PROOF_POINT_KEY_MAX_LENGTH} characters.`}
        error={fieldError(state, "key")}
      >
        {(aria) => <input {...aria} name="key" required className={inputClass} defaultValue={value("key")} autoCapitalize="none" spellCheck={false} />}
      </Field>
      <Field id="question" label="Question" hint="E.g. “Can it run at rates that make commercial fabs viable?”" error={fieldError(state, "question")}>
        {(aria) => <input {...aria} name="question" required className={inputClass} defaultValue={value("question")} />}
      </Field>
      <h2>Resolution criteria</h2>
      <CriteriaFields state={state} />
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Adding…">Add proof point</SubmitButton>
      </div>
    </form>
  );
}
