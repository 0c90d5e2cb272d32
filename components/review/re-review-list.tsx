import Link from "next/link";
import { FormattedDate } from "@/components/formatted-date";
import { StatusBadge } from "@/components/status-badge";
import type { ReReviewItem } from "@/lib/server/review/list-re-review-queue";
import styles from "./review.module.css";

/** Claims whose approved status lost some of its footing: confirm it as it stands, or propose a change. */
export function ReReviewList({ items }: { items: readonly ReReviewItem[] }) {
  if (items.length === 0) return <p>No claim needs re-review.</p>;
  return (
    <ol className={styles.list}>
      {items.map((item) => (
        <li key={item.claimId} className={styles.card}>
          <article aria-label={item.statement}>
            <p className={styles.context}>
              {item.trackerTitle} · {item.proofPointTitle}
            </p>
            <p className={styles.statement}>{item.statement}</p>
            <p className={styles.meta}>
              <StatusBadge status={item.status} /> needs re-review since <FormattedDate value={item.since} />: {item.reason}.
            </p>
            <p>
              {item.pendingProposalCount > 0 ? `${item.pendingProposalCount} pending proposal(s) below. ` : null}
              <Link href={`/workspace/claims/${item.claimId}/confirm`}>
                Confirm or change the status<span className="visually-hidden"> of “{item.statement}”</span>
              </Link>
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
