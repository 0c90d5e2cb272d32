"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass, textareaClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { SOURCE_RELIABILITY_GRADES, SOURCE_RELIABILITY_LABELS, SOURCE_RELIABILITY_DESCRIPTIONS } from "@/lib/domain";
import { ChoiceGroup } from "./choice-group";
import { shownValue } from "./form-values";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const GRADE_CHOICES = SOURCE_RELIABILITY_GRADES.map((grade) => ({
  value: grade,
  label: `${grade} · ${SOURCE_RELIABILITY_LABELS[grade]}`,
  hint: SOURCE_RELIABILITY_DESCRIPTIONS[grade],
}));

/** A new Admiralty grade with its reason; the current grade is preselected, the rationale starts empty. */
export function ProposeGradeForm({ action, sourceId, grade, firstGrade }: { action: Action; sourceId: string; grade: string; firstGrade: boolean }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} fieldLabels={{ reliability: "Reliability grade", rationale: "Rationale" }} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <ChoiceGroup
        name="reliability"
        legend="Reliability grade"
        choices={GRADE_CHOICES}
        selected={shownValue(state, "reliability", grade)}
        error={fieldError(state, "reliability")}
      />
      <Field id="rationale" label="Rationale" hint="Why this grade, in a sentence or two (10–1,000 characters); readers see it in the source's grade history." error={fieldError(state, "rationale")}>
        {(aria) => <textarea {...aria} name="rationale" rows={3} required className={textareaClass} defaultValue={shownValue(state, "rationale")} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton>{firstGrade ? "Set provisional grade" : "Propose grade"}</SubmitButton>
      </div>
    </form>
  );
}

/** A reviewer (not the one who set it) confirms a provisional grade as it stands. */
export function ConfirmGradeForm({ action, sourceId, grade }: { action: Action; sourceId: string; grade: string }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={formStyles.form} noValidate aria-label="Confirm the provisional grade">
      <FormBanner state={state} fieldLabels={{ note: "Why the grade is right" }} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <Field id="confirm-note" label={`Why ${grade} is right`} hint="10–1,000 characters; shown in the public grade history." error={fieldError(state, "note")}>
        {(aria) => <textarea {...aria} name="note" rows={2} required className={textareaClass} defaultValue={shownValue(state, "note")} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton>Confirm grade {grade}</SubmitButton>
      </div>
    </form>
  );
}

export function RenameSourceForm({ action, sourceId, name }: { action: Action; sourceId: string; name: string }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} fieldLabels={{ name: "Name" }} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <Field id="name" label="Name" error={fieldError(state, "name")}>
        {(aria) => <input {...aria} name="name" required className={inputClass} defaultValue={shownValue(state, "name", name)} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton>Rename</SubmitButton>
      </div>
    </form>
  );
}
