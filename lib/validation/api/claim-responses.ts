import { z } from "zod";
import { ZApiClaimStatus, ZApiCredibility, ZApiPagination, ZApiReliability, ZApiStance } from "./common-responses";
import { ZApiPreservation } from "./preservation-responses";
import { ZCalendarDate, ZTimestamp, apiSchemas } from "./registry";

const ZApiOriginCount = z.object({ items: z.int().min(0), origins: z.int().min(0) });

const ZApiProvenanceLink = z
  .object({
    relation: z.enum(["republishes", "quotes", "cites", "translates", "summarises", "traces_to"]),
    fromEvidenceId: z.string().nullable().meta({ description: "The item on the same claim it derives from; null for a named origin." }),
    origin: z.object({ name: z.string(), url: z.url().nullable() }).nullable().meta({ description: "The named origin it traces to, if not an item." }),
    reason: z.string(),
    linkedBy: z.string(),
    linkedAt: ZTimestamp,
  })
  .register(apiSchemas, { id: "ProvenanceLink" });

const claimFields = {
  id: z.string(),
  statement: z.string(),
  claimant: z.string().meta({ description: "Who asserts the claim." }),
  subject: z.string().meta({ description: "Who or what the claim is about." }),
  status: ZApiClaimStatus,
  claimedAt: ZCalendarDate,
  resolveBy: ZCalendarDate.nullable(),
  overdue: z.boolean().meta({ description: "The resolve-by date has passed while the claim still awaits an answer." }),
  dueSoon: z.boolean().meta({ description: "The resolve-by date is within 90 days." }),
  proofPoint: z.object({ key: z.string(), title: z.string() }),
  evidenceCount: z.int().min(0),
  originCounts: z
    .object({ supports: ZApiOriginCount, refutes: ZApiOriginCount, context: ZApiOriginCount })
    .meta({ description: "Per stance: live evidence items and the independent origins they come from, once provenance links are collapsed (/methodology#independent-origins)." }),
  links: z.object({ html: z.url(), self: z.url() }),
  needsReReview: z
    .object({ reason: z.string(), since: ZTimestamp })
    .nullable()
    .meta({ description: "Set when something the approved status rests on changed without review; the status stands until a reviewer confirms or changes it." }),
  meetsCriteria: z
    .boolean()
    .nullable()
    .meta({ description: "For supported claims: whether the approving reviewer judged the claim to meet the proof point's criteria as written. Only claims that do tick the box." }),
  criteriaVersion: z.int().min(1).nullable().meta({ description: "The criteria version the claim was judged against." }),
};

export const ZApiClaimSummary = z.object(claimFields).register(apiSchemas, { id: "ClaimSummary" });

export const ZApiClaimPage = z
  .object({
    data: z.array(ZApiClaimSummary),
    pagination: ZApiPagination,
    links: z.object({ self: z.url(), next: z.url().nullable() }),
  })
  .register(apiSchemas, { id: "ClaimPage" });

export const ZApiEvidence = z
  .object({
    id: z.string(),
    title: z.string(),
    url: z.url(),
    quote: z.string(),
    stance: ZApiStance,
    credibility: ZApiCredibility,
    publishedAt: ZCalendarDate.nullable(),
    accessedAt: ZCalendarDate,
    archivedUrl: z.url().nullable(),
    linkHealth: z.enum(["unchecked", "ok", "broken", "moved", "gone", "unknown"]).meta({ description: "gone only after two consecutive 404/410 answers; unknown for 403, 429, 5xx or no answer" }),
    source: z.object({ name: z.string(), domain: z.string(), reliability: ZApiReliability }),
    preservation: ZApiPreservation,
    derivedFrom: z.array(ZApiProvenanceLink).meta({ description: "What this item republishes, quotes, cites, translates, summarises or traces to." }),
  })
  .register(apiSchemas, { id: "Evidence" });

export const ZApiStatusChange = z
  .object({
    id: z.string(),
    fromStatus: ZApiClaimStatus,
    toStatus: ZApiClaimStatus,
    rationale: z.string(),
    approvedAt: ZTimestamp,
    proposedBy: z.string(),
    approvedBy: z.string(),
    citedEvidenceIds: z.array(z.string()),
    withdrawnCitationCount: z.int().min(0).meta({ description: "Cited items withdrawn since the approval." }),
    isConfirmation: z.boolean().meta({ description: "A re-review that kept the status (fromStatus equals toStatus)." }),
    reReviewReason: z.string().nullable().meta({ description: "The re-review flag this approval answered, if any." }),
    meetsCriteria: z.boolean().nullable(),
    criteriaVersion: z.int().min(1).nullable(),
  })
  .register(apiSchemas, { id: "StatusChange" });

export const ZApiClaim = z
  .object({
    data: z.object({
      ...claimFields,
      tracker: z.object({ slug: z.string(), title: z.string(), isDemo: z.boolean() }),
      balance: z
        .object({
          support: z.number(),
          refute: z.number(),
          score: z.number().nullable(),
          gauge: z.number().nullable().meta({ description: "The balance scaled by how much weighted evidence there is: reaches ±1 only when the evidence is strong." }),
          sourceCount: z.int().min(0).meta({ description: "Independent sources with weighted evidence." }),
          originCount: z.int().min(0).meta({ description: "Independent origins with weighted evidence, after collapsing provenance links." }),
          verdict: z.enum(["leans_supports", "leans_refutes", "mixed", "no_weighted_evidence"]),
        })
        .meta({ description: "The evidence balance; see /methodology#evidence-balance." }),
      evidence: z.array(ZApiEvidence),
      history: z.array(ZApiStatusChange).meta({ description: "Approved status changes, oldest first." }),
    }),
  })
  .register(apiSchemas, { id: "Claim" });
