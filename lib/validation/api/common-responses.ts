import { z } from "zod";
import { CLAIM_STATUSES, PROOF_POINT_STATES, SOURCE_RELIABILITY_GRADES, STANCES } from "@/lib/domain";
import { apiSchemas } from "./registry";

export const ZApiClaimStatus = z
  .enum(CLAIM_STATUSES)
  .register(apiSchemas, { id: "ClaimStatus", description: "A claim's approved status; see /methodology#statuses." });

export const ZApiProofPointState = z
  .enum(PROOF_POINT_STATES)
  .register(apiSchemas, { id: "ProofPointState", description: "A proof point's derived state; see /methodology#roll-up." });

export const ZApiStance = z.enum(STANCES).register(apiSchemas, { id: "Stance" });

export const ZApiReliability = z
  .enum(SOURCE_RELIABILITY_GRADES)
  .register(apiSchemas, { id: "SourceReliability", description: "Admiralty source reliability, A (completely reliable) to F (cannot be judged)." });

export const ZApiCredibility = z
  .int()
  .min(1)
  .max(6)
  .register(apiSchemas, { id: "InformationCredibility", description: "Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged)." });

export const ZApiError = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "INVALID_INPUT (400), NOT_FOUND (404) or INTERNAL (500)." }),
      message: z.string(),
      fieldErrors: z
        .record(z.string(), z.array(z.string()))
        .meta({ description: "Parameter name → what is wrong with it; empty unless code is INVALID_INPUT." }),
    }),
  })
  .register(apiSchemas, { id: "Error" });

export const ZApiPagination = z
  .object({
    pageSize: z.int().min(1).max(100),
    totalItems: z.int().min(0).meta({ description: "Claims matching the filters, on every page." }),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page. Opaque: do not build or edit it." }),
  })
  .register(apiSchemas, { id: "Pagination" });
