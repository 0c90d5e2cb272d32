"use client";

import { useActionState } from "react";
import { FormBanner, SubmitButton } from "@/components/forms";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import type { DerivationSuggestion } from "@/lib/server/provenance/suggest-derivations";
import layout from "./claim-workspace.module.css";
import styles from "./workspace.module.css";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Withdraws one provenance link; the record of it stays. */
export function RemoveProvenanceLinkForm({ action, linkId, label }: { action: Action; linkId: string; label: string }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction}>
      <FormBanner state={state} />
      <input type="hidden" name="linkId" value={linkId} />
      <SubmitButton className={`button ${styles.secondaryButton}`} pendingLabel="Withdrawing…">
        Withdraw<span className="visually-hidden"> the link to {label}</span>
      </SubmitButton>
    </form>
  );
}

/** Confirm records the suggested link as is (the analyst's confirmation is the reason); dismiss remembers the no. */
export function SuggestionForms({ suggestion, link, dismiss }: { suggestion: DerivationSuggestion; link: Action; dismiss: Action }) {
  const [linkState, linkAction] = useActionState(link, IDLE_FORM_STATE);
  const [dismissState, dismissAction] = useActionState(dismiss, IDLE_FORM_STATE);
  const { proposal } = suggestion;
  return (
    <div className={layout.controls}>
      <FormBanner state={linkState} />
      <FormBanner state={dismissState} />
      <form action={linkAction}>
        <input type="hidden" name="evidenceId" value={suggestion.evidenceId} />
        <input type="hidden" name="relation" value={proposal.relation} />
        <input type="hidden" name="target" value={proposal.target} />
        <input type="hidden" name="originName" value={proposal.originName ?? ""} />
        <input type="hidden" name="originUrl" value={proposal.originUrl ?? ""} />
        <input type="hidden" name="reason" value={`Confirmed suggestion: ${suggestion.explanation}`.slice(0, 1000)} />
        <SubmitButton pendingLabel="Recording…">Confirm</SubmitButton>
      </form>
      <form action={dismissAction}>
        <input type="hidden" name="evidenceId" value={suggestion.evidenceId} />
        <input type="hidden" name="kind" value={suggestion.kind} />
        <input type="hidden" name="candidate" value={suggestion.candidate} />
        <SubmitButton className={`button ${styles.secondaryButton}`} pendingLabel="Dismissing…">
          Dismiss
        </SubmitButton>
      </form>
    </div>
  );
}
