"use client";
// Accept or decline one reader submission. Accepting a link is the evidence form, pre-filled
// from the suggestion; accepting a report sends the claim to re-review; accepting a claim
// files it. Declining asks for a short reason that will be public.
import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass, selectClass, textareaClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { INFORMATION_CREDIBILITY_LABELS, INFORMATION_CREDIBILITY_LEVELS } from "@/lib/domain";
import { shownValue } from "./form-values";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export type SubmissionForDecision = {
  id: string;
  kind: "evidence" | "dispute" | "claim";
  url: string | null;
  quote: string;
  stance: string | null;
  text: string;
  proofPointId: string | null;
  proofPoints: readonly { id: string; title: string }[];
};

type Props = {
  submission: SubmissionForDecision;
  tracker?: string;
  today: string;
  actions: { evidence: Action; dispute: Action; claim: Action; decline: Action };
};

export function SubmissionDecisionForms({ submission, tracker, today, actions }: Props) {
  return (
    <>
      <details>
        <summary>Accept</summary>
        {submission.kind === "evidence" ? <AcceptEvidence submission={submission} tracker={tracker} today={today} action={actions.evidence} /> : null}
        {submission.kind === "dispute" ? <AcceptDispute submission={submission} tracker={tracker} action={actions.dispute} /> : null}
        {submission.kind === "claim" ? <AcceptClaim submission={submission} tracker={tracker} today={today} action={actions.claim} /> : null}
      </details>
      <details>
        <summary>Decline</summary>
        <Decline submission={submission} tracker={tracker} action={actions.decline} />
      </details>
    </>
  );
}

// The error summary names each refused field as the form labels it, and links to it.
const EVIDENCE_LABELS = {
  url: "Link (URL)",
  title: "Title",
  stance: "Stance",
  quote: "Quoted excerpt",
  credibility: "Information credibility",
  publishedAt: "Published",
  accessedAt: "Accessed",
  sourceName: "Source name",
};
const CLAIM_LABELS = { statement: "Statement", proofPointId: "Proof point", claimant: "Claimant", subject: "Subject", claimedAt: "Claimed on", resolveBy: "Resolve by" };

function Hidden({ submission, tracker }: { submission: SubmissionForDecision; tracker?: string }) {
  return (
    <>
      <input type="hidden" name="submissionId" value={submission.id} />
      {tracker ? <input type="hidden" name="tracker" value={tracker} /> : null}
    </>
  );
}

