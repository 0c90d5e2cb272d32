import "server-only";
// A tracker's claims, evidence and status history as three CSV tables and as one JSON
// document, all built from the cached TrackerDataset.
import { admiraltyCode } from "@/lib/domain";
import { presentClaimSummary, presentEvidence, presentHistoryEntry } from "@/lib/api/v1/present-claims";
import { claimPath, trackerPaths, type ExportTable } from "@/lib/public/urls";
import type { TrackerDataset } from "@/lib/server/public/get-tracker-dataset";
import { toCsv, type CsvCell } from "./csv-cells";
import { PRESERVATION_COLUMNS, preservationCells } from "./preservation-cells";

type Row = Record<string, CsvCell>;

export function trackerCsv(dataset: TrackerDataset, table: Exclude<ExportTable, "forecasts">, baseUrl: string): string {
  const { tracker, claims } = dataset;
  switch (table) {
    case "claims":
      return toCsv(CLAIM_COLUMNS, claims.map((claim): Row => ({
        claim_id: claim.id,
        tracker: tracker.slug,
        demo_data: tracker.isDemo,
        proof_point_key: claim.proofPointKey,
        proof_point: claim.proofPointTitle,
        statement: claim.statement,
        claimant: claim.claimant,
        subject: claim.subject,
        status: claim.status,
        claimed_at: claim.claimedAt,
        resolve_by: claim.resolveBy,
        overdue: claim.overdue,
        due_soon: claim.dueSoon,
        evidence_count: claim.evidence.length,
        last_change_at: claim.history.at(-1)?.approvedAt ?? null,
        needs_re_review: claim.standing.needsReReview !== null,
        re_review_reason: claim.standing.needsReReview?.reason ?? null,
        re_review_since: claim.standing.needsReReview?.since ?? null,
        meets_criteria: claim.standing.meetsCriteria,
        criteria_version: claim.standing.criteriaVersion,
        url: `${baseUrl}${claimPath(claim.id)}`,
      })));
    case "evidence":
      return toCsv(EVIDENCE_COLUMNS, claims.flatMap((claim) => claim.evidence.map((item): Row => ({
        evidence_id: item.id,
        claim_id: claim.id,
        proof_point_key: claim.proofPointKey,
        stance: item.stance,
        title: item.title,
        url: item.url,
        quote: item.quote,
        source: item.source.name,
        source_domain: item.source.domain,
        reliability: item.source.reliability,
        credibility: item.credibility,
        admiralty_code: admiraltyCode(item.source.reliability, item.credibility),
        published_at: item.publishedAt,
        accessed_at: item.accessedAt,
        archived_url: item.archivedUrl,
        link_health: item.linkHealth,
        ...preservationCells(item.preservation, baseUrl),
      }))));
    case "history":
      return toCsv(HISTORY_COLUMNS, claims.flatMap((claim) => claim.history.map((entry): Row => ({
        status_change_id: entry.id,
        claim_id: claim.id,
        proof_point_key: claim.proofPointKey,
        from_status: entry.fromStatus,
        to_status: entry.toStatus,
        approved_at: entry.approvedAt,
        proposed_by: entry.proposedBy,
        approved_by: entry.approvedBy,
        rationale: entry.rationale,
        cited_evidence_ids: entry.citedEvidence.map((item) => item.id).join(" "),
        is_confirmation: entry.isConfirmation,
        re_review_reason: entry.reReviewReason,
        meets_criteria: entry.meetsCriteria,
        criteria_version: entry.criteriaVersion,
      }))));
  }
}

const CLAIM_COLUMNS = [
  "claim_id", "tracker", "demo_data", "proof_point_key", "proof_point", "statement", "claimant", "subject", "status",
  "claimed_at", "resolve_by", "overdue", "due_soon", "evidence_count", "last_change_at",
  "needs_re_review", "re_review_reason", "re_review_since", "meets_criteria", "criteria_version", "url",
] as const;
const EVIDENCE_COLUMNS = [
  "evidence_id", "claim_id", "proof_point_key", "stance", "title", "url", "quote", "source", "source_domain",
  "reliability", "credibility", "admiralty_code", "published_at", "accessed_at", "archived_url", "link_health",
  ...PRESERVATION_COLUMNS,
] as const;
const HISTORY_COLUMNS = [
  "status_change_id", "claim_id", "proof_point_key", "from_status", "to_status", "approved_at", "proposed_by",
  "approved_by", "rationale", "cited_evidence_ids", "is_confirmation", "re_review_reason", "meets_criteria", "criteria_version",
] as const;

/** Everything public about the tracker, nested: the same shapes as the JSON API. */
export function trackerJson(dataset: TrackerDataset, baseUrl: string) {
  const { tracker } = dataset;
  return {
    tracker: {
      slug: tracker.slug,
      title: tracker.title,
      question: tracker.question,
      description: tracker.description,
      isDemo: tracker.isDemo,
      publishedAt: tracker.publishedAt,
      url: `${baseUrl}${trackerPaths(tracker.slug).page}`,
    },
    proofPoints: dataset.proofPoints,
    claims: dataset.claims.map((claim) => ({
      ...presentClaimSummary(claim, baseUrl),
      evidence: claim.evidence.map((item) => presentEvidence(item, baseUrl)),
      history: claim.history.map(presentHistoryEntry),
    })),
    exportedAt: dataset.asOf,
    methodology: `${baseUrl}/methodology`,
  };
}
