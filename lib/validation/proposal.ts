import { z } from "zod";
import { CLAIM_STATUSES, STATUS_LABELS } from "@/lib/domain/statuses";
import { ZId, ZOptionalText, ZText } from "./common";

// Named as the UI shows them: the message is read by people, the value is not.
export const ZClaimStatus = z.enum(CLAIM_STATUSES, { error: `must be one of ${CLAIM_STATUSES.map((status) => STATUS_LABELS[status]).join(", ")}` });

/** A rationale is a real sentence: enough characters and more than one word. */
export const RATIONALE_MIN_CHARS = 20;
export const RATIONALE_MAX_CHARS = 4000;
export const RATIONALE_MIN_WORDS = 4;
const WORD_NAMES: Record<number, string> = { 4: "four" };
const minWords = WORD_NAMES[RATIONALE_MIN_WORDS] ?? String(RATIONALE_MIN_WORDS);

export const ZRationale = ZText(RATIONALE_MIN_CHARS, RATIONALE_MAX_CHARS).refine(
  (text) => text.split(/\s+/).length >= RATIONALE_MIN_WORDS,
  `must be a sentence of at least ${minWords} words`,
);

/** The rationale's hint, from the same numbers the schema checks. */
export const RATIONALE_RULE = `at least ${minWords} words and ${RATIONALE_MIN_CHARS} characters, at most ${RATIONALE_MAX_CHARS.toLocaleString("en")}`;

/** The evidence items a proposal cites: each at most once. */
const ZCitedEvidenceIds = z
  .array(ZId, { error: "must be a list of evidence ids" })
  .max(50, "must cite at most 50 items")
  .default([])
  .transform((ids) => [...new Set(ids)]);

export const ZProposeStatusChangeInput = z.object({
  claimId: ZId,
  toStatus: ZClaimStatus,
  rationale: ZRationale,
  evidenceIds: ZCitedEvidenceIds,
  /** Disputed without cited items on both sides: why the cited sources conflict. */
  conflictReason: ZOptionalText(2000).default(""),
});

/** A form's yes/no radio (or a JSON boolean); absent means "not answered". */
export const ZYesNo = z.preprocess(
  (value) => (value === "" || value === undefined || value === null ? undefined : value === "yes" || value === true ? true : value === "no" || value === false ? false : value),
  z.boolean({ error: "must be yes or no" }).optional(),
);

export const ZApproveProposalInput = z.object({
  proposalId: ZId,
  note: ZOptionalText(2000).optional(),
  /** For Supported: whether the claim meets its proof point's current criteria as written. */
  meetsCriteria: ZYesNo,
});

export const ZProposeConfirmationInput = z.object({
  claimId: ZId,
  rationale: ZRationale,
  evidenceIds: ZCitedEvidenceIds,
  conflictReason: ZOptionalText(2000).default(""),
});

export const ZRejectProposalInput = z.object({
  proposalId: ZId,
  note: ZText(5, 2000),
});

export const ZWithdrawProposalInput = z.object({ proposalId: ZId });

/** A remark on a pending proposal; a reviewer may mark it as a request for changes. */
export const ZCommentOnProposalInput = z.object({
  proposalId: ZId,
  body: ZText(3, 2000),
  requestChanges: ZYesNo.default(false),
});

/**
 * The proposer's revision of a pending proposal: a new rationale and citations for the
 * same change, and a note saying what changed (shown in the discussion).
 */
export const ZAmendProposalInput = z.object({
  proposalId: ZId,
  rationale: ZRationale,
  evidenceIds: ZCitedEvidenceIds,
  conflictReason: ZOptionalText(2000).default(""),
  note: ZText(3, 2000),
});
