import { CLAIM_REVIEW_RATING, type ClaimStatus } from "@/lib/domain";

type ClaimReviewJsonLdProps = {
  url: string;
  statement: string;
  claimant: string;
  claimedAt: string;
  status: ClaimStatus;
  /** When the current status was approved; absent while the claim has never been reviewed. */
  reviewedAt: string | null;
};

/** schema.org ClaimReview, so search engines can show the reviewed status beside the claim. */
export function ClaimReviewJsonLd({ url, statement, claimant, claimedAt, status, reviewedAt }: ClaimReviewJsonLdProps) {
  const rating = CLAIM_REVIEW_RATING[status];
  const data = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url,
    claimReviewed: statement,
    ...(reviewedAt ? { datePublished: reviewedAt.slice(0, 10) } : {}),
    author: { "@type": "Organization", name: "Proofboard" },
    itemReviewed: {
      "@type": "Claim",
      datePublished: claimedAt,
      author: { "@type": "Organization", name: claimant },
    },
    reviewRating: { "@type": "Rating", ...rating },
  };
  // "<" escaped so no string in the data can close the script element (Next.js JSON-LD guide).
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