function AcceptEvidence({ submission, tracker, today, action }: { submission: SubmissionForDecision; tracker?: string; today: string; action: Action }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const id = (field: string) => `${submission.id}-${field}`;
  return (
    <form action={formAction} className={formStyles.form}>
      <FormBanner state={state} fieldLabels={EVIDENCE_LABELS} idPrefix={`${submission.id}-`} />
      <Hidden submission={submission} tracker={tracker} />
      <Field id={id("url")} label="Link (URL)" error={fieldError(state, "url")}>
        {(aria) => <input {...aria} name="url" className={inputClass} defaultValue={shownValue(state, "url", submission.url)} />}
      </Field>
      <Field id={id("title")} label="Title" error={fieldError(state, "title")}>
        {(aria) => <input {...aria} name="title" className={inputClass} defaultValue={shownValue(state, "title")} />}
      </Field>
      <Field id={id("stance")} label="Stance" error={fieldError(state, "stance")}>
        {(aria) => (
          <select {...aria} name="stance" className={selectClass} defaultValue={shownValue(state, "stance", submission.stance)}>
            <option value="supports">Supports</option>
            <option value="refutes">Refutes</option>
            <option value="context">Context</option>
          </select>
        )}
      </Field>
      <Field id={id("quote")} label="Quoted excerpt" error={fieldError(state, "quote")}>
        {(aria) => <textarea {...aria} name="quote" rows={3} className={textareaClass} defaultValue={shownValue(state, "quote", submission.quote)} />}
      </Field>
      <Field id={id("credibility")} label="Information credibility" error={fieldError(state, "credibility")}>
        {(aria) => (
          <select {...aria} name="credibility" className={selectClass} defaultValue={shownValue(state, "credibility", "6")}>
            {INFORMATION_CREDIBILITY_LEVELS.map((level) => (
              <option key={level} value={level}>
                {level}: {INFORMATION_CREDIBILITY_LABELS[level]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id("publishedAt")} label="Published (optional)" error={fieldError(state, "publishedAt")}>
        {(aria) => <input {...aria} name="publishedAt" type="date" className={inputClass} defaultValue={shownValue(state, "publishedAt")} />}
      </Field>
      <Field id={id("accessedAt")} label="Accessed" error={fieldError(state, "accessedAt")}>
        {(aria) => <input {...aria} name="accessedAt" type="date" className={inputClass} defaultValue={shownValue(state, "accessedAt", today)} />}
      </Field>
      <Field id={id("sourceName")} label="Source name (for a new site)" error={fieldError(state, "sourceName")}>
        {(aria) => <input {...aria} name="sourceName" className={inputClass} defaultValue={shownValue(state, "sourceName")} />}
      </Field>
      <SubmitButton pendingLabel="Logging…">Log as evidence</SubmitButton>
    </form>
  );
}

function AcceptDispute({ submission, tracker, action }: { submission: SubmissionForDecision; tracker?: string; action: Action }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={formStyles.form}>
      <FormBanner state={state} fieldLabels={{ note: "What should the re-review check?" }} idPrefix={`${submission.id}-`} />
      <Hidden submission={submission} tracker={tracker} />
      <Field
        id={`${submission.id}-note`}
        label="What should the re-review check?"
        hint="The claim goes to the re-review queue: a second person confirms or changes its status."
        error={fieldError(state, "note")}
      >
        {(aria) => <textarea {...aria} name="note" rows={3} className={textareaClass} defaultValue={shownValue(state, "note")} />}
      </Field>
      <SubmitButton pendingLabel="Sending…">Accept and send to re-review</SubmitButton>
    </form>
  );
}

function AcceptClaim({ submission, tracker, today, action }: { submission: SubmissionForDecision; tracker?: string; today: string; action: Action }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const id = (field: string) => `${submission.id}-${field}`;
  return (
    <form action={formAction} className={formStyles.form}>
      <FormBanner state={state} fieldLabels={CLAIM_LABELS} idPrefix={`${submission.id}-`} />
      <Hidden submission={submission} tracker={tracker} />
      <Field id={id("statement")} label="Statement" error={fieldError(state, "statement")}>
        {(aria) => <textarea {...aria} name="statement" rows={3} className={textareaClass} defaultValue={shownValue(state, "statement", submission.text)} />}
      </Field>
      <Field id={id("proofPointId")} label="Proof point" error={fieldError(state, "proofPointId")}>
        {(aria) => (
          <select {...aria} name="proofPointId" className={selectClass} defaultValue={shownValue(state, "proofPointId", submission.proofPointId)}>
            <option value="">Choose…</option>
            {submission.proofPoints.map((point) => (
              <option key={point.id} value={point.id}>
                {point.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id("claimant")} label="Claimant" error={fieldError(state, "claimant")}>
        {(aria) => <input {...aria} name="claimant" className={inputClass} defaultValue={shownValue(state, "claimant")} />}
      </Field>
      <Field id={id("subject")} label="Subject" error={fieldError(state, "subject")}>
        {(aria) => <input {...aria} name="subject" className={inputClass} defaultValue={shownValue(state, "subject")} />}
      </Field>
      <Field id={id("claimedAt")} label="Claimed on" error={fieldError(state, "claimedAt")}>
        {(aria) => <input {...aria} name="claimedAt" type="date" className={inputClass} defaultValue={shownValue(state, "claimedAt", today)} />}
      </Field>
      <Field id={id("resolveBy")} label="Resolve by (optional)" error={fieldError(state, "resolveBy")}>
        {(aria) => <input {...aria} name="resolveBy" type="date" className={inputClass} defaultValue={shownValue(state, "resolveBy")} />}
      </Field>
      <SubmitButton pendingLabel="Filing…">File the claim</SubmitButton>
    </form>
  );
}

function Decline({ submission, tracker, action }: { submission: SubmissionForDecision; tracker?: string; action: Action }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={formStyles.form}>
      <FormBanner state={state} fieldLabels={{ reason: "Reason" }} idPrefix={`${submission.id}-`} />
      <Hidden submission={submission} tracker={tracker} />
      <Field id={`${submission.id}-reason`} label="Reason (public)" hint="Shown in the corrections log for declined reports; keep it short and polite." error={fieldError(state, "reason")}>
        {(aria) => <input {...aria} name="reason" className={inputClass} maxLength={300} defaultValue={shownValue(state, "reason")} />}
      </Field>
      <SubmitButton pendingLabel="Declining…">Decline</SubmitButton>
    </form>
  );
}
