"use client";
// A reader's suggestion or report, sent without an account. What the reader typed comes
// back on a refusal (the server action echoes it); the proof of work is solved again for
// each attempt. The honeypot field is out of sight and out of the tab order.
import { useActionState, useCallback, useState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass, selectClass, textareaClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { shownValue } from "@/components/workspace/form-values";
import { ProofOfWorkField } from "./proof-of-work-field";
import styles from "./reader-forms.module.css";

type Kind = "evidence" | "dispute" | "claim";
type Props = {
  kind: Kind;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The hidden ids the submission is about. */
  target: Record<string, string>;
  /** Proof points to choose from (suggesting a claim from a tracker page). */
  proofPoints?: readonly { key: string; title: string }[];
};

const FIELD_LABELS: Record<string, string> = {
  url: "Link",
  quote: "Quote",
  stance: "What the link does to the claim",
  note: "Note",
  problem: "What is wrong, and why",
  links: "Links",
  statement: "The claim",
  proofPointKey: "Proof point",
  email: "Email",
};

export function ReaderSubmissionForm({ kind, action, target, proofPoints }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  // A solution counts for the form state it was solved under: every answer from the server
  // used up (or may have used up) the solution, so the next attempt solves anew.
  const [solvedFor, setSolvedFor] = useState<FormState | null>(null);
  const solved = solvedFor === state;
  const onSolved = useCallback((answer: FormState | null) => setSolvedFor(answer), []);
  const id = (field: string) => `${kind}-${field}`;
  const value = (field: string) => shownValue(state, field);

  if (state.status === "success") return <FormBanner state={state} />;
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} fieldLabels={FIELD_LABELS} />
      <input type="hidden" name="kind" value={kind} />
      {Object.entries(target).map(([name, targetValue]) => (
        <input key={name} type="hidden" name={name} value={targetValue} />
      ))}
      {kind === "evidence" ? (
        <>
          <Field id={id("url")} label="Link to the report" error={fieldError(state, "url")}>
            {(aria) => <input {...aria} name="url" type="url" inputMode="url" className={inputClass} defaultValue={value("url")} required />}
          </Field>
          <Field id={id("stance")} label="What does it do to the claim?" error={fieldError(state, "stance")}>
            {(aria) => (
              <select {...aria} name="stance" className={selectClass} defaultValue={value("stance") || "supports"}>
                <option value="supports">Supports it</option>
                <option value="refutes">Refutes it</option>
                <option value="context">Gives context</option>
              </select>
            )}
          </Field>
          <Field id={id("quote")} label="Quote (optional)" hint="The sentence that matters, copied from the page." error={fieldError(state, "quote")}>
            {(aria) => <textarea {...aria} name="quote" rows={3} className={textareaClass} defaultValue={value("quote")} />}
          </Field>
          <Field id={id("note")} label="Note (optional)" error={fieldError(state, "note")}>
            {(aria) => <textarea {...aria} name="note" rows={3} className={textareaClass} defaultValue={value("note")} />}
          </Field>
        </>
      ) : null}
      {kind === "dispute" ? (
        <>
          <Field id={id("problem")} label="What is wrong, and why?" error={fieldError(state, "problem")}>
            {(aria) => <textarea {...aria} name="problem" rows={5} className={textareaClass} defaultValue={value("problem")} required />}
          </Field>
          <Field id={id("links")} label="Links (optional)" hint="Up to five, one per line." error={fieldError(state, "links")}>
            {(aria) => <textarea {...aria} name="links" rows={3} className={textareaClass} defaultValue={value("links")} />}
          </Field>
        </>
      ) : null}
      {kind === "claim" ? (
        <>
          {proofPoints && proofPoints.length > 0 ? (
            <Field id={id("proofPointKey")} label="Under which proof point? (optional)" error={fieldError(state, "proofPointKey")}>
              {(aria) => (
                <select {...aria} name="proofPointKey" className={selectClass} defaultValue={value("proofPointKey")}>
                  <option value="">Not sure</option>
                  {proofPoints.map((point) => (
                    <option key={point.key} value={point.key}>
                      {point.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <Field id={id("statement")} label="The claim, in one sentence" error={fieldError(state, "statement")}>
            {(aria) => <textarea {...aria} name="statement" rows={3} className={textareaClass} defaultValue={value("statement")} required />}
          </Field>
          <Field id={id("note")} label="Who claims it, and where? (optional)" error={fieldError(state, "note")}>
            {(aria) => <textarea {...aria} name="note" rows={3} className={textareaClass} defaultValue={value("note")} />}
          </Field>
          <Field id={id("links")} label="Links (optional)" hint="Up to five, one per line." error={fieldError(state, "links")}>
            {(aria) => <textarea {...aria} name="links" rows={2} className={textareaClass} defaultValue={value("links")} />}
          </Field>
        </>
      ) : null}
      <Field
        id={id("email")}
        label="Your email (optional)"
        hint="Only to tell you the outcome, after you confirm it. Never shown publicly."
        error={fieldError(state, "email")}
      >
        {(aria) => <input {...aria} name="email" type="email" autoComplete="email" className={inputClass} defaultValue={value("email")} />}
      </Field>
      <div className={styles.honeypot} aria-hidden="true">
        <label htmlFor={id("website")}>Leave this empty</label>
        <input id={id("website")} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <ProofOfWorkField answer={state} onSolved={onSolved} />
      <p className={styles.privacy}>Nothing you send is shown publicly until an analyst has checked it.</p>
      {solved ? <SubmitButton pendingLabel="Sending…">Send</SubmitButton> : <button type="button" className="button" disabled aria-disabled="true">Send (tick the check above first)</button>}
    </form>
  );
}
