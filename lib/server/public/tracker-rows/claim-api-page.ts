import "server-only";
import type { ClaimStatus } from "@/lib/domain";
import { countClaimRows, readClaimRows, type ClaimSortKey, type TrackerClaimRow } from "./claim-rows";

export type ClaimApiQuery = { after?: ClaimSortKey; pageSize: number; proofPointId?: string; status?: ClaimStatus };

export type ClaimApiPage = {
  claims: TrackerClaimRow[];
  totalItems: number;
  /** The sort key to continue after, or null on the last page. */
  next: ClaimSortKey | null;
};

/** One keyset page of the claims API: four statements wherever it starts. */
export async function getClaimApiPage(trackerId: string, query: ClaimApiQuery): Promise<ClaimApiPage> {
  const filter = { proofPointId: query.proofPointId, status: query.status };
  // One row more than asked tells whether a next page exists without another query.
  const rows = await readClaimRows(trackerId, { after: query.after, limit: query.pageSize + 1, filter, now: new Date() });
  const claims = rows.slice(0, query.pageSize);
  return {
    claims,
    totalItems: await countClaimRows(trackerId, filter),
    next: rows.length > query.pageSize ? claims.at(-1)!.sortKey : null,
  };
}
