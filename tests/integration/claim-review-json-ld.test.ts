// The ClaimReview JSON-LD a claim page emits, rendered by the real
// component from the real public query, then parsed back and checked field by field.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ClaimReviewJsonLd } from "@/components/claim-review-json-ld";
import { getDb } from "@/lib/db/client";
import { getPublicClaim, type PublicClaim } from "@/lib/server/public/get-public-claim";
import { CLAIM_FIELDS, makeApprovedChange, makeClaim, makeTracker } from "../support/builders";

const SITE = "https://proofboard.example";

function render(claim: PublicClaim): string {
  return renderToStaticMarkup(createElement(ClaimReviewJsonLd, { claim, url: `${SITE}/claims/${claim.id}`, siteUrl: SITE }));
}

function parseJsonLd(markup: string): Record<string, unknown>[] {
  const scripts = [...markup.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return scripts.map((match) => JSON.parse(match[1]!) as Record<string, unknown>);
}

async function reviewedClaim(options: { demo?: boolean; statement?: string } = {}) {
  const tracker = await makeTracker({ proofPoints: 1 });
  if (options.demo) await getDb().tracker.update({ where: { id: tracker.id }, data: { isDemo: true } });
  const claim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id, statement: options.statement });
  await makeApprovedChange({ claimId: claim.id, toStatus: "disputed" });
  await makeApprovedChange({ claimId: claim.id, toStatus: "refuted" });
  return (await getPublicClaim({ id: claim.id }))!;
}

let claim: PublicClaim;
beforeAll(async () => {
  claim = await reviewedClaim();
});

describe("ClaimReview JSON-LD", () => {
  it("carries the schema.org fields, with the rating from CLAIM_REVIEW_RATING", () => {
    const [data, ...rest] = parseJsonLd(render(claim));
    expect(rest).toEqual([]);
    const firstApproval = claim.history[0]!.approvedAt.slice(0, 10);
    expect(data).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `${SITE}/claims/${claim.id}`,
      claimReviewed: CLAIM_FIELDS.statement,
      datePublished: firstApproval,
      author: { "@type": "Organization", name: "Proofboard", url: SITE },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: CLAIM_FIELDS.claimant },
        datePublished: CLAIM_FIELDS.claimedAt,
      },
      reviewRating: {
        "@type": "Rating",
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        alternateName: "False",
        ratingExplanation: expect.stringContaining("contradicts"),
      },
    });
  });

  it("dates a later verdict as a modification of the first", async () => {
    const tracker = await makeTracker({ proofPoints: 1 });
    const created = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
    const now = new Date("2026-01-02T10:00:00Z");
    await makeApprovedChange({ claimId: created.id, toStatus: "disputed" });
    await getDb().statusChange.updateMany({ where: { claimId: created.id }, data: { createdAt: now } });
    await makeApprovedChange({ claimId: created.id, toStatus: "partially_supported" });
    const [data] = parseJsonLd(render((await getPublicClaim({ id: created.id }))!));
    expect(data).toMatchObject({ datePublished: "2026-01-02", reviewRating: { ratingValue: 4, alternateName: "Partly true" } });
    expect(data!.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("is left out for a claim nobody has reviewed yet and for demo trackers", async () => {
    const tracker = await makeTracker({ proofPoints: 1 });
    const unreviewed = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
    expect(render((await getPublicClaim({ id: unreviewed.id }))!)).toBe("");
    expect(render(await reviewedClaim({ demo: true }))).toBe("");
  });

  it("cannot be closed early by text in the claim", async () => {
    const statement = "The report says </script><script>alert(1)</script> happened.";
    const markup = render(await reviewedClaim({ statement }));
    expect(markup.match(/<\/script>/g)).toHaveLength(1);
    expect(parseJsonLd(markup)[0]!.claimReviewed).toBe(statement);
  });
});
