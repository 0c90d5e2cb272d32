"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, selectClass, textareaClass } from "@/components/forms";
import { CLAIM_STATUSES, STATUS_LABELS, requiredStanceFor, type ClaimStatus, type Stance } from "@/lib/domain";
import { fieldError, IDLE_FORM_STATE, submittedValue, type FormState } from "@/lib/actions/form-state";
import type { WorkspaceEvidence } from "@/lib/server/review/claim-evidence";
import { EvidenceCheckboxes } from "./evidence-checkboxes";
import { bannerState } from "./form-banner-state";

type Props = {
  claimId: string;
  cancelHref: string;
  currentStatus: ClaimStatus;
  evidenceByStance: Record<Stance, WorkspaceEvidence[]>;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

// claimId errors show under the status select: the claim is what the status belongs to.
const SHOWN_FIELDS = ["claimId", "toStatus", "evidenceIds", "rationale"];

function optionLabel(status: ClaimStatus, evidenceByStance: Props["evidenceByStance"]): string {
  const stance = requiredStanceFor(status);
  if (!stance) return STATUS_LABELS[status];
  const missing = evidenceByStance[stance].length === 0;
  return `${STATUS_LABELS[status]} — needs a cited item that ${stance === "supports" ? "supports" : "refutes"} it${missing ? " (none logged yet)" : ""}`;
}

export function ProposeForm({ claimId, cancelHref, currentStatus, evidenceByStance, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const submittedStatus = submittedValue(state, "toStatus") ?? "";
  const cited = state.values?.evidenceIds;
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={bannerState(state, SHOWN_FIELDS)} />
      <input type="hidden" name="claimId" value={claimId} />
      <Field
        id="toStatus"
        label="New status"
        hint="Rule 4: Supported needs at least one cited item that supports the claim; Refuted needs at least one that refutes it. Other statuses may cite any items."
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
        hint="A real sentence or two (at least four words) saying why the cited evidence moves the claim. Reviewers and readers see it."
        error={fieldError(state, "rationale")}
      >
        {(aria) => <textarea {...aria} name="rationale" required rows={4} className={textareaClass} defaultValue={submittedValue(state, "rationale")} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Submitting…">Submit for review</SubmitButton>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}
