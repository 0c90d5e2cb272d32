import { CLAIM_REVIEW_RATING, STATUS_DESCRIPTIONS, type ClaimStatus } from "@/lib/domain";

export type ClaimReviewSource = {
  statement: string;
  claimant: string;
  claimedAt: string;
  status: ClaimStatus;
  tracker: { isDemo: boolean };
  /** Approved status changes, oldest first. */
  history: { approvedAt: string }[];
  standing: { needsReReview: { reason: string; since: string } | null };
};

/**
 * A claim carries a ClaimReview only once a reviewer has approved a verdict on it (an
 * unreviewed claim has no verdict to publish) and only outside demo trackers, whose
 * illustrative claims must not reach search results dressed as real fact checks.
 */
export function hasPublishableReview(claim: ClaimReviewSource): boolean {
  return !claim.tracker.isDemo && claim.history.length > 0;
}

/** schema.org ClaimReview for a claim page; the rating mapping is CLAIM_REVIEW_RATING (see /methodology). */
export function claimReviewData(claim: ClaimReviewSource, options: { url: string; siteUrl: string }) {
  const rating = CLAIM_REVIEW_RATING[claim.status];
  const first = claim.history[0]?.approvedAt.slice(0, 10);
  const last = claim.history.at(-1)?.approvedAt.slice(0, 10);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: options.url,
    claimReviewed: claim.statement,
    // The review was first published with the first approved verdict, updated with each later one.
    ...(first ? { datePublished: first } : {}),
    ...(last && last !== first ? { dateModified: last } : {}),
    author: { "@type": "Organization", name: "Proofboard", url: options.siteUrl },
    itemReviewed: {
      "@type": "Claim",
      // Claimants are publishers, agencies and companies far more often than people.
      author: { "@type": "Organization", name: claim.claimant },
      datePublished: claim.claimedAt,
    },
    reviewRating: { "@type": "Rating", ...rating, ...reReviewed(claim, rating.alternateName) },
  };
}

// A verdict whose ground changed keeps its rating, but says so wherever it is read.
function reReviewed(claim: ClaimReviewSource, alternateName: string) {
  const flag = claim.standing.needsReReview;
  if (!flag) return { ratingExplanation: STATUS_DESCRIPTIONS[claim.status] };
  return {
    alternateName: `${alternateName} (needs re-review)`,
    ratingExplanation: `Needs re-review since ${flag.since.slice(0, 10)}: ${flag.reason}. ${STATUS_DESCRIPTIONS[claim.status]}`,
  };
}

/** Script text for JSON-LD; "<" escaped so no string in the data can close the element (Next.js JSON-LD guide). */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

type ClaimReviewJsonLdProps = { claim: ClaimReviewSource; url: string; siteUrl: string };

/** schema.org ClaimReview, so search engines can show the reviewed status beside the claim. */
export function ClaimReviewJsonLd({ claim, url, siteUrl }: ClaimReviewJsonLdProps) {
  if (!hasPublishableReview(claim)) return null;
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(claimReviewData(claim, { url, siteUrl })) }} />
  );
}
