import { STANCE_LABELS } from "@/lib/domain";
import type { StatusHistoryEntry } from "@/lib/server/read/status-history";
import { evidenceAnchor } from "./evidence-item";
import { FormattedDate } from "./formatted-date";
import { StatusBadge } from "./status-badge";
import styles from "./status-timeline.module.css";

/** A claim's approved status changes, oldest first: the only way a status ever moves. */
export function StatusTimeline({ entries }: { entries: StatusHistoryEntry[] }) {
  if (entries.length === 0) {
    return <p className={styles.empty}>No status changes yet: this claim is unverified.</p>;
  }
  return (
    <ol className={styles.timeline}>
      {entries.map((entry) => (
        <li key={entry.id} className={styles.entry}>
          {entry.isConfirmation ? (
            <p className={styles.transition}>
              <StatusBadge status={entry.toStatus} /> confirmed on re-review
            </p>
          ) : (
            <p className={styles.transition}>
              <StatusBadge status={entry.fromStatus} />
              <span className={styles.arrow} aria-hidden="true">
                →
              </span>
              <span className="visually-hidden">changed to</span>
              <StatusBadge status={entry.toStatus} />
            </p>
          )}
          {entry.reReviewReason ? <p className={styles.meta}>Re-review answered: {entry.reReviewReason}.</p> : null}
          {entry.toStatus === "supported" && entry.meetsCriteria !== null ? (
            <p className={styles.meta}>
              {entry.meetsCriteria ? "Judged to meet" : "Judged not to meet"} the criteria as written
              {entry.criteriaVersion !== null ? ` (version ${entry.criteriaVersion})` : ""}.
            </p>
          ) : null}
          <p className={styles.meta}>
            Approved <FormattedDate value={entry.approvedAt} /> · proposed by <bdi>{entry.proposedBy}</bdi> · reviewed by{" "}
            <bdi>{entry.approvedBy}</bdi>
          </p>
          <p className={styles.rationale} dir="auto">
            {entry.rationale}
          </p>
          {entry.approvalNote ? (
            <div className={styles.approvalNote}>
              <p className={styles.citedHeading}>Reviewer&rsquo;s note</p>
              <p dir="auto">{entry.approvalNote}</p>
            </div>
          ) : null}
          {entry.citedEvidence.length > 0 ? (
            <>
              <p className={styles.citedHeading}>Cited evidence</p>
              <ul className={styles.cited}>
                {entry.citedEvidence.map((evidence) => (
                  <li key={evidence.id}>
                    <a href={`#${evidenceAnchor(evidence.id)}`}>
                      <bdi>{evidence.title}</bdi>
                    </a>{" "}
                    ({STANCE_LABELS[evidence.stance]})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {entry.withdrawnCitationCount > 0 ? (
            <p className={styles.withdrawn}>
              {entry.withdrawnCitationCount === 1
                ? "One cited item has since been withdrawn."
                : `${entry.withdrawnCitationCount} cited items have since been withdrawn.`}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
