import Link from "next/link";
import { FormattedDate } from "@/components/formatted-date";
import { ReliabilityBadge } from "@/components/reliability-badge";
import type { SourceSummary } from "@/lib/server/workspace/list-sources";
import styles from "./source-list.module.css";

/** The registry as cards: a table of five columns cannot fit a phone, cards reflow. */
export function SourceList({ sources }: { sources: SourceSummary[] }) {
  return (
    <ul className={styles.list} aria-label="Sources">
      {sources.map((source) => (
        <li key={source.id} className={styles.card}>
          <div className={styles.head}>
            <p className={styles.name}>
              <Link href={`/workspace/sources/${source.id}`}>{source.name}</Link>
              <span className={styles.domain}>{source.domain}</span>
            </p>
            <ReliabilityBadge grade={source.reliability} />
          </div>
          <p className={styles.rationale}>{source.rationale || <span className={styles.unrated}>Not rated yet: carries no weight.</span>}</p>
          <p className={styles.meta}>
            {source.ratedAt ? (
              <span>
                Rated by {source.ratedBy} on <FormattedDate value={source.ratedAt} />
              </span>
            ) : null}
            <span>
              {source.evidenceCount} evidence {source.evidenceCount === 1 ? "item" : "items"}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
