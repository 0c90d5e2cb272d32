import type { FormState } from "@/lib/actions/form-state";
import styles from "./workspace.module.css";

const LABELS: Record<string, string> = {
  statement: "Statement",
  proofPointId: "Proof point",
  claimant: "Claimant",
  subject: "Subject",
  claimedAt: "Date claimed",
  resolveBy: "Resolve by",
};

/** After an edit conflict: the saved values that differ from what this editor typed. */
export function ConflictPanel({ state, proofPointTitles }: { state: FormState; proofPointTitles: Map<string, string> }) {
  const current = state.details?.current;
  if (state.status !== "error" || !current || typeof current !== "object") return null;
  const saved = current as Record<string, string>;
  const typed = state.values ?? {};
  // After a merge only the fields both editors changed are a question; without one, every difference.
  const conflicts = Array.isArray(state.details?.conflicts) ? (state.details.conflicts as string[]) : null;
  const differing = conflicts ?? Object.keys(LABELS).filter((field) => (saved[field] ?? "") !== String(typed[field] ?? "").trim());
  const show = (field: string, value: string) => (field === "proofPointId" ? (proofPointTitles.get(value) ?? value) : value) || "—";
  return (
    <section className={styles.conflict} aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" className={styles.smallHeading}>
        {conflicts ? "Changed by both of you: their saved version" : "The saved version now"}
      </h2>
      {differing.length === 0 ? (
        <p>It matches what you typed.</p>
      ) : (
        <dl>
          {differing.map((field) => (
            <div key={field}>
              <dt>{LABELS[field]}</dt>
              <dd>{show(field, saved[field] ?? "")}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
