"use client";

import { useActionState } from "react";
import { FormBanner, SubmitButton, formStyles } from "@/components/forms";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import styles from "./trackers-admin.module.css";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Intent = "publish" | "unpublish" | "archive" | "unarchive";

const EXPLANATIONS: Record<Intent, { button: string; text: string }> = {
  publish: {
    button: "Publish",
    text: "Readers will see this tracker on the home page, its scorecard, every claim and every proof point. Needs at least one active proof point, each with resolution criteria.",
  },
  unpublish: {
    button: "Unpublish",
    text: "Hides the tracker and everything under it from readers at once; nothing is deleted and old links answer “not found” until you publish again.",
  },
  archive: {
    button: "Archive",
    text: "For a tracker that is finished or abandoned: hidden from readers and closed to new claims and checklist changes, kept whole. You can take it out of the archive later.",
  },
  unarchive: {
    button: "Take out of the archive",
    text: "Opens the tracker to changes again. If it was published when archived, readers see it again at once.",
  },
};

/** The tracker's lifecycle buttons, each with what it will do, so nobody publishes by surprise. */
export function TrackerStatusActions({ action, trackerId, published, archived }: { action: Action; trackerId: string; published: boolean; archived: boolean }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const intents: Intent[] = archived ? ["unarchive"] : [published ? "unpublish" : "publish", "archive"];
  return (
    <div className={styles.statusActions}>
      <FormBanner state={state} />
      {intents.map((intent) => (
        <form key={intent} action={formAction} className={styles.statusAction}>
          <input type="hidden" name="trackerId" value={trackerId} />
          <input type="hidden" name="intent" value={intent} />
          <p className={formStyles.hint}>{EXPLANATIONS[intent].text}</p>
          <SubmitButton className={intent === "publish" ? "button" : styles.secondaryButton} pendingLabel="Working…">
            {EXPLANATIONS[intent].button}
          </SubmitButton>
        </form>
      ))}
    </div>
  );
}
