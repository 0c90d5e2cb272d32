import { formStyles } from "@/components/forms";

const ROLE_OPTIONS = [
  { value: "analyst", label: "Analyst", hint: "creates claims, logs evidence, proposes status changes" },
  { value: "reviewer", label: "Reviewer", hint: "everything an analyst can, plus approving others' proposals" },
  { value: "admin", label: "Admin", hint: "manages users, roles and trackers; cannot approve changes" },
] as const;

/** Roles as checkboxes: a user may hold several. */
export function RoleCheckboxes({ selected, error }: { selected: readonly string[]; error?: string }) {
  return (
    <fieldset className={formStyles.fieldset} aria-describedby={error ? "roles-error" : undefined}>
      <legend className={formStyles.label}>Roles</legend>
      {ROLE_OPTIONS.map((role) => (
        <label key={role.value} className={formStyles.checkbox}>
          <input type="checkbox" name="roles[]" value={role.value} defaultChecked={selected.includes(role.value)} />
          <span>
            <strong>{role.label}</strong> <span className={formStyles.hint}>— {role.hint}</span>
          </span>
        </label>
      ))}
      {error ? (
        <p id="roles-error" className={formStyles.error}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
