// Parameters of the public read-only outputs (JSON API, exports, badge). The same schemas
// validate requests and describe them in the OpenAPI document (lib/api/openapi.ts).
import { z } from "zod";
import { ZClaimStatus } from "../proposal";
import { EXPORT_TABLES } from "@/lib/public/urls";
import { UNSTORABLE_TEXT, isStorableText } from "../common";
import { decodeClaimCursor } from "./claim-cursor";

/** Path parameter: a tracker's slug. Unknown slugs are a 404, not a 400. */
export const ZTrackerSlug = z
  .string()
  .min(1, "is required")
  .max(100, "must be at most 100 characters")
  .refine(isStorableText, UNSTORABLE_TEXT)
  .meta({ description: "The tracker's slug, e.g. `euv`.", examples: ["euv"] });

/** Path parameter: a claim id. */
export const ZClaimIdParam = z
  .string()
  .min(1, "is required")
  .max(64, "is not a valid claim id")
  .refine(isStorableText, "is not a valid claim id")
  .meta({ description: "The claim's id, as in its page URL /claims/<id>." });

/** Path parameter: a forecast question id. */
export const ZForecastQuestionIdParam = z
  .string()
  .min(1, "is required")
  .max(64, "is not a valid question id")
  .refine(isStorableText, "is not a valid question id")
  .meta({ description: "The forecast question's id, as in its page URL /trackers/<slug>/forecasts/<id>." });

const wholeNumber = (description: string) =>
  z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").meta({ description });

export const MAX_PAGE_SIZE = 100;

export const ZClaimListQuery = z.object({
  cursor: z
    .string()
    .transform((value, context) => {
      const key = decodeClaimCursor(value);
      if (!key) {
        context.addIssue({ code: "custom", message: "is not a valid cursor; pass `pagination.nextCursor` of a previous page unchanged" });
        return z.NEVER;
      }
      return key;
    })
    .optional()
    .meta({ description: "Where the page starts: `pagination.nextCursor` of the previous page (opaque). Omit it for the first page." }),
  pageSize: wholeNumber(`Claims per page, at most ${MAX_PAGE_SIZE}.`)
    .min(1, "must be 1 or more")
    .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
    .default(25),
  proofPoint: z
    .string()
    .min(1, "must not be empty")
    .max(100, "must be at most 100 characters")
    .optional()
    .meta({ description: "Only claims under this proof point key, e.g. `wafer-results`." }),
  status: ZClaimStatus.optional().meta({ description: "Only claims with this approved status." }),
});
export type TClaimListQuery = z.output<typeof ZClaimListQuery>;

// Printable text only: the label is drawn into an SVG that other sites show.
const BADGE_LABEL = /^[\p{L}\p{N}\p{P}\p{Zs}\p{S}]+$/u;

export const ZBadgeQuery = z.object({
  label: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .regex(BADGE_LABEL, "must be plain printable text")
    .optional()
    .meta({ description: "Left-hand text of the badge; defaults to the tracker's short title. Over 40 characters it is shortened, ending in “…”." }),
});

export const ZExportQuery = z.object({
  table: z
    .enum(EXPORT_TABLES, { error: `must be one of ${EXPORT_TABLES.join(", ")}` })
    .default("claims")
    .meta({ description: "Which table to export as CSV." }),
});
