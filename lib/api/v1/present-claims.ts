import "server-only";
import type { z } from "zod";
import { invalidField } from "@/lib/errors/app-error";
import { STANCES } from "@/lib/domain";
import { claimPath } from "@/lib/public/urls";
import type { PublicClaim } from "@/lib/server/public/get-public-claim";
import type { ClaimApiPage } from "@/lib/server/public/tracker-rows/claim-api-page";
import type { TrackerClaimRow } from "@/lib/server/public/tracker-rows/claim-rows";
import type { PublicTrackerHeader } from "@/lib/server/public/tracker-rows/public-tracker";
import { encodeClaimCursor } from "@/lib/validation/api/claim-cursor";
import type { PublicEvidence } from "@/lib/server/read/evidence";
import type { StatusHistoryEntry } from "@/lib/server/read/status-history";
import type { VerdictStanding } from "@/lib/server/read/verdict-standing";
import type { ZApiClaim, ZApiClaimPage, ZApiClaimSummary, ZApiEvidence, ZApiStatusChange } from "@/lib/validation/api/claim-responses";
import type { TClaimListQuery } from "@/lib/validation/api/params";
import { presentPreservation } from "./present-preservation";

function claimLinks(id: string, baseUrl: string) {
  return { html: `${baseUrl}${claimPath(id)}`, self: `${baseUrl}/api/v1${claimPath(id)}` };
}

/** What a claim's list row and its full record share. */
type ClaimSummaryFields = Pick<
  TrackerClaimRow,
  "id" | "statement" | "claimant" | "subject" | "status" | "claimedAt" | "resolveBy" | "overdue" | "dueSoon" | "evidenceCount" | "originCounts" | "standing"
>;

function presentSummaryFields(claim: ClaimSummaryFields, proofPoint: { key: string; title: string }, baseUrl: string): z.output<typeof ZApiClaimSummary> {
  return {
    id: claim.id,
    statement: claim.statement,
    claimant: claim.claimant,
    subject: claim.subject,
    status: claim.status,
    claimedAt: claim.claimedAt,
    resolveBy: claim.resolveBy,
    overdue: claim.overdue,
    dueSoon: claim.dueSoon,
    proofPoint,
    evidenceCount: claim.evidenceCount,
    originCounts: claim.originCounts,
    links: claimLinks(claim.id, baseUrl),
    ...presentStanding(claim.standing),
  };
}

export function presentClaimSummary(claim: TrackerClaimRow, baseUrl: string): z.output<typeof ZApiClaimSummary> {
  return presentSummaryFields(claim, { key: claim.proofPointKey, title: claim.proofPointTitle }, baseUrl);
}

export function presentStanding(standing: VerdictStanding) {
  return { needsReReview: standing.needsReReview, meetsCriteria: standing.meetsCriteria, criteriaVersion: standing.criteriaVersion };
}

/** One keyset page of claims, with the opaque cursor of the next page and its link. */
export function presentClaimPage(
  page: ClaimApiPage,
  query: TClaimListQuery,
  options: { baseUrl: string; requestUrl: string },
): z.output<typeof ZApiClaimPage> {
  const nextCursor = page.next ? encodeClaimCursor(page.next) : null;
  const pageUrl = (cursor: string | null) => {
    const url = new URL(options.requestUrl);
    if (cursor === null) url.searchParams.delete("cursor");
    else url.searchParams.set("cursor", cursor);
    // The public origin, not the one the server saw behind a proxy.
    return `${options.baseUrl}${url.pathname}${url.search}`;
  };
  return {
    data: page.claims.map((claim) => presentClaimSummary(claim, options.baseUrl)),
    pagination: { pageSize: query.pageSize, totalItems: page.totalItems, nextCursor },
    links: { self: pageUrl(new URL(options.requestUrl).searchParams.get("cursor")), next: nextCursor ? pageUrl(nextCursor) : null },
  };
}

/** The proof point a `proofPoint` parameter names; a key the tracker lacks is a 400 naming it. */
export function proofPointOfQuery(tracker: PublicTrackerHeader, key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  const point = tracker.proofPoints.find((candidate) => candidate.key === key);
  if (!point) {
    const keys = tracker.proofPoints.map((candidate) => candidate.key).join(", ");
    throw invalidField("proofPoint", `is not a proof point of this tracker; use one of ${keys}`);
  }
  return point.id;
}

export function presentClaim(claim: PublicClaim, baseUrl: string): z.output<typeof ZApiClaim> {
  const evidence = STANCES.flatMap((stance) => claim.evidenceByStance[stance]);
  return {
    data: {
      ...presentSummaryFields(claim, { key: claim.proofPoint.key, title: claim.proofPoint.title }, baseUrl),
      tracker: { slug: claim.tracker.slug, title: claim.tracker.title, isDemo: claim.tracker.isDemo },
      balance: {
        support: claim.balance.support,
        refute: claim.balance.refute,
        score: claim.balance.score,
        gauge: claim.balance.gauge,
        sourceCount: claim.balance.sourceCount,
        originCount: claim.balance.originCount,
        verdict: claim.balance.verdict,
      },
      evidence: evidence.map((item) => presentEvidence(item, baseUrl)),
      history: claim.history.map(presentHistoryEntry),
    },
  };
}

export function presentEvidence(item: PublicEvidence, baseUrl: string): z.output<typeof ZApiEvidence> {
  return {
    id: item.id,
    title: item.title,
    url: item.url,
    quote: item.quote,
    stance: item.stance,
    credibility: item.credibility,
    publishedAt: item.publishedAt,
    accessedAt: item.accessedAt,
    archivedUrl: item.archivedUrl,
    linkHealth: item.linkHealth,
    source: { name: item.source.name, domain: item.source.domain, reliability: item.source.reliability },
    preservation: presentPreservation(item.preservation, baseUrl),
    derivedFrom: item.derivedFrom.map((link) => ({
      relation: link.relation,
      fromEvidenceId: link.parentEvidence?.id ?? null,
      origin: link.origin ? { name: link.origin.name, url: link.origin.url } : null,
      reason: link.reason,
      linkedBy: link.createdBy,
      linkedAt: link.createdAt,
    })),
  };
}

export function presentHistoryEntry(entry: StatusHistoryEntry): z.output<typeof ZApiStatusChange> {
  return {
    id: entry.id,
    fromStatus: entry.fromStatus,
    toStatus: entry.toStatus,
    rationale: entry.rationale,
    approvedAt: entry.approvedAt,
    proposedBy: entry.proposedBy,
    approvedBy: entry.approvedBy,
    citedEvidenceIds: entry.citedEvidence.map((item) => item.id),
    withdrawnCitationCount: entry.withdrawnCitationCount,
    isConfirmation: entry.isConfirmation,
    reReviewReason: entry.reReviewReason,
    meetsCriteria: entry.meetsCriteria,
    criteriaVersion: entry.criteriaVersion,
  };
}
