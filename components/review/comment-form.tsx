"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, textareaClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, submittedValue, type FormState } from "@/lib/actions/form-state";
import { fieldLimits, lengthHint } from "@/lib/validation/field-limits";
import { ZCommentOnProposalInput } from "@/lib/validation/proposal";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const LIMITS = fieldLimits(ZCommentOnProposalInput.shape);

/** Adds to a proposal's discussion; a reviewer other than the proposer may mark it as a request for changes. */
export function CommentForm({ proposalId, action, canRequestChanges }: { proposalId: string; action: Action; canRequestChanges: boolean }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const id = `comment-${proposalId}`;
  return (
    <form action={formAction} className={formStyles.form} noValidate aria-label="Add to the discussion">
      <FormBanner state={state} fieldLabels={{ body: "Comment", requestChanges: "Ask for changes" }} fieldIds={{ body: id, requestChanges: `${id}-changes` }} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <Field id={id} label="Comment" hint={`Only the proposer and reviewers see the discussion; ${lengthHint(LIMITS.body)}.`} error={fieldError(state, "body")}>
        {(aria) => (
          <textarea
            key={state.status === "success" ? "cleared" : "kept"}
            {...aria}
            name="body"
            rows={2}
            required
            maxLength={LIMITS.body.max}
            className={textareaClass}
            defaultValue={state.status === "success" ? "" : submittedValue(state, "body")}
          />
        )}
      </Field>
      {canRequestChanges ? (
        <label id={`${id}-changes`}>
          <input type="checkbox" name="requestChanges" value="yes" /> Ask the proposer for changes
        </label>
      ) : null}
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Posting…">Post comment</SubmitButton>
      </div>
    </form>
  );
}
