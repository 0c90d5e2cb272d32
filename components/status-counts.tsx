import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/domain";
import { StatusBadge } from "./status-badge";
import styles from "./status-counts.module.css";

/** How many of a tracker's claims sit in each status, in the canonical status order. */
export function StatusCounts({ counts }: { counts: Record<ClaimStatus, number> }) {
  return (
    <ul className={styles.counts}>
      {CLAIM_STATUSES.map((status) => (
        <li key={status} className={styles.count}>
          <span className={styles.number}>{counts[status]}</span>
          <StatusBadge status={status} />
        </li>
      ))}
    </ul>
  );
}
