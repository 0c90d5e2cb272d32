import { z } from "zod";
import { CLAIM_STATUSES } from "@/lib/domain/statuses";
import { ZId, ZOptionalText, ZText } from "./common";

export const ZClaimStatus = z.enum(CLAIM_STATUSES, { error: `must be one of ${CLAIM_STATUSES.join(", ")}` });

/** A rationale is a real sentence: enough characters and more than one word. */
export const ZRationale = ZText(20, 4000).refine((text) => text.split(/\s+/).length >= 4, "must be a sentence of at least four words");

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
