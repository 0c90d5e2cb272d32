"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, selectClass } from "@/components/forms";
import { CADENCE_LABELS, CADENCES } from "@/lib/domain/notifications/preferences";
import { IDLE_FORM_STATE, submittedValue, type FormState } from "@/lib/actions/form-state";
import type { PreferenceRow } from "@/lib/server/notifications/get-preferences";

type Props = { rows: PreferenceRow[]; action: (state: FormState, formData: FormData) => Promise<FormState> };

/** One choice per kind of update: immediately, in a daily or weekly digest, or never. */
export function PreferencesForm({ rows, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const groups = [
    { audience: "workflow", title: "Your work", hint: "Proposals, decisions and claims that need another look." },
    { audience: "public", title: "Public changes", hint: "What readers see change on published trackers. Off unless you turn it on." },
  ] as const;
  return (
    <form action={formAction} className={formStyles.form}>
      <FormBanner state={state} />
      {groups.map((group) => (
        <fieldset key={group.audience} className={formStyles.fieldset}>
          <legend className={formStyles.label}>{group.title}</legend>
          <p className={formStyles.hint}>{group.hint}</p>
          {rows
            .filter((row) => row.audience === group.audience)
            .map((row) => {
              const error = state.fieldErrors?.[`preferences.${row.kind}`]?.[0];
              return (
                <Field key={row.kind} id={`kind-${row.kind}`} label={row.label} hint={row.description} error={error}>
                  {(aria) => (
                    <select {...aria} name={`kind:${row.kind}`} className={selectClass} defaultValue={submittedValue(state, `kind:${row.kind}`) ?? row.cadence}>
                      {CADENCES.map((cadence) => (
                        <option key={cadence} value={cadence}>
                          {CADENCE_LABELS[cadence]}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              );
            })}
        </fieldset>
      ))}
      <div className={formStyles.actions}>
        <SubmitButton>Save mail choices</SubmitButton>
      </div>
    </form>
  );
}
