// A claim page holds one page of evidence whatever the claim holds, while its count and its
// balance cover every live item; past the last page there is no page.
import { beforeAll, describe, expect, it } from "vitest";
import { BALANCE_CONTRIBUTIONS_SHOWN, EVIDENCE_PAGE_SIZE, getPublicClaim } from "@/lib/server/public/get-public-claim";
import { seedScaleTracker } from "@/scripts/lib/seed-scale";
import { uniqueToken } from "../support/builders";

let claimId: string;
const HOT = 120;

beforeAll(async () => {
  const slug = `pages-${uniqueToken()}`;
  await seedScaleTracker(process.env.DATABASE_URL!, { claims: 12, evidence: HOT + 22, hotClaimEvidence: HOT, changes: 4, sources: 7 }, slug);
  claimId = `${slug}-claim-1`;
});

const itemsOf = (claim: NonNullable<Awaited<ReturnType<typeof getPublicClaim>>>) => Object.values(claim.evidenceByStance).flat();

describe("a claim's evidence pages", () => {
  it("shows one page, counts and weighs them all", async () => {
    const first = await getPublicClaim({ id: claimId });
    expect(first!.evidenceCount).toBe(HOT);
    expect(first!.evidencePageCount).toBe(Math.ceil(HOT / EVIDENCE_PAGE_SIZE));
    expect(itemsOf(first!)).toHaveLength(EVIDENCE_PAGE_SIZE);
    expect(first!.balanceContributionCount).toBe(HOT);
    expect(first!.balance.contributions).toHaveLength(BALANCE_CONTRIBUTIONS_SHOWN);
  });

  it("pages through every item exactly once", async () => {
    const seen = new Set<string>();
    for (let page = 1; page <= Math.ceil(HOT / EVIDENCE_PAGE_SIZE); page += 1) {
      for (const item of itemsOf((await getPublicClaim({ id: claimId, evidencePage: page }))!)) seen.add(item.id);
    }
    expect(seen.size).toBe(HOT);
    expect(await getPublicClaim({ id: claimId, evidencePage: Math.ceil(HOT / EVIDENCE_PAGE_SIZE) + 1 })).toBeNull();
  });
});
