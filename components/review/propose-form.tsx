"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, selectClass, textareaClass } from "@/components/forms";
import { CLAIM_STATUSES, STATUS_LABELS, type ClaimStatus, type Stance } from "@/lib/domain";
import { CITATION_RULES } from "@/lib/domain/citation-rules";
import { fieldError, IDLE_FORM_STATE, submittedValue, type FormState } from "@/lib/actions/form-state";
import type { WorkspaceEvidence } from "@/lib/server/review/claim-evidence";
import { EvidenceCheckboxes } from "./evidence-checkboxes";
import { fieldLimits } from "@/lib/validation/field-limits";
import { RATIONALE_RULE, ZProposeStatusChangeInput } from "@/lib/validation/proposal";

type Props = {
  claimId: string;
  /** Where "Cancel" goes; none when the form sits on the claim page itself. */
  cancelHref?: string;
  /** Shown when the action returns success instead of redirecting (the claim page's inline form). */
  successMessage?: string;
  currentStatus: ClaimStatus;
  evidenceByStance: Record<Stance, WorkspaceEvidence[]>;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

// The summary names fields by these labels; claimId errors show under the status select,
// the claim being what the status belongs to.
const FIELD_LABELS = {
  claimId: "New status",
  toStatus: "New status",
  evidenceIds: "Evidence to cite",
  rationale: "Rationale",
  conflictReason: "Why the sources conflict",
};

const LIMITS = fieldLimits(ZProposeStatusChangeInput.shape);

// The stance each status cannot do without, to say "(none logged yet)" before submit.
const NEEDED_STANCES: Record<ClaimStatus, Stance[]> = {
  supported: ["supports"],
  partially_supported: ["supports"],
  refuted: ["refutes"],
  disputed: [],
  unverified: [],
};

function optionLabel(status: ClaimStatus, evidenceByStance: Props["evidenceByStance"]): string {
  if (status === "unverified") return `${STATUS_LABELS[status]} — rationale only`;
  const missing = NEEDED_STANCES[status].some((stance) => evidenceByStance[stance].length === 0);
  return `${STATUS_LABELS[status]} — needs ${CITATION_RULES[status]}${missing ? " (none logged yet)" : ""}`;
}

/** Every status's citation rule, so the analyst knows before submitting what the server will ask for. */
function citationRulesHint() {
  return (
    <>
      What each status must cite (the server refuses it otherwise):
      <ul>
        {CLAIM_STATUSES.map((status) => (
          <li key={status}>
            {STATUS_LABELS[status]}: {CITATION_RULES[status]}.
          </li>
        ))}
      </ul>
    </>
  );
}

export function ProposeForm({ claimId, cancelHref, successMessage, currentStatus, evidenceByStance, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const submittedStatus = submittedValue(state, "toStatus") ?? "";
  const cited = state.values?.evidenceIds;
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} fieldLabels={FIELD_LABELS} successMessage={successMessage} />
      <input type="hidden" name="claimId" value={claimId} />
      <Field
        id="toStatus"
        label="New status"
        hint={citationRulesHint()}
        error={fieldError(state, "toStatus") ?? fieldError(state, "claimId")}
      >
        {(aria) => (
          // Keyed by the submitted value: React applies a select's defaultValue only when it mounts,
          // and resets the form after each submission, so this keeps the choice on error.
          <select key={submittedStatus} {...aria} name="toStatus" required className={selectClass} defaultValue={submittedStatus}>
            <option value="" disabled>
              Choose a status…
            </option>
            {CLAIM_STATUSES.filter((status) => status !== currentStatus).map((status) => (
              <option key={status} value={status}>
                {optionLabel(status, evidenceByStance)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <EvidenceCheckboxes
        evidenceByStance={evidenceByStance}
        selected={Array.isArray(cited) ? cited : cited ? [cited] : []}
        error={fieldError(state, "evidenceIds")}
      />
      <Field
        id="rationale"
        label="Rationale"
        hint={`A real sentence or two (${RATIONALE_RULE} characters) saying why the cited evidence moves the claim. Reviewers and readers see it.`}
        error={fieldError(state, "rationale")}
      >
        {(aria) => <textarea {...aria} name="rationale" required rows={4} maxLength={LIMITS.rationale.max} className={textareaClass} defaultValue={submittedValue(state, "rationale")} />}
      </Field>
      <Field
        id="conflictReason"
        label="Why the sources conflict (Disputed only, optional)"
        hint="Disputed needs a cited supporting and a cited refuting item, or, when you cite only one side, a sentence saying why the sources conflict."
        error={fieldError(state, "conflictReason")}
      >
        {(aria) => <textarea {...aria} name="conflictReason" rows={2} maxLength={LIMITS.conflictReason.max} className={textareaClass} defaultValue={submittedValue(state, "conflictReason")} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Submitting…">Submit for review</SubmitButton>
        {cancelHref ? <Link href={cancelHref}>Cancel</Link> : null}
      </div>
    </form>
  );
}
