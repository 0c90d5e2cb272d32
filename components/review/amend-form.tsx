"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, textareaClass } from "@/components/forms";
import type { Stance } from "@/lib/domain";
import { fieldError, IDLE_FORM_STATE, submittedValue, type FormState } from "@/lib/actions/form-state";
import type { WorkspaceEvidence } from "@/lib/server/review/claim-evidence";
import { fieldLimits, lengthHint } from "@/lib/validation/field-limits";
import { RATIONALE_RULE, ZAmendProposalInput } from "@/lib/validation/proposal";
import { EvidenceCheckboxes } from "./evidence-checkboxes";

type Props = {
  proposal: { id: string; rationale: string; conflictReason: string; citedIds: string[]; isDisputed: boolean };
  evidenceByStance: Record<Stance, WorkspaceEvidence[]>;
  cancelHref: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

const FIELD_LABELS = { rationale: "Rationale", evidenceIds: "Evidence to cite", conflictReason: "Why the sources conflict", note: "What you changed" };
const LIMITS = fieldLimits(ZAmendProposalInput.shape);

/** Revises a pending proposal: same change, new rationale and citations, and a note for the discussion. */
export function AmendForm({ proposal, evidenceByStance, cancelHref, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const cited = state.values?.evidenceIds;
  const selected = state.status === "error" ? (Array.isArray(cited) ? cited : cited ? [cited] : []) : proposal.citedIds;
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} fieldLabels={FIELD_LABELS} />
      <input type="hidden" name="proposalId" value={proposal.id} />
      <EvidenceCheckboxes evidenceByStance={evidenceByStance} selected={selected} error={fieldError(state, "evidenceIds")} />
      <Field id="rationale" label="Rationale" hint={`${RATIONALE_RULE} characters. Reviewers and readers see it.`} error={fieldError(state, "rationale")}>
        {(aria) => (
          <textarea {...aria} name="rationale" required rows={4} maxLength={LIMITS.rationale.max} className={textareaClass} defaultValue={submittedValue(state, "rationale") ?? proposal.rationale} />
        )}
      </Field>
      {proposal.isDisputed ? (
        <Field id="conflictReason" label="Why the sources conflict (optional)" error={fieldError(state, "conflictReason")}>
          {(aria) => (
            <textarea {...aria} name="conflictReason" rows={2} maxLength={LIMITS.conflictReason.max} className={textareaClass} defaultValue={submittedValue(state, "conflictReason") ?? proposal.conflictReason} />
          )}
        </Field>
      ) : null}
      <Field id="note" label="What you changed" hint={`Shown in the proposal's discussion; ${lengthHint(LIMITS.note)}.`} error={fieldError(state, "note")}>
        {(aria) => <textarea {...aria} name="note" required rows={2} maxLength={LIMITS.note.max} className={textareaClass} defaultValue={submittedValue(state, "note")} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Saving…">Save the amended proposal</SubmitButton>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}
