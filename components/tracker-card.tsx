import Link from "next/link";
import type { PublishedTrackerSummary } from "@/lib/server/public/list-published-trackers";
import { Badge } from "./badge";
import { ScorecardHeadline } from "./scorecard-headline";
import styles from "./tracker-card.module.css";

/** A tracker in the public list: its question and how many of its boxes have ticked. */
export function TrackerCard({ tracker }: { tracker: PublishedTrackerSummary }) {
  return (
    <article className={styles.card}>
      <h2 className={styles.title}>
        <Link href={`/trackers/${tracker.slug}`} dir="auto">
          {tracker.title}
        </Link>
      </h2>
      <p className={styles.question} dir="auto">
        {tracker.question}
      </p>
      <ScorecardHeadline ticked={tracker.ticked} total={tracker.total} states={tracker.states} size="compact" />
      <p className={styles.meta}>
        <span>
          {tracker.claimCount} {tracker.claimCount === 1 ? "claim" : "claims"} tracked
        </span>
        {tracker.isDemo ? <Badge tone="warning">Demo data</Badge> : null}
      </p>
    </article>
  );
}
