import Link from "next/link";
import type { LatestStatusChange } from "@/lib/server/read/list-tracker-status-changes";
import { FormattedDate } from "./formatted-date";
import list from "./dated-list.module.css";
import { StatusBadge } from "./status-badge";

/** The newest approved status changes across a tracker, newest first. */
export function LatestChanges({ changes }: { changes: LatestStatusChange[] }) {
  if (changes.length === 0) {
    return <p className={list.empty}>No status changes have been approved yet: every claim is still unverified.</p>;
  }
  return (
    <ol className={list.list}>
      {changes.map((change) => (
        <li key={change.id} className={list.item}>
          <span className={list.date}>
            <FormattedDate value={change.approvedAt} />
          </span>
          <div>
            <Link href={`/claims/${change.claimId}`} className={list.title} dir="auto">
              {change.claimStatement}
            </Link>
            <p className={list.meta}>
              <span>
                <bdi>{change.proofPointTitle}</bdi>:
              </span>
              <StatusBadge status={change.fromStatus} />
              <span aria-hidden="true">→</span>
              <span className="visually-hidden">changed to</span>
              <StatusBadge status={change.toStatus} />
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
