import Link from "next/link";
import { describeSideOrigins } from "@/lib/domain/independent-origins";
import type { ScorecardProofPoint } from "@/lib/server/public/get-tracker-scorecard";
import { Badge } from "./badge";
import { DeadlineMarker } from "./deadline-marker";
import { FormattedDate } from "./formatted-date";
import { ProofPointStateBadge } from "./proof-point-state-badge";
import styles from "./scorecard-row.module.css";
import { StatusBadge } from "./status-badge";
import { CriteriaThresholdLine, OlderCriteriaTick } from "./verdict/criteria-threshold";
import { CriteriaShortfall, ReReviewFlag } from "./verdict/re-review-flag";

type ScorecardRowProps = { proofPoint: ScorecardProofPoint; number?: number; trackerSlug: string };

/** One box of the checklist: its derived state, the question it asks, and the claims filed under it. */
export function ScorecardRow({ proofPoint, number, trackerSlug }: ScorecardRowProps) {
  const headingId = `proof-point-${proofPoint.key}`;
  return (
    <li className={styles.row}>
      <div className={styles.point}>
        {proofPoint.retiredAt ? (
          <Badge tone="neutral" icon="⊘" context="Box:" title="Retired: no longer counts towards the headline">
            Retired
          </Badge>
        ) : (
          <ProofPointStateBadge state={proofPoint.state} />
        )}
        <h3 id={headingId} className={styles.title}>
          {number !== undefined ? (
            <span className={styles.number} aria-hidden="true">
              {number}.
            </span>
          ) : null}
          <bdi>{proofPoint.title}</bdi>
        </h3>
        <p className={styles.question} dir="auto">
          {proofPoint.question}
        </p>
        {proofPoint.tickWhen ? (
          <p className={styles.criteria}>
            <strong>Ticks when:</strong> <bdi>{proofPoint.tickWhen}</bdi>
          </p>
        ) : null}
        <CriteriaThresholdLine threshold={proofPoint.threshold} className={styles.criteria} />
        <OlderCriteriaTick tick={proofPoint.tickedUnderOlderCriteria} className={styles.criteria} />
        <p className={styles.criteriaLink}>
          <Link href={`/trackers/${trackerSlug}/points/${proofPoint.key}`}>
            Resolution criteria and their changes<span className="visually-hidden"> for {proofPoint.title}</span>
          </Link>
        </p>
      </div>
      {proofPoint.claims.length === 0 ? (
        <p className={styles.empty}>No claims filed under this proof point yet.</p>
      ) : (
        <ul className={styles.claims} aria-label={`Claims under ${proofPoint.title}`}>
          {proofPoint.claims.map((claim) => (
            <li key={claim.id} className={styles.claim}>
              <Link href={`/claims/${claim.id}`} className={styles.statement} dir="auto">
                {claim.statement}
              </Link>
              <p className={styles.claimMeta}>
                <StatusBadge status={claim.status} />
                <ReReviewFlag standing={claim.standing} />
                <CriteriaShortfall status={claim.status} standing={claim.standing} />
                <DeadlineMarker overdue={claim.overdue} dueSoon={claim.dueSoon} resolveBy={claim.resolveBy} />
                <span>
                  {/* <bdi>: a right-to-left claimant must not carry the count and the dot along with it. */}
                  <bdi>{claim.claimant}</bdi> · {claim.evidenceCount} evidence {claim.evidenceCount === 1 ? "item" : "items"}
                  {withSides(describeSideOrigins(claim.supportOrigins, claim.refuteOrigins))}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
      {proofPoint.claimCount > proofPoint.claims.length ? (
        <p className={styles.criteriaLink}>
          <Link href={`/trackers/${trackerSlug}/claims?point=${encodeURIComponent(proofPoint.key)}`}>
            All {proofPoint.claimCount} claims<span className="visually-hidden"> under {proofPoint.title}</span>
          </Link>
        </p>
      ) : null}
      {proofPoint.latestChange ? (
        <p className={styles.latest}>
          <span className={styles.latestLabel}>Latest change</span> <FormattedDate value={proofPoint.latestChange.approvedAt} />:{" "}
          <Link href={`/claims/${proofPoint.latestChange.claimId}`}>
            <bdi>{proofPoint.latestChange.claimStatement}</bdi>
          </Link>{" "}
          <span className={styles.latestTransition}>
            <StatusBadge status={proofPoint.latestChange.fromStatus} />
            <span aria-hidden="true">→</span>
            <span className="visually-hidden">changed to</span>
            <StatusBadge status={proofPoint.latestChange.toStatus} />
          </span>
        </p>
      ) : null}
    </li>
  );
}

/** " · 2 independent supporting origins": the origin counts after the evidence count, if any. */
function withSides(sides: string): string {
  return sides ? ` · ${sides}` : "";
}
