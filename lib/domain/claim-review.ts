// Maps our statuses onto schema.org ClaimReview ratings so search engines read claim pages on a 1 (false) to 5 (true) scale.
import type { ClaimStatus } from "./statuses";

export type ClaimReviewRating = {
  ratingValue: number;
  bestRating: 5;
  worstRating: 1;
  alternateName: string;
};

export const CLAIM_REVIEW_RATING: Record<ClaimStatus, ClaimReviewRating> = {
  refuted: { ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "False" },
  disputed: { ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Disputed" },
  unverified: { ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: "Unverified" },
  partially_supported: { ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: "Partly true" },
  supported: { ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "True" },
};
