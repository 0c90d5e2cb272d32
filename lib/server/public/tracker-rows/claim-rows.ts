import "server-only";
// A tracker's public claims read a page at a time by keyset: ordered by proof point
// (position, key), date claimed, time created and id, and continued after the sort key of
// the last row read. Each page costs two statements (the ids and sort keys, then the rows)
// and the same time wherever it starts, so the claims API and the exports hold constant
// memory and cost per page however many claims a tracker has.
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/domain";
import { claimSummary, toTimestamp, type ClaimSummary } from "@/lib/server/read/serialize";
import { originCountsOf, originCountsSelect, type OriginCounts } from "@/lib/server/read/origin-counts";
import { toVerdictStanding, verdictStandingSelect, type VerdictStanding } from "@/lib/server/read/verdict-standing";
import type { ClaimSortKey } from "@/lib/validation/api/claim-cursor";
import { claimRecordSelect } from "@/lib/server/read/claim-record";

export type { ClaimSortKey };

export type TrackerClaimRow = ClaimSummary & {
  proofPointKey: string;
  proofPointTitle: string;
  createdAt: string;
  updatedAt: string;
  /** Live (not withdrawn) evidence items. */
  evidenceCount: number;
  /** Per stance: live items and the independent origins they come from. */
  originCounts: OriginCounts;
  /** When the newest approved change was approved, if any. */
  lastChangeAt: string | null;
  standing: VerdictStanding;
  sortKey: ClaimSortKey;
};

export type ClaimFilter = { proofPointId?: string; status?: ClaimStatus };

function filterSql(trackerId: string, filter: ClaimFilter): Prisma.Sql {
  return Prisma.sql`p."trackerId" = ${trackerId} AND p."retiredAt" IS NULL
    ${filter.proofPointId === undefined ? Prisma.empty : Prisma.sql`AND c."proofPointId" = ${filter.proofPointId}`}
    ${filter.status === undefined ? Prisma.empty : Prisma.sql`AND c.status = ${filter.status}::"ClaimStatus"`}`;
}

/** How many claims match: the claims API's `totalItems`. */
export async function countClaimRows(trackerId: string, filter: ClaimFilter = {}): Promise<number> {
  const [row] = await getDb().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM claims c JOIN proof_points p ON p.id = c."proofPointId" WHERE ${filterSql(trackerId, filter)}`;
  return row?.n ?? 0;
}

/** Up to `limit` claims after `after` (from the start without it), in export order. */
export async function readClaimRows(
  trackerId: string,
  options: { after?: ClaimSortKey; limit: number; filter?: ClaimFilter; now: Date },
): Promise<TrackerClaimRow[]> {
  const { after } = options;
  // Text forms of the key columns: they compare back exactly, with no time-zone or
  // precision conversion on the way through the cursor.
  const keys = await getDb().$queryRaw<{ id: string; position: number; key: string; claimedAt: string; createdAt: string }[]>`
    SELECT c.id, p.position, p.key, c."claimedAt"::text AS "claimedAt", c."createdAt"::text AS "createdAt"
    FROM claims c JOIN proof_points p ON p.id = c."proofPointId"
    WHERE ${filterSql(trackerId, options.filter ?? {})}
    ${after
      ? Prisma.sql`AND (p.position, p.key, c."claimedAt", c."createdAt", c.id) >
          (${after.position}::int, ${after.key}, ${after.claimedAt}::date, ${after.createdAt}::timestamp, ${after.id})`
      : Prisma.empty}
    ORDER BY p.position, p.key, c."claimedAt", c."createdAt", c.id
    LIMIT ${options.limit}`;
  if (keys.length === 0) return [];
  const rows = await getDb().claim.findMany({
    where: { id: { in: keys.map((key) => key.id) } },
    select: {
      ...claimRecordSelect,
      createdAt: true,
      updatedAt: true,
      ...verdictStandingSelect,
      proofPoint: { select: { key: true, title: true } },
      evidenceTally: { select: { live: true, ...originCountsSelect.evidenceTally.select } },
      statusChanges: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { createdAt: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return keys.flatMap((key) => {
    const claim = byId.get(key.id);
    // Gone between the two statements (never today: claims are not deleted).
    if (!claim) return [];
    const lastChange = claim.statusChanges[0];
    return [{
      ...claimSummary(claim, options.now),
      proofPointKey: claim.proofPoint.key,
      proofPointTitle: claim.proofPoint.title,
      createdAt: toTimestamp(claim.createdAt),
      updatedAt: toTimestamp(claim.updatedAt),
      evidenceCount: claim.evidenceTally?.live ?? 0,
      originCounts: originCountsOf(claim.evidenceTally),
      lastChangeAt: lastChange ? toTimestamp(lastChange.createdAt) : null,
      standing: toVerdictStanding(claim),
      sortKey: { position: key.position, key: key.key, claimedAt: key.claimedAt, createdAt: key.createdAt, id: key.id },
    }];
  });
}

/** Every claim of the tracker, `batchSize` at a time, in export order. */
export async function* claimRowBatches(trackerId: string, options: { batchSize: number; now: Date }): AsyncGenerator<TrackerClaimRow[]> {
  let after: ClaimSortKey | undefined;
  for (;;) {
    const batch = await readClaimRows(trackerId, { after, limit: options.batchSize, now: options.now });
    if (batch.length === 0) return;
    yield batch;
    if (batch.length < options.batchSize) return;
    after = batch.at(-1)!.sortKey;
  }
}
