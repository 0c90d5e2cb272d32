import { CLAIM_STATUSES, STATUS_LABELS, requiredStanceFor } from "@/lib/domain";
import styles from "./methodology.module.css";

// Derived from requiredStanceFor so this page states exactly the rule the approval command enforces.
const EVIDENCE_REQUIREMENTS = CLAIM_STATUSES.flatMap((status) => {
  const stance = requiredStanceFor(status);
  return stance ? [{ status, stance }] : [];
});

/** The four-eyes review workflow, in the order a status change passes through it. */
export function ReviewRules() {
  return (
    <ol className={styles.rules}>
      <li>
        An analyst proposes a new status for a claim, with a written rationale and the evidence items it rests on.
      </li>
      <li>
        A reviewer who is <strong>not</strong> the proposer approves or rejects it. Nobody can approve their own
        proposal, and no administrator, import or API can set a status directly.
      </li>
      {EVIDENCE_REQUIREMENTS.map(({ status, stance }) => (
        <li key={status}>
          A move to <strong>{STATUS_LABELS[status]}</strong> must cite at least one evidence item that {stance} the
          claim.
        </li>
      ))}
      <li>
        A proposal records the status it expected to change. If the claim has moved on by the time it is reviewed,
        the proposal is marked superseded instead of being applied to a status its author never saw.
      </li>
      <li>
        Each approval is recorded in the claim&apos;s public status history with the proposer, the reviewer, the
        rationale and the cited evidence. History is append-only: entries are never edited or removed.
      </li>
    </ol>
  );
}
