import Link from "next/link";
import { Field, formStyles, inputClass, selectClass } from "@/components/forms";
import type { FieldErrors } from "@/lib/errors/app-error";
import type { AuditFilterOptions } from "@/lib/server/audit/list-audit-filter-options";
import { SYSTEM_ACTOR } from "@/lib/validation/audit";
import styles from "./audit.module.css";

type Props = { options: AuditFilterOptions; values: Record<string, string>; errors: FieldErrors };

/** A GET form: filters live in the URL, so a filtered view can be bookmarked or sent to a colleague. */
export function AuditFilterForm({ options, values, errors }: Props) {
  const error = (field: string) => errors[field]?.[0];
  return (
    <form method="get" action="/admin/audit" className={styles.filters} role="search" aria-label="Filter the audit log">
      <Field id="actor" label="Actor" error={error("actor")}>
        {(aria) => (
          <select {...aria} name="actor" defaultValue={values.actor ?? ""} className={selectClass}>
            <option value="">Anyone</option>
            <option value={SYSTEM_ACTOR}>System (no signed-in user)</option>
            {options.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name} ({actor.email})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="entityType" label="Entity type" error={error("entityType")}>
        {(aria) => (
          <select {...aria} name="entityType" defaultValue={values.entityType ?? ""} className={selectClass}>
            <option value="">Any</option>
            {options.entityTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="entityId" label="Entity id" error={error("entityId")}>
        {(aria) => <input {...aria} name="entityId" defaultValue={values.entityId ?? ""} className={inputClass} spellCheck={false} />}
      </Field>
      <Field id="from" label="From (UTC day)" error={error("from")}>
        {(aria) => <input {...aria} type="date" name="from" defaultValue={values.from ?? ""} className={inputClass} />}
      </Field>
      <Field id="to" label="To (UTC day, inclusive)" error={error("to")}>
        {(aria) => <input {...aria} type="date" name="to" defaultValue={values.to ?? ""} className={inputClass} />}
      </Field>
      <div className={formStyles.actions}>
        <button type="submit" className="button">
          Filter
        </button>
        <Link href="/admin/audit">Clear filters</Link>
      </div>
      {error("page") ? <p className={formStyles.error}>Page {error("page")}</p> : null}
    </form>
  );
}
