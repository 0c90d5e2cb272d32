"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass, selectClass } from "@/components/forms";
import { EVENT_KIND_INFO, EVENT_KINDS } from "@/lib/domain/events/event-kinds";
import { fieldError, IDLE_FORM_STATE, submittedValue, type FormState } from "@/lib/actions/form-state";
import { SecretReveal } from "./secret-reveal";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; trackers: { id: string; title: string }[] };

const LABELS = { url: "URL", description: "Description", trackerId: "Tracker", eventKinds: "Events" };

/** Registers an endpoint; its signing secret is shown once, here, after creation. */
export function CreateEndpointForm({ action, trackers }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const secret = typeof state.details?.secret === "string" ? state.details.secret : null;
  const kinds = state.values?.eventKinds;
  const chosen = Array.isArray(kinds) ? kinds : kinds ? [kinds] : ["status.approved"];
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} fieldLabels={LABELS} />
      {secret ? <SecretReveal secret={secret} id="new-endpoint-secret" /> : null}
      <Field id="url" label="URL" hint="Where deliveries are POSTed: a public http(s) address; private and local addresses are refused when sending." error={fieldError(state, "url")}>
        {(aria) => <input {...aria} name="url" type="url" required className={inputClass} defaultValue={submittedValue(state, "url")} />}
      </Field>
      <Field id="description" label="Description" hint="Optional: who runs it, what it feeds." error={fieldError(state, "description")}>
        {(aria) => <input {...aria} name="description" className={inputClass} defaultValue={submittedValue(state, "description")} />}
      </Field>
      <Field id="trackerId" label="Tracker" error={fieldError(state, "trackerId")}>
        {(aria) => (
          <select {...aria} name="trackerId" className={selectClass} defaultValue={submittedValue(state, "trackerId") ?? ""}>
            <option value="">Site-wide: every tracker</option>
            {trackers.map((tracker) => (
              <option key={tracker.id} value={tracker.id}>
                {tracker.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className={formStyles.fieldset} aria-describedby={fieldError(state, "eventKinds") ? "eventKinds-error" : undefined}>
        <legend className={formStyles.label}>Events</legend>
        {EVENT_KINDS.map((kind) => (
          <label key={kind} className={formStyles.checkbox}>
            <input type="checkbox" name="eventKinds[]" value={kind} defaultChecked={chosen.includes(kind)} />
            <span>
              <strong>{EVENT_KIND_INFO[kind].label}</strong> <span className={formStyles.hint}>— {EVENT_KIND_INFO[kind].description}</span>
            </span>
          </label>
        ))}
        {fieldError(state, "eventKinds") ? (
          <p id="eventKinds-error" className={formStyles.error}>
            {fieldError(state, "eventKinds")}
          </p>
        ) : null}
      </fieldset>
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Creating…">Create endpoint</SubmitButton>
      </div>
    </form>
  );
}
