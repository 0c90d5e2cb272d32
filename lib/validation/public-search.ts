// The public search's query string (/search). Unlike the workspace list, which falls back to
// "no filter" for a stale link, a reader's bad parameter is reported: the page says which
// filter it could not use, in the words of the form, instead of silently showing something else.
import { z } from "zod";
import { CLAIM_STATUSES, STATUS_LABELS } from "@/lib/domain/statuses";
import { isStorableText, UNSTORABLE_TEXT } from "./common";
import { SEARCH_MAX_LENGTH } from "./claim-list";

export const PUBLIC_SEARCH_MAX_PAGE = 1000;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine(isStorableText, UNSTORABLE_TEXT)
    // An empty box (the form sends "q=" and "tracker=") means no filter.
    .transform((value) => value || undefined)
    .optional();

export const ZPublicSearchQuery = z.object({
  q: optionalText(SEARCH_MAX_LENGTH),
  tracker: optionalText(100),
  point: optionalText(100),
  status: z
    .union([z.literal(""), z.enum(CLAIM_STATUSES)], {
      error: `must be one of ${CLAIM_STATUSES.map((status) => STATUS_LABELS[status]).join(", ")}`,
    })
    .transform((value) => value || undefined)
    .optional(),
  page: z
    .string()
    .regex(/^[0-9]{1,7}$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().min(1, "must be 1 or more").max(PUBLIC_SEARCH_MAX_PAGE, `must be at most ${PUBLIC_SEARCH_MAX_PAGE}`))
    .optional(),
});
export type TPublicSearchQuery = z.output<typeof ZPublicSearchQuery>;

/** How the page names each parameter in a message: the label of its form field. */
export const PUBLIC_SEARCH_FIELD_LABELS: Record<string, string> = {
  q: "Search words",
  tracker: "Tracker",
  point: "Proof point",
  status: "Status",
  page: "Page",
};
