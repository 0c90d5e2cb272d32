import type { ClaimStatus } from "@/lib/domain";
import { StatusBadge } from "../status-badge";
import styles from "./review.module.css";

/** "Unverified → Supported" with labels a screen reader can follow. */
export function StatusTransition({ from, to, fromLabel, toLabel }: { from: ClaimStatus; to: ClaimStatus; fromLabel: string; toLabel: string }) {
  return (
    <p className={styles.transition}>
      <span className={styles.transitionPart}>
        <span className={styles.transitionLabel}>{fromLabel}</span> <StatusBadge status={from} />
      </span>
      <span aria-hidden="true">→</span>
      <span className={styles.transitionPart}>
        <span className={styles.transitionLabel}>{toLabel}</span> <StatusBadge status={to} />
      </span>
    </p>
  );
}
