"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, textareaClass } from "@/components/forms";
import { STATUS_LABELS, type ClaimStatus, type Stance } from "@/lib/domain";
import { CITATION_RULES } from "@/lib/domain/citation-rules";
import { fieldError, IDLE_FORM_STATE, submittedValue, type FormState } from "@/lib/actions/form-state";
import type { WorkspaceEvidence } from "@/lib/server/review/claim-evidence";
import { RATIONALE_RULE } from "@/lib/validation/proposal";
import { EvidenceCheckboxes } from "./evidence-checkboxes";

type Props = {
  claimId: string;
  cancelHref: string;
  status: ClaimStatus;
  evidenceByStance: Record<Stance, WorkspaceEvidence[]>;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

const FIELD_LABELS = { claimId: "The claim", evidenceIds: "Evidence to cite", rationale: "Why the status still holds", conflictReason: "Why the sources conflict" };

/** Keep the status as it stands, citing what still holds; another reviewer must approve it. */
export function ConfirmForm({ claimId, cancelHref, status, evidenceByStance, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const cited = state.values?.evidenceIds;
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} fieldLabels={FIELD_LABELS} />
      <input type="hidden" name="claimId" value={claimId} />
      <p className={formStyles.hint}>
        {STATUS_LABELS[status]} needs {CITATION_RULES[status]}.
      </p>
      <EvidenceCheckboxes evidenceByStance={evidenceByStance} selected={Array.isArray(cited) ? cited : cited ? [cited] : []} error={fieldError(state, "evidenceIds")} />
      <Field id="rationale" label="Why the status still holds" hint={`${RATIONALE_RULE.charAt(0).toUpperCase()}${RATIONALE_RULE.slice(1)} characters; reviewers and readers see it in the status history.`} error={fieldError(state, "rationale")}>
        {(aria) => <textarea {...aria} name="rationale" required rows={4} className={textareaClass} defaultValue={submittedValue(state, "rationale")} />}
      </Field>
      {status === "disputed" ? (
        <Field id="conflictReason" label="Why the sources conflict (if you cite only one side)" error={fieldError(state, "conflictReason")}>
          {(aria) => <textarea {...aria} name="conflictReason" rows={2} className={textareaClass} defaultValue={submittedValue(state, "conflictReason")} />}
        </Field>
      ) : null}
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Submitting…">Submit confirmation for review</SubmitButton>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}
