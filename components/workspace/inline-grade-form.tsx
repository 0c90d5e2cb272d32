"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass, selectClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { SOURCE_RELIABILITY_GRADES, SOURCE_RELIABILITY_LABELS } from "@/lib/domain";
import { fieldLimits, lengthHint } from "@/lib/validation/field-limits";
import { ZProposeSourceGradeInput } from "@/lib/validation/source";
import { shownValue } from "./form-values";
import styles from "./workspace.module.css";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  source: { id: string; name: string; domain: string };
};

const LIMITS = fieldLimits(ZProposeSourceGradeInput.shape);

/**
 * The first grade of a source this analyst just brought in, set from the claim page. It is
 * provisional, as on the source's own page: it applies now and shows as provisional until
 * a reviewer confirms it; the command decides, this form only asks.
 */
export function InlineGradeForm({ action, source }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const prefix = `grade-${source.id}-`;
  const reliability = shownValue(state, "reliability", "");
  return (
    <form action={formAction} className={`${formStyles.form} ${styles.inlineGrade}`} noValidate aria-label={`Grade ${source.domain}`}>
      <FormBanner state={state} fieldLabels={{ reliability: "Reliability grade", rationale: "Why this grade" }} idPrefix={prefix} />
      <input type="hidden" name="sourceId" value={source.id} />
      <p className={styles.smallHeading}>
        New source: <bdi>{source.name}</bdi> ({source.domain}) is unrated (F), so its evidence carries no weight yet.
      </p>
      <Field id={`${prefix}reliability`} label="Reliability grade" error={fieldError(state, "reliability")}>
        {(aria) => (
          <select key={reliability} {...aria} name="reliability" required className={selectClass} defaultValue={reliability}>
            <option value="">Choose A–F</option>
            {SOURCE_RELIABILITY_GRADES.map((grade) => (
              <option key={grade} value={grade}>
                {grade} · {SOURCE_RELIABILITY_LABELS[grade]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={`${prefix}rationale`}
        label="Why this grade"
        hint={`A sentence readers see in the source's grade history: ${lengthHint(LIMITS.rationale)}.`}
        error={fieldError(state, "rationale")}
      >
        {(aria) => <input {...aria} name="rationale" required maxLength={LIMITS.rationale.max} className={inputClass} defaultValue={shownValue(state, "rationale")} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton>Set provisional grade</SubmitButton>
      </div>
    </form>
  );
}
