"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass, selectClass, textareaClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { shownValue } from "@/components/workspace/form-values";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Enter or update one's forecast: a whole percent and an optional short rationale. */
export function SubmitForecastForm({ action, questionId, current }: { action: Action; questionId: string; current: number | null }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} fieldLabels={{ probability: "Probability", rationale: "Rationale" }} />
      <input type="hidden" name="questionId" value={questionId} />
      <Field id="probability" label="Probability (%)" hint="A whole number from 1 to 99: how likely you think a yes is." error={fieldError(state, "probability")}>
        {(aria) => (
          <input {...aria} name="probability" type="number" inputMode="numeric" min={1} max={99} step={1} required className={inputClass} defaultValue={shownValue(state, "probability", current === null ? "" : String(current))} />
        )}
      </Field>
      <Field id="rationale" label="Rationale (optional)" hint="Why, in a sentence or two (at most 500 characters). Public with your forecast." error={fieldError(state, "rationale")}>
        {(aria) => <textarea {...aria} name="rationale" rows={2} className={textareaClass} defaultValue={shownValue(state, "rationale")} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton>{current === null ? "Submit forecast" : "Update forecast"}</SubmitButton>
      </div>
    </form>
  );
}

/** Open "Will this box be ticked by … under the current criteria?" on one of the tracker's proof points. */
export function OpenQuestionForm({ action, proofPoints }: { action: Action; proofPoints: { id: string; title: string }[] }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} fieldLabels={{ proofPointId: "Proof point", closesOn: "Close date", resolvesBy: "Resolve-by date" }} />
      <Field id="proofPointId" label="Proof point" error={fieldError(state, "proofPointId")}>
        {(aria) => (
          <select {...aria} name="proofPointId" className={selectClass} defaultValue={shownValue(state, "proofPointId")}>
            {proofPoints.map((point) => (
              <option key={point.id} value={point.id}>
                {point.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="closesOn" label="Close date" hint="Forecasts are accepted until the end of this day (UTC)." error={fieldError(state, "closesOn")}>
        {(aria) => <input {...aria} name="closesOn" type="date" required className={inputClass} defaultValue={shownValue(state, "closesOn")} />}
      </Field>
      <Field id="resolvesBy" label="Resolve-by date" hint="Ticked by the end of this day means yes; unticked after it means no." error={fieldError(state, "resolvesBy")}>
        {(aria) => <input {...aria} name="resolvesBy" type="date" required className={inputClass} defaultValue={shownValue(state, "resolvesBy")} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton>Open question</SubmitButton>
      </div>
    </form>
  );
}

/** The forecaster's own choice of a public profile. */
export function ForecastProfileForm({ action, isPublic }: { action: Action; isPublic: boolean }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} />
      <label className={formStyles.checkbox}>
        <input type="checkbox" name="public" defaultChecked={isPublic} />
        <span>Show my name, forecasts, scores and calibration chart publicly</span>
      </label>
      <div className={formStyles.actions}>
        <SubmitButton>Save profile choice</SubmitButton>
      </div>
    </form>
  );
}
