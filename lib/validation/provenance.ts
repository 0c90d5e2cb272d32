import { z } from "zod";
import { PROVENANCE_RELATIONS } from "@/lib/domain/independent-origins";
import { ZId, ZOptionalEvidenceUrl, ZOptionalText, ZText } from "./common";

export const ZProvenanceRelation = z.enum(PROVENANCE_RELATIONS, {
  error: "must be one of republishes, quotes, cites, translates, summarises, traces to",
});

const TARGET = /^(item|origin):(.+)$/;

/**
 * What the item derives from, as the form's one choice sends it: `item:<id>` (another item on
 * the claim), `origin:<id>` (a named origin already recorded) or `new` (name one below).
 */
const ZTarget = z
  .string({ error: "choose the item or origin it derives from" })
  .trim()
  .refine((value) => value === "new" || TARGET.test(value), "choose the item or origin it derives from")
  .transform((value) => {
    if (value === "new") return { kind: "new" as const };
    const [, kind, id] = TARGET.exec(value)!;
    return { kind: kind as "item" | "origin", id: id! };
  })
  // Ids are short; a longer one is refused, never cut to something that might exist.
  .refine((target) => target.kind === "new" || target.id.length <= 64, "choose the item or origin it derives from");

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const ZLinkProvenanceInput = z
  .object({
    evidenceId: ZId,
    relation: ZProvenanceRelation,
    target: ZTarget,
    /** A new origin's name ("Reuters, 17 Dec 2025", "CCGP procurement notice 2025-0412"). */
    originName: z.preprocess(emptyToUndefined, ZText(2, 200).optional()),
    originUrl: ZOptionalEvidenceUrl,
    /** Why the analyst believes it: kept with the link and shown to readers. */
    reason: ZText(3, 1000),
  })
  .superRefine((value, ctx) => {
    if (value.target.kind === "new" && !value.originName) {
      ctx.addIssue({ code: "custom", path: ["originName"], message: "is required when naming a new origin" });
    }
  });

export const ZRemoveProvenanceLinkInput = z.object({
  linkId: ZId,
  reason: ZOptionalText(500).default(""),
});

export const PROVENANCE_SUGGESTION_KINDS = ["same_url", "similar_quote", "wire_marker", "page_link"] as const;

export const ZDismissProvenanceSuggestionInput = z.object({
  evidenceId: ZId,
  kind: z.enum(PROVENANCE_SUGGESTION_KINDS, { error: "must be one of the suggestion kinds" }),
  candidate: ZText(1, 200),
});
