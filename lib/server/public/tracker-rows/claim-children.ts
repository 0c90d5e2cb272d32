import "server-only";
// The evidence and the approved history of a batch of claims, streamed in pages by keyset:
// grouped by claim in the batch's order, each claim's items in the order its page shows
// them. A claim with ten thousand items is read a page at a time like any other.
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { publicEvidenceSelect, toPublicEvidence, type PublicEvidence } from "@/lib/server/read/evidence";
import { loadLinksOfItems } from "@/lib/server/read/provenance";
import { statusHistorySelect, toStatusHistoryEntry, type StatusHistoryEntry } from "@/lib/server/read/status-history";

export const CHILD_PAGE_SIZE = 500;

type Key = { ord: number; rank: number; createdAt: string; id: string };

/**
 * Runs `query` page after page, each continuing after the last key of the one before, until
 * a page comes back short. Keys are (claim's place in the batch, rank within the claim,
 * time created, id): a total order, so no row is read twice or passed over.
 */
async function* childIdPages(
  query: (after: Key | null) => Promise<(Key & { claimId: string })[]>,
): AsyncGenerator<(Key & { claimId: string })[]> {
  let after: Key | null = null;
  for (;;) {
    const page = await query(after);
    if (page.length === 0) return;
    yield page;
    if (page.length < CHILD_PAGE_SIZE) return;
    after = page.at(-1)!;
  }
}

const afterSql = (after: Key | null, rank: Prisma.Sql, createdAt: Prisma.Sql, id: Prisma.Sql) =>
  after
    ? Prisma.sql`AND (b.ord, ${rank}, ${createdAt}, ${id}) > (${after.ord}::bigint, ${after.rank}::int, ${after.createdAt}::timestamp, ${after.id})`
    : Prisma.empty;

/** Live evidence of the claims, newest publication first within a claim (undated last, then as logged). */
export async function* evidenceOfClaims(claimIds: readonly string[]): AsyncGenerator<{ claimId: string; item: PublicEvidence }> {
  // Days before the far future: ascending order of this is newest publication first, and
  // an undated item (year 1) comes last, as on the claim page.
  const rank = Prisma.sql`(date '9999-12-31' - coalesce(e."publishedAt", date '0001-01-01'))`;
  const pages = childIdPages((after) =>
    getDb().$queryRaw`
      SELECT e.id, e."claimId", b.ord::int AS ord, ${rank} AS rank, e."createdAt"::text AS "createdAt"
      FROM unnest(${[...claimIds]}::text[]) WITH ORDINALITY AS b(id, ord)
      JOIN evidence e ON e."claimId" = b.id AND e."deletedAt" IS NULL
      WHERE true ${afterSql(after, rank, Prisma.sql`e."createdAt"`, Prisma.sql`e.id`)}
      ORDER BY b.ord, ${rank}, e."createdAt", e.id
      LIMIT ${CHILD_PAGE_SIZE}`,
  );
  for await (const page of pages) {
    const ids = page.map((key) => key.id);
    const [rows, links] = await Promise.all([
      getDb().evidence.findMany({ where: { id: { in: ids } }, select: publicEvidenceSelect }),
      loadLinksOfItems(getDb(), ids),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const key of page) {
      const row = byId.get(key.id);
      if (row) yield { claimId: key.claimId, item: { ...toPublicEvidence(row), derivedFrom: links.get(row.id) ?? [] } };
    }
  }
}

/** Approved status changes of the claims, oldest first within a claim. */
export async function* historyOfClaims(claimIds: readonly string[]): AsyncGenerator<{ claimId: string; entry: StatusHistoryEntry }> {
  const rank = Prisma.sql`0`;
  const pages = childIdPages((after) =>
    getDb().$queryRaw`
      SELECT sc.id, sc."claimId", b.ord::int AS ord, 0 AS rank, sc."createdAt"::text AS "createdAt"
      FROM unnest(${[...claimIds]}::text[]) WITH ORDINALITY AS b(id, ord)
      JOIN status_changes sc ON sc."claimId" = b.id
      WHERE true ${afterSql(after, rank, Prisma.sql`sc."createdAt"`, Prisma.sql`sc.id`)}
      ORDER BY b.ord, sc."createdAt", sc.id
      LIMIT ${CHILD_PAGE_SIZE}`,
  );
  for await (const page of pages) {
    const rows = await getDb().statusChange.findMany({ where: { id: { in: page.map((key) => key.id) } }, select: { ...statusHistorySelect, claimId: true } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const key of page) {
      const row = byId.get(key.id);
      if (row) yield { claimId: key.claimId, entry: toStatusHistoryEntry(row) };
    }
  }
}
