import "server-only";
// Shapes the cached public data into the v1 API's documented responses. Typed against the
// zod schemas, so the document and the responses cannot drift apart unnoticed.
import type { z } from "zod";
import { headline } from "@/lib/domain";
import { trackerPaths } from "@/lib/public/urls";
import type { PublicTrackerHeader } from "@/lib/server/public/tracker-rows/public-tracker";
import type { TrackerScorecard } from "@/lib/server/public/get-tracker-scorecard";
import type { TrackerStatusChange } from "@/lib/server/read/list-tracker-status-changes";
import type { PublishedTrackerSummary } from "@/lib/server/public/list-published-trackers";
import type {
  ZApiScorecard,
  ZApiStatusChangeSummary,
  ZApiTracker,
  ZApiTrackerLinks,
  ZApiTrackerList,
} from "@/lib/validation/api/tracker-responses";

export function trackerLinks(slug: string, baseUrl: string): z.output<typeof ZApiTrackerLinks> {
  const paths = trackerPaths(slug);
  return {
    html: `${baseUrl}${paths.page}`,
    self: `${baseUrl}${paths.api}`,
    scorecard: `${baseUrl}${paths.api}/scorecard`,
    claims: `${baseUrl}${paths.api}/claims`,
    feed: `${baseUrl}${paths.feed}`,
    badge: `${baseUrl}${paths.badge}`,
    exportJson: `${baseUrl}${paths.exportJson}`,
  };
}

export function presentTrackerList(trackers: PublishedTrackerSummary[], baseUrl: string): z.output<typeof ZApiTrackerList> {
  return {
    data: trackers.map((tracker) => ({
      slug: tracker.slug,
      title: tracker.title,
      question: tracker.question,
      description: tracker.description,
      isDemo: tracker.isDemo,
      ticked: tracker.ticked,
      total: tracker.total,
      headline: headline(tracker.ticked, tracker.total),
      claimCount: tracker.claimCount,
      links: trackerLinks(tracker.slug, baseUrl),
    })),
  };
}

export function presentTracker(tracker: PublicTrackerHeader, baseUrl: string): z.output<typeof ZApiTracker> {
  return {
    data: {
      slug: tracker.slug,
      title: tracker.title,
      question: tracker.question,
      description: tracker.description,
      isDemo: tracker.isDemo,
      publishedAt: tracker.publishedAt,
      proofPoints: tracker.proofPoints.map(({ key, title, question, position }) => ({ key, title, question, position })),
      claimCount: tracker.claimCount,
      links: trackerLinks(tracker.slug, baseUrl),
    },
  };
}

export function presentScorecard(scorecard: TrackerScorecard): z.output<typeof ZApiScorecard> {
  return {
    data: {
      tracker: { slug: scorecard.tracker.slug, title: scorecard.tracker.title, isDemo: scorecard.tracker.isDemo },
      headline: headline(scorecard.ticked, scorecard.total),
      ticked: scorecard.ticked,
      total: scorecard.total,
      claimCount: scorecard.claimCount,
      statusCounts: scorecard.statusCounts,
      proofPoints: scorecard.proofPoints.map((point) => ({
        key: point.key,
        title: point.title,
        question: point.question,
        state: point.state,
        claims: point.claims.map(({ id, statement, status, resolveBy, overdue, dueSoon, evidenceCount, supportOrigins, refuteOrigins }) => ({
          id,
          statement,
          status,
          resolveBy,
          overdue,
          dueSoon,
          evidenceCount,
          supportOrigins,
          refuteOrigins,
        })),
        latestChange: point.latestChange ? presentChange(point.latestChange) : null,
      })),
      // One entry per change of some box's state; statusChangeId is null for a retirement or restoration.
      tickHistory: scorecard.tickChart.points.map((point) => ({
        at: point.at,
        ticked: point.ticked,
        statusChangeId: point.changeId,
        proofPointKey: point.proofPointKey,
        state: point.toState,
      })),
      latestChanges: scorecard.latestChanges.map(presentChange),
      asOf: scorecard.asOf,
    },
  };
}

function presentChange(change: TrackerStatusChange): z.output<typeof ZApiStatusChangeSummary> {
  return {
    id: change.id,
    claimId: change.claimId,
    claimStatement: change.claimStatement,
    proofPointKey: change.proofPointKey,
    fromStatus: change.fromStatus,
    toStatus: change.toStatus,
    rationale: change.rationale,
    approvedAt: change.approvedAt,
  };
}
