import "server-only";
// Full-text search over what readers may see: the claims of published trackers and their
// live evidence. The matching, ranking and excerpts are the workspace search's
// (lib/server/workspace/claim-search-sql.ts); only the tracker condition differs, and it is
// built from the visibility rules (lib/server/read/visibility.ts): the ids of public
// trackers, never a condition written here. Not cached: every query string is its own
// answer, and caching them would let anyone fill the cache (docs/decisions/0055-public-search-is-not-cached.md).
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/domain";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { claimDates } from "@/lib/server/read/serialize";
import { publicClaimWhere, publicEvidenceWhere, publicTrackerWhere } from "@/lib/server/read/visibility";
import {
  claimMatchConditions,
  claimOrderSql,
  evidenceMatchesSql,
  statementMatchesSql,
  type EvidenceMatchRow,
  type StatementMatchRow,
} from "@/lib/server/workspace/claim-search-sql";
import { parseInput } from "@/lib/validation/parse";
import { ZPublicSearchQuery, type TPublicSearchQuery } from "@/lib/validation/public-search";
import { claimRecordSelect } from "@/lib/server/read/claim-record";

export const PUBLIC_SEARCH_PAGE_SIZE = 20;

export type SearchFilterTracker = { slug: string; title: string; proofPoints: { key: string; title: string; retired: boolean }[] };

export type PublicSearchResult = {
  id: string;
  /** The statement, with matched words between MATCH_START and MATCH_END (lib/search-marks.ts). */
  statement: string;
  claimant: string;
  status: ClaimStatus;
  claimedAt: string;
  tracker: { slug: string; title: string };
  proofPoint: { key: string; title: string };
  evidenceCount: number;
  /** Live evidence that matched, with a marked excerpt. */
  matches: { id: string; title: string; snippet: string }[];
};

export type PublicSearch = {
  query: TPublicSearchQuery;
  /** Public trackers and their proof points, for the filters. */
  trackers: SearchFilterTracker[];
  /** False when there is nothing to search for yet (no words, no filter): the page invites a search. */
  searched: boolean;
  results: PublicSearchResult[];
  total: number;
  /** The page shown: the requested one, or the last one when it asked beyond the end. */
  page: number;
  pageCount: number;
};

/** Search params as Next.js hands them over; a repeated key counts once, by its first value. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const single: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) single[key] = first;
  }
  return single;
}

/**
 * One page of search results. Bad parameters (too long, an unknown status, a tracker readers
 * cannot see, a proof point of no such tracker) throw INVALID_INPUT naming the field; a
 * tracker that is unpublished gets the same answer as one that never existed.
 */
export async function searchPublicClaims(params: Record<string, string>, options: { now?: Date } = {}): Promise<PublicSearch> {
  const known = Object.fromEntries(Object.entries(params).filter(([key]) => key in ZPublicSearchQuery.shape));
  const query = parseInput(ZPublicSearchQuery, known);
  const now = options.now ?? new Date();
  const db = getDb();

  const trackerRows = await db.tracker.findMany({
    where: publicTrackerWhere(),
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      proofPoints: { orderBy: [{ position: "asc" }, { key: "asc" }], select: { key: true, title: true, retiredAt: true } },
    },
  });
  const trackers = trackerRows.map((tracker) => ({
    slug: tracker.slug,
    title: tracker.title,
    proofPoints: tracker.proofPoints.map((point) => ({ key: point.key, title: point.title, retired: point.retiredAt !== null })),
  }));

  const fieldErrors: FieldErrors = {};
  const chosen = query.tracker === undefined ? undefined : trackerRows.find((tracker) => tracker.slug === query.tracker);
  if (query.tracker !== undefined && !chosen) fieldErrors.tracker = ["is not a published tracker"];
  if (query.point !== undefined && query.tracker === undefined) fieldErrors.point = ["needs a tracker: proof points belong to one"];
  else if (query.point !== undefined && chosen && !chosen.proofPoints.some((point) => point.key === query.point)) {
    fieldErrors.point = ["is not a proof point of this tracker"];
  }
  if (Object.keys(fieldErrors).length > 0) {
    const summary = Object.entries(fieldErrors).map(([field, messages]) => `${field}: ${messages[0]}`).join("; ");
    throw new AppError("INVALID_INPUT", summary, { fieldErrors });
  }

  const searched = query.q !== undefined || query.tracker !== undefined || query.status !== undefined;
  const empty = { query, trackers, searched, results: [], total: 0, page: 1, pageCount: 1 };
  const trackerIds = chosen ? [chosen.id] : trackerRows.map((tracker) => tracker.id);
  if (!searched || trackerIds.length === 0) return empty;

  const where = Prisma.sql`WHERE ${Prisma.join(
    [Prisma.sql`p."trackerId" IN (${Prisma.join(trackerIds)})`, ...claimMatchConditions({ q: query.q, point: query.point, status: query.status }, now)],
    " AND ",
  )}`;
  const counted = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM claims c JOIN proof_points p ON p.id = c."proofPointId" ${where}`;
  const total = counted[0]?.total ?? 0;
  if (total === 0) return empty;
  const pageCount = Math.ceil(total / PUBLIC_SEARCH_PAGE_SIZE);
  const page = Math.min(query.page ?? 1, pageCount);
  const ids = (
    await db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM claims c JOIN proof_points p ON p.id = c."proofPointId" ${where}
      ${claimOrderSql(query.q)} LIMIT ${PUBLIC_SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * PUBLIC_SEARCH_PAGE_SIZE}`
  ).map((row) => row.id);

  const [claims, evidenceMatches, statementMatches] = await Promise.all([
    // publicClaimWhere() again: the rows shown pass the same rule as a claim page.
    db.claim.findMany({
      where: { id: { in: ids }, ...publicClaimWhere() },
      select: {
        ...claimRecordSelect,
        proofPoint: { select: { key: true, title: true, tracker: { select: { slug: true, title: true } } } },
        _count: { select: { evidence: { where: publicEvidenceWhere() } } },
      },
    }),
    query.q ? db.$queryRaw<EvidenceMatchRow[]>(evidenceMatchesSql(ids, query.q)) : Promise.resolve([]),
    query.q ? db.$queryRaw<StatementMatchRow[]>(statementMatchesSql(ids, query.q)) : Promise.resolve([]),
  ]);

  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const markedStatement = new Map(statementMatches.map((row) => [row.id, row.statement]));
  const results = ids.flatMap((id): PublicSearchResult[] => {
    const claim = byId.get(id);
    if (!claim) return [];
    return [
      {
        id: claim.id,
        statement: markedStatement.get(id) ?? claim.statement,
        claimant: claim.claimant,
        status: claim.status,
        claimedAt: claimDates(claim, now).claimedAt,
        tracker: claim.proofPoint.tracker,
        proofPoint: { key: claim.proofPoint.key, title: claim.proofPoint.title },
        evidenceCount: claim._count.evidence,
        matches: evidenceMatches
          .filter((match) => match.claimId === id)
          .map(({ id: matchId, title, snippet }) => ({ id: matchId, title, snippet })),
      },
    ];
  });
  return { query, trackers, searched, results, total, page, pageCount };
}
