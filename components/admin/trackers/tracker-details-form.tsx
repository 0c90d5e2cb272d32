"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass, textareaClass } from "@/components/forms";
import { fieldError, IDLE_FORM_STATE, submittedValue, type FormState } from "@/lib/actions/form-state";
import { SLUG_RULES_TEXT, TRACKER_SLUG_MAX_LENGTH } from "@/lib/domain/slug";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type TrackerDetails = { id: string; slug: string; title: string; question: string; description: string; published: boolean };

/** Create a tracker (no `tracker`) or edit one; on error every typed value comes back. */
export function TrackerDetailsForm({ action, tracker }: { action: Action; tracker?: TrackerDetails }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const value = (field: keyof TrackerDetails & string) =>
    state.status === "error" ? submittedValue(state, field) : (tracker?.[field] as string | undefined);
  const slugHint = tracker?.published
    ? `Changing it moves the public page; the old address keeps redirecting here. Use ${SLUG_RULES_TEXT}; 2–${TRACKER_SLUG_MAX_LENGTH} characters.`
    : `The public address: /trackers/<slug>. Use ${SLUG_RULES_TEXT}; 2–${TRACKER_SLUG_MAX_LENGTH} characters.`;
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} />
      {tracker ? <input type="hidden" name="trackerId" value={tracker.id} /> : null}
      <Field id="title" label="Title" hint="E.g. “China EUV lithography: prototype to production”." error={fieldError(state, "title")}>
        {(aria) => <input {...aria} name="title" required className={inputClass} defaultValue={value("title")} />}
      </Field>
      <Field id="slug" label="Slug" hint={slugHint} error={fieldError(state, "slug")}>
        {(aria) => (
          <input {...aria} name="slug" required className={inputClass} defaultValue={value("slug")} autoCapitalize="none" spellCheck={false} />
        )}
      </Field>
      <Field id="question" label="Question" hint="The one contested question the checklist answers." error={fieldError(state, "question")}>
        {(aria) => <input {...aria} name="question" required className={inputClass} defaultValue={value("question")} />}
      </Field>
      <Field id="description" label="Description (optional)" hint="Context for readers, shown under the question." error={fieldError(state, "description")}>
        {(aria) => <textarea {...aria} name="description" className={textareaClass} defaultValue={value("description")} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Saving…">{tracker ? "Save details" : "Create tracker"}</SubmitButton>
      </div>
    </form>
  );
}
