import { z } from "zod";
import { ZId, ZOptionalDay } from "./common";

export const AUDIT_PAGE_SIZE = 50;

/** The actor filter's value for events no signed-in user caused (seed, scripts). */
export const SYSTEM_ACTOR = "system";

// URL query values arrive as "" when a filter field is left blank: that means "any".
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** The audit log's filters, as they arrive from the page's URL query. */
export const ZAuditEventFilter = z
  .object({
    actor: z.preprocess(blankToUndefined, ZId.optional()),
    entityType: z.preprocess(blankToUndefined, z.string().trim().max(64, "must be at most 64 characters").regex(/^[A-Za-z]+$/, "must be a type name like Claim").optional()),
    entityId: z.preprocess(blankToUndefined, ZId.optional()),
    from: ZOptionalDay,
    to: ZOptionalDay,
    page: z.preprocess(
      blankToUndefined,
      z.coerce.number({ error: "must be a page number" }).int("must be a whole number").min(1, "must be 1 or more").max(1_000_000, "is too large").default(1),
    ),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { path: ["to"], message: "must be on or after the “from” date" });

export type TAuditEventFilter = z.output<typeof ZAuditEventFilter>;
