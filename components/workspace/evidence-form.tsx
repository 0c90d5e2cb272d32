"use client";

import Link from "next/link";
import { useActionState, useRef } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass, selectClass, textareaClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { INFORMATION_CREDIBILITY_LABELS, INFORMATION_CREDIBILITY_LEVELS } from "@/lib/domain";
import { fieldLimits, lengthHint } from "@/lib/validation/field-limits";
import { ZAddEvidenceInput } from "@/lib/validation/evidence";
import { ChoiceGroup } from "./choice-group";
import { shownValue } from "./form-values";
import { useLinkMetadata, type MetadataAction } from "./link-metadata";
import styles from "./workspace.module.css";

export type EvidenceFormValues = {
  url: string;
  title: string;
  quote: string;
  publishedAt: string;
  accessedAt: string;
  stance: string;
  credibility: string;
  archivedUrl: string;
  sourceName: string;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The hidden id the command needs: claimId to add, evidenceId to edit. */
  target: { name: "claimId" | "evidenceId"; value: string };
  initial: EvidenceFormValues;
  /** The claim's workspace page, where a duplicate's existing item can be seen. */
  claimPath: string;
  submitLabel: string;
  cancelHref?: string;
  /** Reads a pasted link's title, site and date (the add form only). */
  fetchMetadata?: MetadataAction;
  /** Today's date (YYYY-MM-DD), the latest a page can have been published or read. */
  today: string;
  /** Shown when the action returns success instead of redirecting (the claim page's inline form). */
  successMessage?: string;
};

const FIELD_LABELS = {
  url: "Link (URL)",
  title: "Title",
  quote: "Quoted excerpt",
  publishedAt: "Published",
  accessedAt: "Accessed",
  stance: "Stance",
  credibility: "Information credibility",
  archivedUrl: "Archived copy",
  sourceName: "Source name",
};

// Hints and maxlength come from the command's own schema.
const LIMITS = fieldLimits(ZAddEvidenceInput.shape);

const STANCE_CHOICES = [
  { value: "supports", label: "Supports", hint: "makes the claim more likely true" },
  { value: "refutes", label: "Refutes", hint: "makes the claim less likely true" },
  { value: "context", label: "Context", hint: "background; listed, not weighed" },
];

/** Adds or edits an evidence link; validated on the server by the command's own zod schema. */
export function EvidenceForm({ action, target, initial, claimPath, submitLabel, cancelHref, fetchMetadata, today, successMessage }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const refs = { title: useRef<HTMLInputElement>(null), sourceName: useRef<HTMLInputElement>(null), publishedAt: useRef<HTMLInputElement>(null) };
  const metadata = useLinkMetadata(fetchMetadata, refs);
  const value = (field: keyof EvidenceFormValues) => shownValue(state, field, initial[field]);
  const existingId = typeof state.details?.existingEvidenceId === "string" ? state.details.existingEvidenceId : null;
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} fieldLabels={FIELD_LABELS} successMessage={successMessage} />
      <input type="hidden" name={target.name} value={target.value} />
      <Field id="url" label="Link (URL)" hint="The page that publishes it: http or https." error={fieldError(state, "url")}>
        {(aria) => (
          <input {...aria} {...metadata.onUrl} name="url" type="url" inputMode="url" autoComplete="off" required className={inputClass} defaultValue={value("url")} />
        )}
      </Field>
      {fetchMetadata ? metadata.note : null}
      {existingId ? (
        <p className={styles.duplicate}>
          {/* A plain link: a full fragment navigation highlights the item (:target); client routing would not. */}
          <a href={`${claimPath}#evidence-${existingId}`}>See the existing item</a> or{" "}
          <Link href={`/workspace/evidence/${existingId}/edit`}>edit it</Link>.
        </p>
      ) : null}
      <Field id="title" label="Title" hint={`As the page gives it: ${lengthHint(LIMITS.title)}.`} error={fieldError(state, "title")}>
        {(aria) => <input {...aria} ref={refs.title} name="title" required maxLength={LIMITS.title.max} className={inputClass} defaultValue={value("title")} />}
      </Field>
      <Field id="quote" label="Quoted excerpt (optional)" hint={`The words that bear on the claim, copied exactly: ${lengthHint(LIMITS.quote)}.`} error={fieldError(state, "quote")}>
        {(aria) => <textarea {...aria} name="quote" rows={4} maxLength={LIMITS.quote.max} className={textareaClass} defaultValue={value("quote")} />}
      </Field>
      <div className={styles.row}>
        <Field id="publishedAt" label="Published (optional)" error={fieldError(state, "publishedAt")}>
          {(aria) => <input {...aria} ref={refs.publishedAt} name="publishedAt" type="date" max={today} className={inputClass} defaultValue={value("publishedAt")} />}
        </Field>
        <Field id="accessedAt" label="Accessed" error={fieldError(state, "accessedAt")}>
          {(aria) => <input {...aria} name="accessedAt" type="date" max={today} required className={inputClass} defaultValue={value("accessedAt")} />}
        </Field>
      </div>
      <ChoiceGroup name="stance" legend="Stance" choices={STANCE_CHOICES} selected={value("stance")} error={fieldError(state, "stance")} />
      <Field id="credibility" label="Information credibility (Admiralty 1–6)" hint="How believable this item is on its own, whoever published it." error={fieldError(state, "credibility")}>
        {(aria) => (
          // Keyed by its value: React's reset after a submission restores a select to the option
          // selected at mount, so a new mount is what keeps the submitted choice.
          <select key={value("credibility")} {...aria} name="credibility" required className={selectClass} defaultValue={value("credibility")}>
            <option value="">Choose 1–6</option>
            {INFORMATION_CREDIBILITY_LEVELS.map((level) => (
              <option key={level} value={level}>
                {level} · {INFORMATION_CREDIBILITY_LABELS[level]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="archivedUrl" label="Archived copy (optional)" hint="e.g. a web.archive.org snapshot, in case the page changes." error={fieldError(state, "archivedUrl")}>
        {(aria) => <input {...aria} name="archivedUrl" type="url" inputMode="url" autoComplete="off" className={inputClass} defaultValue={value("archivedUrl")} />}
      </Field>
      <Field id="sourceName" label="Source name (optional)" hint={`Only used when the link's domain is new to the source registry; it starts unrated (F) until you grade it below the list. ${lengthHint(LIMITS.sourceName)}.`} error={fieldError(state, "sourceName")}>
        {(aria) => <input {...aria} ref={refs.sourceName} name="sourceName" maxLength={LIMITS.sourceName.max} className={inputClass} defaultValue={value("sourceName")} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton>{submitLabel}</SubmitButton>
        {cancelHref ? <Link href={cancelHref}>Cancel</Link> : null}
      </div>
    </form>
  );
}
