// The workspace claims list reads its filters from the URL. A hand-edited or stale link must
// still show a page, so a value that does not parse falls back to "no filter" instead of
// failing; the page then shows which filters are really applied.
import { z } from "zod";
import { CLAIM_STATUSES } from "@/lib/domain/statuses";

export const SEARCH_MAX_LENGTH = 200;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    // Text PostgreSQL cannot store counts as no filter, like any other value that does not parse.
    .refine((value) => !value.includes("\u0000") && value.isWellFormed())
    .transform((value) => value.slice(0, max) || undefined)
    .optional()
    .catch(undefined);

const flag = z
  .string()
  .transform((value) => value === "1" || value === "true" || value === "on")
  .optional()
  .catch(undefined);

export const ZClaimListQuery = z.object({
  tracker: optionalText(100),
  q: optionalText(SEARCH_MAX_LENGTH),
  point: optionalText(100),
  status: z.enum(CLAIM_STATUSES).optional().catch(undefined),
  pending: flag,
  overdue: flag,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type TClaimListQuery = z.output<typeof ZClaimListQuery>;

/** Search params as Next.js hands them over: a repeated key arrives as an array; the first value counts. */
export function parseClaimListQuery(params: Record<string, string | string[] | undefined>): TClaimListQuery {
  const single = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return ZClaimListQuery.parse(single);
}

/** The query string for a list state; omitted values and page 1 leave no trace, so links stay short. */
export function claimListHref(query: Partial<TClaimListQuery>): string {
  const params = new URLSearchParams();
  if (query.tracker) params.set("tracker", query.tracker);
  if (query.q) params.set("q", query.q);
  if (query.point) params.set("point", query.point);
  if (query.status) params.set("status", query.status);
  if (query.pending) params.set("pending", "1");
  if (query.overdue) params.set("overdue", "1");
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return `/workspace/claims${search ? `?${search}` : ""}`;
}
