import Link from "next/link";
import { STATUS_LABELS } from "@/lib/domain";
import type { ReviewQueueItem } from "@/lib/server/review/list-review-queue";
import { formatAge } from "../relative-age";
import styles from "./review-queue.module.css";

/** The queue's href for one proposal, keeping the tracker filter. */
export function proposalHref(proposalId: string, tracker?: string): string {
  const params = new URLSearchParams({ ...(tracker ? { tracker } : {}), proposal: proposalId });
  return `/workspace/review?${params}#proposal-detail`;
}

/**
 * One line per pending proposal, oldest first: enough to choose what to open (claim,
 * proposed change, who and how long ago, what approval would do), and a link that opens it
 * in the detail pane.
 */
export function QueueList({ items, selectedId, tracker, now }: { items: ReviewQueueItem[]; selectedId?: string; tracker?: string; now: Date }) {
  return (
    <ol className={styles.rows} aria-label="Pending status proposals">
      {items.map((item) => {
        const selected = item.id === selectedId;
        return (
          <li key={item.id} className={selected ? `${styles.row} ${styles.selected}` : styles.row}>
            <Link href={proposalHref(item.id, tracker)} aria-current={selected ? "true" : undefined} className={styles.rowLink} dir="auto">
              {item.claim.statement}
            </Link>
            <span className={styles.rowMeta}>
              {item.isConfirmation ? `Keep ${STATUS_LABELS[item.toStatus].toLowerCase()}` : `${STATUS_LABELS[item.claim.status]} → ${STATUS_LABELS[item.toStatus]}`} ·{" "}
              <bdi>{item.proposedBy.name}</bdi> · {formatAge(item.createdAt, now)}
              {item.isOwn ? " · yours" : ""}
              {item.isStale ? " · stale" : ""}
              {item.changesRequested ? " · changes requested" : ""}
            </span>
            {item.preview ? <span className={styles.rowPreview}>{item.preview}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
