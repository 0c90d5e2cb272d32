import Link from "next/link";
import type { DeadlineClaim, ScorecardDeadlines as Deadlines } from "@/lib/server/public/get-tracker-scorecard";
import { DeadlineMarker } from "./deadline-marker";
import { FormattedDate } from "./formatted-date";
import list from "./dated-list.module.css";
import styles from "./scorecard-deadlines.module.css";
import { StatusBadge } from "./status-badge";

/** Claims whose resolve-by date has passed or is near while they still await an answer. */
export function ScorecardDeadlines({ deadlines }: { deadlines: Deadlines }) {
  const { flagged, next } = deadlines;
  return (
    <>
      {flagged.length === 0 ? (
        <p className={list.empty}>No claim is overdue or due to resolve within 90 days.</p>
      ) : (
        <ul className={list.list}>
          {flagged.map((claim) => (
            <DeadlineItem key={claim.id} claim={claim} />
          ))}
        </ul>
      )}
      {next ? (
        <>
          <p className={styles.nextHeading}>Next deadline</p>
          <ul className={list.list}>
            <DeadlineItem claim={next} />
          </ul>
        </>
      ) : null}
    </>
  );
}

function DeadlineItem({ claim }: { claim: DeadlineClaim }) {
  return (
    <li className={`${list.item} ${list.wideDate}`}>
      <span className={list.date}>
        Resolve by <FormattedDate value={claim.resolveBy} />
      </span>
      <div>
        <Link href={`/claims/${claim.id}`} className={list.title}>
          {claim.statement}
        </Link>
        <p className={list.meta}>
          <span>{claim.proofPointTitle}</span>
          <StatusBadge status={claim.status} />
          <DeadlineMarker overdue={claim.overdue} dueSoon={claim.dueSoon} resolveBy={claim.resolveBy} />
        </p>
      </div>
    </li>
  );
}
