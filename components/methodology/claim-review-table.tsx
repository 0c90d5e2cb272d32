import { StatusBadge } from "@/components/status-badge";
import { CLAIM_REVIEW_RATING, CLAIM_STATUSES, STATUS_LABELS } from "@/lib/domain";
import { ScrollRegion } from "@/components/scroll-region";
import styles from "./methodology.module.css";

/** How each status is published as a schema.org ClaimReview rating; the table is CLAIM_REVIEW_RATING itself. */
export function ClaimReviewTable() {
  // Listed from worst to best rating, the order search engines read the scale in.
  const statuses = [...CLAIM_STATUSES].sort((a, b) => CLAIM_REVIEW_RATING[a].ratingValue - CLAIM_REVIEW_RATING[b].ratingValue);
  return (
    <ScrollRegion className={styles.tableWrap} label="Statuses as schema.org ClaimReview ratings">
      <table>
        <caption>Statuses as schema.org ClaimReview ratings (worstRating 1, bestRating 5)</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">ratingValue</th>
            <th scope="col">alternateName</th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((status) => (
            <tr key={status}>
              <th scope="row" className={styles.badgeCell}>
                <span className="visually-hidden">{STATUS_LABELS[status]}</span>
                <span aria-hidden="true">
                  <StatusBadge status={status} />
                </span>
              </th>
              <td>{CLAIM_REVIEW_RATING[status].ratingValue}</td>
              <td>{CLAIM_REVIEW_RATING[status].alternateName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
