import { StatusBadge } from "@/components/status-badge";
import { CLAIM_REVIEW_RATING, CLAIM_STATUSES, STATUS_LABELS } from "@/lib/domain";
import { BadgeHeader, badgeHeaderClassName, ReferenceTable } from "./reference-table";

/** How each status is published as a schema.org ClaimReview rating; the table is CLAIM_REVIEW_RATING itself. */
export function ClaimReviewTable() {
  // Listed from worst to best rating, the order search engines read the scale in.
  const statuses = [...CLAIM_STATUSES].sort((a, b) => CLAIM_REVIEW_RATING[a].ratingValue - CLAIM_REVIEW_RATING[b].ratingValue);
  return (
    <ReferenceTable
      caption="Statuses as schema.org ClaimReview ratings (worstRating 1, bestRating 5)"
      label="Statuses as schema.org ClaimReview ratings"
      columns={[{ heading: "Status" }, { heading: "ratingValue" }, { heading: "alternateName" }]}
      rows={statuses.map((status) => ({
        key: status,
        header: <BadgeHeader label={STATUS_LABELS[status]} badge={<StatusBadge status={status} />} />,
        headerClassName: badgeHeaderClassName,
        cells: [CLAIM_REVIEW_RATING[status].ratingValue, CLAIM_REVIEW_RATING[status].alternateName],
      }))}
    />
  );
}
