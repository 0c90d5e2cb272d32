import { z } from "zod";
import { CLAIM_STATUSES } from "@/lib/domain/statuses";
import { ZId, ZOptionalText, ZText } from "./common";

export const ZClaimStatus = z.enum(CLAIM_STATUSES, { error: `must be one of ${CLAIM_STATUSES.join(", ")}` });

/** A rationale is a real sentence: enough characters and more than one word. */
export const ZRationale = ZText(20, 4000).refine((text) => text.split(/\s+/).length >= 4, "must be a sentence of at least four words");

export const ZProposeStatusChangeInput = z.object({
  claimId: ZId,
  toStatus: ZClaimStatus,
  rationale: ZRationale,
  evidenceIds: z
    .array(ZId, { error: "must be a list of evidence ids" })
    .max(50, "must cite at most 50 items")
    .default([])
    .transform((ids) => [...new Set(ids)]),
});

export const ZApproveProposalInput = z.object({
  proposalId: ZId,
  note: ZOptionalText(2000).optional(),
});

export const ZRejectProposalInput = z.object({
  proposalId: ZId,
  note: ZText(5, 2000),
});

export const ZWithdrawProposalInput = z.object({ proposalId: ZId });
