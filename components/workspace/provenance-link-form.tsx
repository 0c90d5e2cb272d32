"use client";

import { useActionState } from "react";
import { Field, FormBanner, SubmitButton, formStyles, inputClass, selectClass, textareaClass } from "@/components/forms";
import { PROVENANCE_RELATION_LABELS, PROVENANCE_RELATIONS } from "@/lib/domain/independent-origins";
import { IDLE_FORM_STATE, fieldError, type FormState } from "@/lib/actions/form-state";
import { shownValue } from "./form-values";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Props = {
  action: Action;
  evidenceId: string;
  otherItems: { id: string; title: string }[];
  origins: { id: string; name: string }[];
};

const FIELD_LABELS = { relation: "How it relates", target: "Derives from", originName: "Origin's name", originUrl: "Origin's address", reason: "Why you think so" };

/** Records what an item derives from: another item on the claim, an origin named before, or a new one. */
export function ProvenanceLinkForm({ action, evidenceId, otherItems, origins }: Props) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const target = shownValue(state, "target");
  return (
    <form action={formAction} className={formStyles.form} noValidate>
      <FormBanner state={state} fieldLabels={FIELD_LABELS} />
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <Field id="relation" label="How it relates" error={fieldError(state, "relation")}>
        {(aria) => (
          <select key={`relation-${shownValue(state, "relation")}`} {...aria} name="relation" className={selectClass} defaultValue={shownValue(state, "relation") || "republishes"}>
            {PROVENANCE_RELATIONS.map((relation) => (
              <option key={relation} value={relation}>
                This item {PROVENANCE_RELATION_LABELS[relation]}…
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="target"
        label="Derives from"
        hint="Another item on this claim, an origin already named on it, or a new origin that is not logged as its own item (a wire story, a procurement notice, a post)."
        error={fieldError(state, "target")}
      >
        {(aria) => (
          <select key={`target-${target}`} {...aria} name="target" className={selectClass} defaultValue={target || "new"}>
            <option value="new">A new origin, named below</option>
            {origins.length > 0 ? (
              <optgroup label="Origins named on this claim">
                {origins.map((origin) => (
                  <option key={origin.id} value={`origin:${origin.id}`}>
                    {origin.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {otherItems.length > 0 ? (
              <optgroup label="Other items on this claim">
                {otherItems.map((item) => (
                  <option key={item.id} value={`item:${item.id}`}>
                    {item.title}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        )}
      </Field>
      <Field id="originName" label="Origin's name (for a new origin)" hint="For example “Reuters, 17 Dec 2025” or “CCGP procurement notice”." error={fieldError(state, "originName")}>
        {(aria) => <input {...aria} name="originName" className={inputClass} maxLength={200} defaultValue={shownValue(state, "originName")} />}
      </Field>
      <Field id="originUrl" label="Origin's address (optional)" error={fieldError(state, "originUrl")}>
        {(aria) => <input {...aria} name="originUrl" type="url" inputMode="url" className={inputClass} defaultValue={shownValue(state, "originUrl")} />}
      </Field>
      <Field id="reason" label="Why you think so" hint="Readers see it beside the link, with your name." error={fieldError(state, "reason")}>
        {(aria) => <textarea {...aria} name="reason" rows={2} className={textareaClass} defaultValue={shownValue(state, "reason")} />}
      </Field>
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Recording…">Record the link</SubmitButton>
      </div>
    </form>
  );
}
