import Link from "next/link";
import styles from "./review.module.css";

/** The queue's empty state; with a filter, a way back to every tracker. */
export function EmptyQueue({ filtered, trackerTitle }: { filtered: boolean; trackerTitle?: string }) {
  const where = trackerTitle ? ` in ${trackerTitle}` : filtered ? ": no tracker has that name" : "";
  return (
    <div className={styles.empty}>
      <p>
        <strong>Nothing waits for review{where}.</strong>
      </p>
      <p className="muted">When an analyst proposes a status change, it appears here, oldest first.</p>
      {filtered ? (
        <p>
          <Link href="/workspace/review">Show every tracker</Link>
        </p>
      ) : null}
    </div>
  );
}
