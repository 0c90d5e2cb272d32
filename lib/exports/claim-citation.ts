// A public claim as the citation formats take it (lib/domain/cite-claim.ts): the page, its
// meta tags and the two downloads all build the reference from here.
import type { CitableClaim } from "@/lib/domain/cite-claim";
import { claimPath } from "@/lib/public/urls";
import type { PublicClaim } from "@/lib/server/public/get-public-claim";

export function toCitableClaim(claim: PublicClaim, baseUrl: string): CitableClaim {
  return {
    id: claim.id,
    statement: claim.statement,
    status: claim.status,
    trackerTitle: claim.tracker.title,
    proofPointTitle: claim.proofPoint.title,
    url: `${baseUrl}${claimPath(claim.id)}`,
    issued: claim.history.at(-1)?.approvedAt ?? claim.createdAt,
  };
}

/** "claim-<id>.ris": ids are cuids, but anything else is replaced so the header stays valid. */
export function citationFilename(id: string, extension: "json" | "ris"): string {
  return `claim-${id.replace(/[^a-z0-9-]+/gi, "-")}.${extension}`;
}

export const citationPaths = (id: string) => ({
  cslJson: `${claimPath(id)}/cite.json`,
  ris: `${claimPath(id)}/cite.ris`,
});
