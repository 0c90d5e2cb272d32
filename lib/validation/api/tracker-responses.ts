import { z } from "zod";
import { ZApiClaimStatus, ZApiProofPointState } from "./common-responses";
import { ZCalendarDate, ZTimestamp, apiSchemas } from "./registry";

export const ZApiTrackerLinks = z
  .object({
    html: z.url(),
    self: z.url(),
    scorecard: z.url(),
    claims: z.url(),
    feed: z.url().meta({ description: "Atom feed of approved status changes." }),
    badge: z.url(),
    exportJson: z.url(),
  })
  .register(apiSchemas, { id: "TrackerLinks" });

export const ZApiTrackerSummary = z
  .object({
    slug: z.string(),
    title: z.string(),
    question: z.string(),
    description: z.string(),
    isDemo: z.boolean().meta({ description: "Illustrative demo data, not a real assessment." }),
    ticked: z.int().min(0),
    total: z.int().min(0),
    headline: z.string().meta({ examples: ["1 of 6 boxes ticked"] }),
    claimCount: z.int().min(0),
    links: ZApiTrackerLinks,
  })
  .register(apiSchemas, { id: "TrackerSummary" });

export const ZApiTrackerList = z.object({ data: z.array(ZApiTrackerSummary) }).register(apiSchemas, { id: "TrackerList" });

export const ZApiProofPoint = z
  .object({ key: z.string(), title: z.string(), question: z.string(), position: z.int() })
  .register(apiSchemas, { id: "ProofPoint" });

export const ZApiTracker = z
  .object({
    data: z.object({
      slug: z.string(),
      title: z.string(),
      question: z.string(),
      description: z.string(),
      isDemo: z.boolean(),
      publishedAt: ZTimestamp.nullable(),
      proofPoints: z.array(ZApiProofPoint),
      claimCount: z.int().min(0),
      links: ZApiTrackerLinks,
    }),
  })
  .register(apiSchemas, { id: "Tracker" });

export const ZApiStatusChangeSummary = z
  .object({
    id: z.string(),
    claimId: z.string(),
    claimStatement: z.string(),
    proofPointKey: z.string(),
    fromStatus: ZApiClaimStatus,
    toStatus: ZApiClaimStatus,
    rationale: z.string(),
    approvedAt: ZTimestamp,
  })
  .register(apiSchemas, { id: "StatusChangeSummary" });

const ZScorecardClaim = z.object({
  id: z.string(),
  statement: z.string(),
  status: ZApiClaimStatus,
  resolveBy: ZCalendarDate.nullable(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  evidenceCount: z.int().min(0),
  supportOrigins: z.int().min(0).meta({ description: "Independent origins of the supporting evidence (/methodology#independent-origins)." }),
  refuteOrigins: z.int().min(0).meta({ description: "Independent origins of the refuting evidence." }),
});

export const ZApiScorecard = z
  .object({
    data: z.object({
      tracker: z.object({ slug: z.string(), title: z.string(), isDemo: z.boolean() }),
      headline: z.string(),
      ticked: z.int().min(0),
      total: z.int().min(0),
      claimCount: z.int().min(0),
      statusCounts: z.record(ZApiClaimStatus, z.int().min(0)),
      proofPoints: z.array(
        z.object({
          key: z.string(),
          title: z.string(),
          question: z.string(),
          state: ZApiProofPointState,
          claims: z.array(ZScorecardClaim),
          latestChange: ZApiStatusChangeSummary.nullable(),
        }),
      ),
      tickHistory: z
        .array(
          z.object({
            at: ZTimestamp,
            ticked: z.int().min(0),
            statusChangeId: z.string().nullable().meta({ description: "The approved change that moved the box; null when retiring or restoring a proof point did." }),
            proofPointKey: z.string(),
            state: z.enum(["open", "contested", "partial", "ticked"]).meta({ description: "The box's state after the change." }),
          }),
        )
        .meta({ description: "One entry per change of a box's state, oldest first, with the boxes ticked right after it." }),
      latestChanges: z.array(ZApiStatusChangeSummary).meta({ description: "Newest first." }),
      asOf: ZTimestamp.meta({ description: "When the data was read." }),
    }),
  })
  .register(apiSchemas, { id: "Scorecard" });
