import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { AWAITING_RESOLUTION, type ClaimStatus } from "@/lib/domain/statuses";
import { MATCH_END, MATCH_START } from "@/lib/search-marks";

export type ClaimFilters = {
  trackerId: string;
  q?: string;
  point?: string;
  status?: ClaimStatus;
  pending?: boolean;
  overdue?: boolean;
};

// 'english' stems ("wafers" finds "wafer") and matches the generated search columns
// (add_search_vectors migration); websearch syntax accepts "quoted phrases", or, -not.
export const tsQuery = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

/** Live evidence of claim `c` whose title or quote matches. */
function evidenceMatch(q: string) {
  return Prisma.sql`SELECT 1 FROM evidence e WHERE e."claimId" = c.id AND e."deletedAt" IS NULL AND e.search @@ ${tsQuery(q)}`;
}

/**
 * The WHERE clause over `claims c JOIN proof_points p`. Every value is a bound parameter;
 * only fixed SQL text is spliced in.
 */
export function claimFilterSql(filters: ClaimFilters, now: Date): Prisma.Sql {
  return Prisma.sql`WHERE ${Prisma.join([Prisma.sql`p."trackerId" = ${filters.trackerId}`, ...claimMatchConditions(filters, now)], " AND ")}`;
}

/**
 * The conditions other than the tracker: the public search (lib/server/public/) puts its own
 * tracker condition, built from the visibility rules, in front of the same ones.
 */
export function claimMatchConditions(filters: Omit<ClaimFilters, "trackerId">, now: Date): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.point) conditions.push(Prisma.sql`p.key = ${filters.point}`);
  if (filters.status) conditions.push(Prisma.sql`c.status = ${filters.status}::"ClaimStatus"`);
  if (filters.pending) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM status_proposals sp WHERE sp."claimId" = c.id AND sp.state = 'pending')`);
  }
  if (filters.overdue) {
    // The SQL form of isOverdue (lib/domain/statuses.ts): a resolve-by day (UTC midnight)
    // before now, while the claim still awaits resolution.
    conditions.push(
      Prisma.sql`(c."resolveBy"::timestamp AT TIME ZONE 'UTC') < ${now.toISOString()}::timestamptz
        AND c.status::text IN (${Prisma.join([...AWAITING_RESOLUTION])})`,
    );
  }
  if (filters.q) {
    conditions.push(Prisma.sql`(c.search @@ ${tsQuery(filters.q)} OR EXISTS (${evidenceMatch(filters.q)}))`);
  }
  return conditions;
}

/**
 * Best matches first when searching (a hit in the statement outweighs one in evidence),
 * then newest claim first; the id makes the order total, so pages never overlap or skip.
 */
export function claimOrderSql(q: string | undefined): Prisma.Sql {
  const rank = q
    ? Prisma.sql`ts_rank(c.search, ${tsQuery(q)}) * 2 + COALESCE((SELECT max(ts_rank(e.search, ${tsQuery(q)}))
        FROM evidence e WHERE e."claimId" = c.id AND e."deletedAt" IS NULL AND e.search @@ ${tsQuery(q)}), 0) DESC, `
    : Prisma.empty;
  return Prisma.sql`ORDER BY ${rank}c."claimedAt" DESC, c."createdAt" DESC, c.id DESC`;
}

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=24, MinWords=10, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

export type EvidenceMatchRow = { id: string; claimId: string; title: string; snippet: string };

/** For the claims on one page: which of their evidence matched the search, with a marked excerpt. */
export function evidenceMatchesSql(claimIds: string[], q: string): Prisma.Sql {
  return Prisma.sql`
    SELECT e.id, e."claimId", ts_headline('english', e.title, ${tsQuery(q)}, ${HEADLINE_OPTIONS}) AS title,
      ts_headline('english', e.quote, ${tsQuery(q)}, ${HEADLINE_OPTIONS}) AS snippet
    FROM evidence e
    WHERE e."claimId" IN (${Prisma.join(claimIds)}) AND e."deletedAt" IS NULL AND e.search @@ ${tsQuery(q)}
    ORDER BY ts_rank(e.search, ${tsQuery(q)}) DESC, e.id`;
}

export type StatementMatchRow = { id: string; statement: string };

/** The claims' statements with every matched word marked (a statement is short: no excerpt). */
export function statementMatchesSql(claimIds: string[], q: string): Prisma.Sql {
  return Prisma.sql`
    SELECT c.id, ts_headline('english', c.statement, ${tsQuery(q)}, ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`}) AS statement
    FROM claims c WHERE c.id IN (${Prisma.join(claimIds)})`;
}
