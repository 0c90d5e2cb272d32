// Reader submissions (no account) and their triage. The limits keep one submission small:
// a reader writes a paragraph, not an essay, and links go through the same rules as
// evidence (rule 6 of docs/architecture.md).
import { z } from "zod";
import { ZStance } from "./evidence";
import { ZEvidenceUrl, ZId, ZOptionalText, ZText } from "./common";

export const READER_LIMITS = { note: 2000, dispute: 4000, quote: 2000, links: 5, email: 254, declineReason: 300 } as const;

const ZLinks = z
  .preprocess(
    (value) =>
      (Array.isArray(value) ? value : typeof value === "string" ? value.split(/\s+/) : [])
        .map((line: unknown) => (typeof line === "string" ? line.trim() : line))
        .filter((line: unknown) => line !== ""),
    z.array(ZEvidenceUrl).max(READER_LIMITS.links, `must be at most ${READER_LIMITS.links} links`),
  )
  .transform((links) => [...new Set(links.map((link) => link.url))]);

const ZOptionalEmail = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value),
  z.email("must be an email address like name@example.org").max(READER_LIMITS.email, "is too long").optional(),
);

export const ZSuggestEvidenceInput = z.object({
  kind: z.literal("evidence"),
  claimId: ZId,
  url: ZEvidenceUrl,
  quote: ZOptionalText(READER_LIMITS.quote).default(""),
  stance: ZStance,
  note: ZOptionalText(READER_LIMITS.note).default(""),
  email: ZOptionalEmail,
});

export const ZDisputeInput = z.object({
  kind: z.literal("dispute"),
  claimId: ZId,
  problem: ZText(10, READER_LIMITS.dispute),
  links: ZLinks,
  email: ZOptionalEmail,
});

export const ZSuggestClaimInput = z.object({
  kind: z.literal("claim"),
  /** Public pages know trackers and proof points by slug and key. */
  trackerSlug: ZId,
  proofPointKey: z.preprocess((value) => (value === "" ? undefined : value), ZId.optional()),
  statement: ZText(10, 500),
  note: ZOptionalText(READER_LIMITS.note).default(""),
  links: ZLinks,
  email: ZOptionalEmail,
});

export const ZReaderSubmissionInput = z.discriminatedUnion("kind", [ZSuggestEvidenceInput, ZDisputeInput, ZSuggestClaimInput], {
  error: "must be evidence, dispute or claim",
});
export type ReaderSubmissionInput = z.output<typeof ZReaderSubmissionInput>;

/** Accepting a suggested link: the evidence form's fields, pre-filled from the suggestion. */
export const ZAcceptEvidenceSuggestionInput = z.object({ submissionId: ZId }).passthrough();

export const ZAcceptDisputeInput = z.object({
  submissionId: ZId,
  /** Why the claim goes back to review; shown to reviewers in the re-review queue. */
  note: ZText(5, 300),
});

export const ZAcceptClaimSuggestionInput = z.object({ submissionId: ZId }).passthrough();

export const ZDeclineReaderSubmissionInput = z.object({
  submissionId: ZId,
  reason: ZText(5, READER_LIMITS.declineReason),
});

export const ZUpdateCorrectionsPolicyInput = z.object({ text: ZText(20, 5000) });
