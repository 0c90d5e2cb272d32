import Link from "next/link";
import { claimPath } from "@/lib/public/urls";
import type { TrackerClaimsPage } from "@/lib/server/public/list-tracker-claims";
import { DeadlineMarker } from "./deadline-marker";
import styles from "./public-claim-list.module.css";
import { StatusBadge } from "./status-badge";

type PublicClaimListProps = {
  list: TrackerClaimsPage;
  /** The URL of page N of this same list. */
  href: (page: number) => string;
  /** Name of the page links for screen readers, e.g. "Pages of claims under Throughput". */
  pagesLabel: string;
};

/** One page of a tracker's claims (or one proof point's), newest first, with links to the other pages. */
export function PublicClaimList({ list, href, pagesLabel }: PublicClaimListProps) {
  if (list.claims.length === 0) return <p className="muted">No claims filed here yet.</p>;
  return (
    <>
      <ul className={styles.list}>
        {list.claims.map((claim) => (
          <li key={claim.id}>
            <Link href={claimPath(claim.id)} dir="auto">
              {claim.statement}
            </Link>
            <p className="muted">
              <StatusBadge status={claim.status} /> <DeadlineMarker overdue={claim.overdue} dueSoon={claim.dueSoon} resolveBy={claim.resolveBy} />{" "}
              <bdi>{claim.claimant}</bdi> · {list.proofPoint ? null : <><bdi>{claim.proofPointTitle}</bdi> · </>}
              {claim.evidenceCount} evidence {claim.evidenceCount === 1 ? "item" : "items"}
            </p>
          </li>
        ))}
      </ul>
      {list.pageCount > 1 ? (
        <nav aria-label={pagesLabel} className={styles.pagination}>
          {list.page > 1 ? (
            <Link href={href(list.page - 1)} rel="prev">
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          <span>
            Page {list.page} of {list.pageCount}
          </span>
          {list.page < list.pageCount ? (
            <Link href={href(list.page + 1)} rel="next">
              Next →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}
