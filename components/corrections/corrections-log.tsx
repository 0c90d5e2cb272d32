import Link from "next/link";
import { FormattedDate } from "@/components/formatted-date";
import { StatusBadge } from "@/components/status-badge";
import type { CorrectionEntry, DeclinedReport } from "@/lib/server/public/list-corrections";
import { claimPath } from "@/lib/public/urls";
import styles from "./corrections.module.css";

/** One correction: what the record said, what it says now, when, and who reviewed it. */
export function CorrectionItem({ entry, showTracker }: { entry: CorrectionEntry; showTracker: boolean }) {
  return (
    <li className={styles.entry} id={`correction-${entry.id}`}>
      <h3>
        <Link href={claimPath(entry.claim.id)}>
          <bdi>{entry.claim.statement}</bdi>
        </Link>
      </h3>
      <p className="muted">
        {entry.kind === "dispute" ? "Reader report" : "Reversed verdict"} ·{" "}
        {showTracker ? (
          <>
            <bdi>{entry.claim.tracker.title}</bdi> ·{" "}
          </>
        ) : null}
        <bdi>{entry.claim.proofPointTitle}</bdi>
      </p>
      <dl className={styles.change}>
        {entry.kind === "dispute" ? (
          <>
            <dt>Reported</dt>
            <dd dir="auto">{entry.report}</dd>
            <dt>Accepted</dt>
            <dd>
              <FormattedDate value={entry.acceptedAt} />
            </dd>
          </>
        ) : null}
        <dt>The record said</dt>
        <dd>
          <StatusBadge status={entry.said} />
        </dd>
        <dt>It says now</dt>
        <dd>{entry.review ? <StatusBadge status={entry.review.status} /> : "Under review by a second person"}</dd>
        {entry.review ? (
          <>
            <dt>When</dt>
            <dd>
              <FormattedDate value={entry.review.at} />
            </dd>
            <dt>Reviewed by</dt>
            <dd>
              {entry.review.reviewedBy} (proposed by {entry.review.proposedBy})
            </dd>
            <dt>Why</dt>
            <dd dir="auto">{entry.review.rationale}</dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}

export function CorrectionList({ entries, showTracker }: { entries: readonly CorrectionEntry[]; showTracker: boolean }) {
  if (entries.length === 0) return <p className="muted">No corrections yet.</p>;
  return (
    <ol className={styles.list}>
      {entries.map((entry) => (
        <CorrectionItem key={`${entry.kind}-${entry.id}`} entry={entry} showTracker={showTracker} />
      ))}
    </ol>
  );
}

export function DeclinedReports({ reports }: { reports: readonly DeclinedReport[] }) {
  if (reports.length === 0) return <p className="muted">No declined reports.</p>;
  return (
    <ol className={styles.list}>
      {reports.map((report) => (
        <li key={report.id} className={styles.entry}>
          <h3>
            <Link href={claimPath(report.claim.id)}>
              <bdi>{report.claim.statement}</bdi>
            </Link>
          </h3>
          <p>
            Declined <FormattedDate value={report.declinedAt} />: <span dir="auto">{report.reason}</span>
          </p>
        </li>
      ))}
    </ol>
  );
}

export function CorrectionsPolicy({ text, updatedAt }: { text: string; updatedAt: string | null }) {
  return (
    <section aria-labelledby="policy-heading">
      <h2 id="policy-heading">Our corrections policy</h2>
      <p className={styles.policy} dir="auto">
        {text}
      </p>
      {updatedAt ? (
        <p className="muted">
          Last changed <FormattedDate value={updatedAt} />.
        </p>
      ) : null}
    </section>
  );
}
