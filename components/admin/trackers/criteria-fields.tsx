import { Field, formStyles, inputClass, textareaClass } from "@/components/forms";
import { fieldError, submittedValue, type FormState } from "@/lib/actions/form-state";

export type CriteriaDefaults = {
  tickWhen?: string;
  contestedWhen?: string;
  thresholdValue?: string;
  thresholdUnit?: string;
  thresholdQualifier?: string;
};

/** The criteria inputs, shared by "add a proof point" and "edit criteria". */
export function CriteriaFields({ state, defaults = {} }: { state: FormState; defaults?: CriteriaDefaults }) {
  const value = (field: keyof CriteriaDefaults) => (state.status === "error" ? submittedValue(state, field) : defaults[field]);
  return (
    <>
      <Field
        id="tickWhen"
        label="Ticks the box when"
        hint="Observable evidence, and how good its source must be. E.g. “A source graded B or better reports sustained throughput at or above the threshold on the tool.”"
        error={fieldError(state, "tickWhen")}
      >
        {(aria) => <textarea {...aria} name="tickWhen" required className={textareaClass} defaultValue={value("tickWhen")} />}
      </Field>
      <Field
        id="contestedWhen"
        label="Contested when"
        hint="E.g. “Sources graded B or better conflict on whether the threshold was reached.”"
        error={fieldError(state, "contestedWhen")}
      >
        {(aria) => <textarea {...aria} name="contestedWhen" required className={textareaClass} defaultValue={value("contestedWhen")} />}
      </Field>
      <fieldset className={formStyles.fieldset}>
        <legend className={formStyles.label}>Numeric threshold (optional)</legend>
        <p className={formStyles.hint}>
          A bar this tracker sets, shown to readers as a criterion, never as a reported fact. Reads as: wording, number,
          unit, e.g. “sustained throughput of at least · 100 · wafers per hour”.
        </p>
        <Field id="thresholdQualifier" label="Wording before the number" error={fieldError(state, "thresholdQualifier")}>
          {(aria) => <input {...aria} name="thresholdQualifier" className={inputClass} defaultValue={value("thresholdQualifier")} />}
        </Field>
        <Field id="thresholdValue" label="Number" error={fieldError(state, "thresholdValue")}>
          {(aria) => <input {...aria} name="thresholdValue" inputMode="decimal" className={inputClass} defaultValue={value("thresholdValue")} />}
        </Field>
        <Field id="thresholdUnit" label="Unit" error={fieldError(state, "thresholdUnit")}>
          {(aria) => <input {...aria} name="thresholdUnit" className={inputClass} defaultValue={value("thresholdUnit")} />}
        </Field>
      </fieldset>
    </>
  );
}
