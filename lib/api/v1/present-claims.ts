import "server-only";
import type { z } from "zod";
import { invalidField } from "@/lib/errors/app-error";
import { STANCES } from "@/lib/domain";
import { claimPath } from "@/lib/public/urls";
import type { PublicClaim } from "@/lib/server/public/get-public-claim";
import type { DatasetClaim, TrackerDataset } from "@/lib/server/public/get-tracker-dataset";
import type { PublicEvidence } from "@/lib/server/read/evidence";
import type { StatusHistoryEntry } from "@/lib/server/read/status-history";
import type { VerdictStanding } from "@/lib/server/read/verdict-standing";
import type { ZApiClaim, ZApiClaimPage, ZApiClaimSummary, ZApiEvidence, ZApiStatusChange } from "@/lib/validation/api/claim-responses";
import type { TClaimListQuery } from "@/lib/validation/api/params";
import { presentPreservation } from "./present-preservation";

function claimLinks(id: string, baseUrl: string) {
  return { html: `${baseUrl}${claimPath(id)}`, self: `${baseUrl}/api/v1${claimPath(id)}` };
}

export function presentClaimSummary(claim: DatasetClaim, baseUrl: string): z.output<typeof ZApiClaimSummary> {
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
    proofPoint: { key: claim.proofPointKey, title: claim.proofPointTitle },
    evidenceCount: claim.evidence.length,
    links: claimLinks(claim.id, baseUrl),
    ...presentStanding(claim.standing),
  };
}

export function presentStanding(standing: VerdictStanding) {
  return { needsReReview: standing.needsReReview, meetsCriteria: standing.meetsCriteria, criteriaVersion: standing.criteriaVersion };
}

/** Filters and pages a tracker's claims in memory: the dataset is cached whole per tracker. */
export function presentClaimPage(
  dataset: TrackerDataset,
  query: TClaimListQuery,
  options: { baseUrl: string; requestUrl: string },
): z.output<typeof ZApiClaimPage> {
  if (query.proofPoint !== undefined && !dataset.proofPoints.some((point) => point.key === query.proofPoint)) {
    const keys = dataset.proofPoints.map((point) => point.key).join(", ");
    throw invalidField("proofPoint", `is not a proof point of this tracker; use one of ${keys}`);
  }
  const matching = dataset.claims.filter(
    (claim) =>
      (query.proofPoint === undefined || claim.proofPointKey === query.proofPoint) &&
      (query.status === undefined || claim.status === query.status),
  );
  const totalPages = Math.ceil(matching.length / query.pageSize);
  const start = (query.page - 1) * query.pageSize;
  const pageUrl = (page: number) => {
    const url = new URL(options.requestUrl);
    url.searchParams.set("page", String(page));
    // The public origin, not the one the server saw behind a proxy.
    return `${options.baseUrl}${url.pathname}${url.search}`;
  };
  return {
    data: matching.slice(start, start + query.pageSize).map((claim) => presentClaimSummary(claim, options.baseUrl)),
    pagination: { page: query.page, pageSize: query.pageSize, totalItems: matching.length, totalPages },
    links: {
      self: pageUrl(query.page),
      next: query.page < totalPages ? pageUrl(query.page + 1) : null,
      prev: query.page > 1 ? pageUrl(Math.min(query.page - 1, Math.max(totalPages, 1))) : null,
    },
  };
}

export function presentClaim(claim: PublicClaim, baseUrl: string): z.output<typeof ZApiClaim> {
  const evidence = STANCES.flatMap((stance) => claim.evidenceByStance[stance]);
  return {
    data: {
      id: claim.id,
      statement: claim.statement,
      claimant: claim.claimant,
      subject: claim.subject,
      status: claim.status,
      claimedAt: claim.claimedAt,
      resolveBy: claim.resolveBy,
      overdue: claim.overdue,
      dueSoon: claim.dueSoon,
      proofPoint: { key: claim.proofPoint.key, title: claim.proofPoint.title },
      evidenceCount: claim.evidenceCount,
      links: claimLinks(claim.id, baseUrl),
      ...presentStanding(claim.standing),
      tracker: { slug: claim.tracker.slug, title: claim.tracker.title, isDemo: claim.tracker.isDemo },
      balance: {
        support: claim.balance.support,
        refute: claim.balance.refute,
        score: claim.balance.score,
        gauge: claim.balance.gauge,
        sourceCount: claim.balance.sourceCount,
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
