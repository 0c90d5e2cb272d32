"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass, selectClass, textareaClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { fieldLimits, lengthHint } from "@/lib/validation/field-limits";
import { ZCreateClaimInput } from "@/lib/validation/claim";
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
  /** Today (YYYY-MM-DD): a claim cannot have been made later. */
  today: string;
};

// Hints and maxlength from the command's own schema.
const LIMITS = fieldLimits(ZCreateClaimInput.shape);

const EDITABLE_FIELDS = ["proofPointId", "statement", "claimant", "subject", "claimedAt", "resolveBy"] as const;

function stringRecord(value: unknown): Record<string, string> | null {
  return value && typeof value === "object" ? (value as Record<string, string>) : null;
}

function initialBase(initial: ClaimFormValues): Record<string, string> {
  return Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, initial[field] ?? ""]));
}

/** Files a new claim or edits one; the same fields and the same zod schema as the command. */
export function ClaimForm({ action, proofPointGroups, initial, submitLabel, cancelHref, today }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const merged = stringRecord(state.status === "error" ? state.details?.merged : undefined);
  // After a conflict the fields show the merge: my edits, and the other editor's on the rest.
  const value = (field: keyof ClaimFormValues) => merged?.[field] ?? shownValue(state, field, initial[field] === undefined ? "" : String(initial[field]));
  // After a conflict the form carries the saved version and values as its new starting point,
  // so saving again keeps their fields and applies only what this editor changed.
  const conflictVersion = state.details?.currentVersion;
  const version = typeof conflictVersion === "number" ? String(conflictVersion) : value("version");
  const base = stringRecord(state.status === "error" ? state.details?.current : undefined) ?? initialBase(initial);
  const pointTitles = new Map(proofPointGroups.flatMap((group) => group.points.map((point) => [point.id, point.title] as const)));
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} fieldLabels={FIELD_LABELS} errorMessage={merged ? state.message : undefined} />
      {initial.claimId ? <input type="hidden" name="claimId" value={initial.claimId} /> : null}
      {initial.version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {initial.claimId
        ? EDITABLE_FIELDS.map((field) => <input key={`${field}-${base[field] ?? ""}`} type="hidden" name={`base.${field}`} value={base[field] ?? ""} />)
        : null}
      <ConflictPanel state={state} proofPointTitles={pointTitles} />
      <Field id="statement" label="Statement" hint={`One specific, checkable assertion (${lengthHint(LIMITS.statement)}).`} error={fieldError(state, "statement")}>
        {(aria) => <textarea {...aria} name="statement" required rows={3} maxLength={LIMITS.statement.max} className={textareaClass} defaultValue={value("statement")} />}
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
      <Field id="claimant" label="Claimant" hint={`Who asserts it: a newspaper, a ministry, a company (${lengthHint(LIMITS.claimant)}).`} error={fieldError(state, "claimant")}>
        {(aria) => <input {...aria} name="claimant" required maxLength={LIMITS.claimant.max} className={inputClass} defaultValue={value("claimant")} />}
      </Field>
      <Field id="subject" label="Subject" hint={`Who or what the claim is about (${lengthHint(LIMITS.subject)}).`} error={fieldError(state, "subject")}>
        {(aria) => <input {...aria} name="subject" required maxLength={LIMITS.subject.max} className={inputClass} defaultValue={value("subject")} />}
      </Field>
      <div className={styles.row}>
        <Field id="claimedAt" label="Date claimed" hint="Today or earlier." error={fieldError(state, "claimedAt")}>
          {(aria) => <input {...aria} name="claimedAt" type="date" max={today} required className={inputClass} defaultValue={value("claimedAt")} />}
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
