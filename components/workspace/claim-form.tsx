"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass, selectClass, textareaClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { ConflictPanel } from "./conflict-panel";
import { shownValue } from "./form-values";
import styles from "./workspace.module.css";

const FIELD_LABELS = {
  statement: "Statement",
  proofPointId: "Proof point",
  claimant: "Claimant",
  subject: "Subject",
  claimedAt: "Date claimed",
  resolveBy: "Resolve by",
};

export type ProofPointGroup = { tracker: string; points: { id: string; title: string }[] };

export type ClaimFormValues = {
  claimId?: string;
  version?: number;
  proofPointId: string;
  statement: string;
  claimant: string;
  subject: string;
  claimedAt: string;
  resolveBy: string;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  proofPointGroups: ProofPointGroup[];
  initial: ClaimFormValues;
  submitLabel: string;
  cancelHref: string;
};

/** Files a new claim or edits one; the same fields and the same zod schema as the command. */
export function ClaimForm({ action, proofPointGroups, initial, submitLabel, cancelHref }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const value = (field: keyof ClaimFormValues) => shownValue(state, field, initial[field] === undefined ? "" : String(initial[field]));
  // After a conflict the form carries the saved version, so saving again is a deliberate overwrite.
  const conflictVersion = state.details?.currentVersion;
  const version = typeof conflictVersion === "number" ? String(conflictVersion) : value("version");
  const pointTitles = new Map(proofPointGroups.flatMap((group) => group.points.map((point) => [point.id, point.title] as const)));
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} fieldLabels={FIELD_LABELS} />
      {initial.claimId ? <input type="hidden" name="claimId" value={initial.claimId} /> : null}
      {initial.version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <ConflictPanel state={state} proofPointTitles={pointTitles} />
      <Field id="statement" label="Statement" hint="One specific, checkable assertion (10–500 characters)." error={fieldError(state, "statement")}>
        {(aria) => <textarea {...aria} name="statement" required rows={3} className={textareaClass} defaultValue={value("statement")} />}
      </Field>
      <Field id="proofPointId" label="Proof point" error={fieldError(state, "proofPointId")}>
        {(aria) => (
          // Keyed by its value so the submitted choice survives React's form reset (see evidence-form.tsx).
          <select key={value("proofPointId")} {...aria} name="proofPointId" required className={selectClass} defaultValue={value("proofPointId")}>
            <option value="">Choose a proof point</option>
            {proofPointGroups.map((group) => (
              <optgroup key={group.tracker} label={group.tracker}>
                {group.points.map((point) => (
                  <option key={point.id} value={point.id}>
                    {point.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <Field id="claimant" label="Claimant" hint="Who asserts it: a newspaper, a ministry, a company." error={fieldError(state, "claimant")}>
        {(aria) => <input {...aria} name="claimant" required className={inputClass} defaultValue={value("claimant")} />}
      </Field>
      <Field id="subject" label="Subject" hint="Who or what the claim is about." error={fieldError(state, "subject")}>
        {(aria) => <input {...aria} name="subject" required className={inputClass} defaultValue={value("subject")} />}
      </Field>
      <div className={styles.row}>
        <Field id="claimedAt" label="Date claimed" error={fieldError(state, "claimedAt")}>
          {(aria) => <input {...aria} name="claimedAt" type="date" required className={inputClass} defaultValue={value("claimedAt")} />}
        </Field>
        <Field id="resolveBy" label="Resolve by (optional)" hint="When it should be settled, e.g. “working chips by 2028”." error={fieldError(state, "resolveBy")}>
          {(aria) => <input {...aria} name="resolveBy" type="date" className={inputClass} defaultValue={value("resolveBy")} />}
        </Field>
      </div>
      <div className={formStyles.actions}>
        <SubmitButton>{submitLabel}</SubmitButton>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}
