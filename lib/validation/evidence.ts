import { z } from "zod";
import { INFORMATION_CREDIBILITY_LEVELS } from "@/lib/domain/admiralty";
import { STANCES } from "@/lib/domain/stance";
import { ZDay, ZId, ZOptionalDay, ZEvidenceUrl, ZOptionalEvidenceUrl, ZOptionalText, ZText } from "./common";

export const ZStance = z.enum(STANCES, { error: `must be one of ${STANCES.join(", ")}` });

export const ZCredibility = z.coerce
  .number({ error: "must be a number from 1 to 6" })
  .int("must be a whole number from 1 to 6")
  .refine((n) => (INFORMATION_CREDIBILITY_LEVELS as readonly number[]).includes(n), "must be a number from 1 to 6")
  .transform((n) => n as (typeof INFORMATION_CREDIBILITY_LEVELS)[number]);

const evidenceFields = {
  url: ZEvidenceUrl,
  title: ZText(3, 300),
  quote: ZOptionalText(2000).default(""),
  publishedAt: ZOptionalDay,
  accessedAt: ZDay,
  stance: ZStance,
  credibility: ZCredibility,
  archivedUrl: ZOptionalEvidenceUrl,
  /** Name for the source when this link's domain has none yet (defaults to the domain). */
  sourceName: z.preprocess((v) => (v === "" ? undefined : v), ZText(2, 120).optional()),
};

function publishedNotAfterAccessed(value: { publishedAt?: Date; accessedAt: Date }, ctx: z.RefinementCtx) {
  if (value.publishedAt && value.publishedAt > value.accessedAt) {
    ctx.addIssue({ code: "custom", path: ["publishedAt"], message: "must be on or before the date accessed" });
  }
}

/** What the add and the edit form both send about the link itself. */
export type TEvidenceFields = z.output<z.ZodObject<typeof evidenceFields>>;

export const ZAddEvidenceInput = z.object({ claimId: ZId, ...evidenceFields }).superRefine(publishedNotAfterAccessed);

/** Every field is sent again, as the form shows them all; `sourceName` only names a new domain. */
export const ZEditEvidenceInput = z.object({ evidenceId: ZId, ...evidenceFields }).superRefine(publishedNotAfterAccessed);

export const ZRemoveEvidenceInput = z.object({
  evidenceId: ZId,
  /** Why it goes (a wrong link, a duplicate); kept in the audit trail. */
  reason: ZOptionalText(500).default(""),
});
