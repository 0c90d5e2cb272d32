import Link from "next/link";
import { claimPath, trackerPaths } from "@/lib/public/urls";
import type { PublicSearchResult } from "@/lib/server/public/search-public-claims";
import { FormattedDate } from "@/components/formatted-date";
import { StatusBadge } from "@/components/status-badge";
import { Highlighted } from "@/components/workspace/highlighted";
import styles from "./search.module.css";

/** The matching claims, matched words marked, each with the evidence that matched. */
export function SearchResults({ results }: { results: PublicSearchResult[] }) {
  return (
    <ol className={styles.results}>
      {results.map((result) => (
        <li key={result.id} className={styles.result}>
          <Link href={claimPath(result.id)} className={styles.statement} dir="auto">
            <Highlighted text={result.statement} />
          </Link>
          <p className={styles.meta}>
            <StatusBadge status={result.status} />{" "}
            <span>
              <Link href={trackerPaths(result.tracker.slug).page}>
                <bdi>{result.tracker.title}</bdi>
              </Link>{" "}
              ·{" "}
              <Link href={`${trackerPaths(result.tracker.slug).page}/points/${encodeURIComponent(result.proofPoint.key)}`}>
                <bdi>{result.proofPoint.title}</bdi>
              </Link>{" "}
              · <bdi>{result.claimant}</bdi>, <FormattedDate value={result.claimedAt} /> · {result.evidenceCount} evidence{" "}
              {result.evidenceCount === 1 ? "item" : "items"}
            </span>
          </p>
          {result.matches.length > 0 ? (
            <ul className={styles.matches} aria-label="Matching evidence">
              {result.matches.map((match) => (
                <li key={match.id}>
                  <strong dir="auto">
                    <Highlighted text={match.title} />
                  </strong>
                  {match.snippet ? (
                    <span className={styles.snippet} dir="auto">
                      <Highlighted text={match.snippet} />
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
