import "server-only";
// A tracker's claims, evidence and status history as three CSV tables and as one JSON
// document, written as a stream of chunks: claims are read in keyset batches and their
// evidence and history in keyset pages (lib/server/public/tracker-rows), so an export
// holds a few hundred rows in memory whatever the size of the tracker.
import { admiraltyCode } from "@/lib/domain";
import { presentClaimSummary, presentEvidence, presentHistoryEntry } from "@/lib/api/v1/present-claims";
import { claimPath, trackerPaths, type ExportTable } from "@/lib/public/urls";
import type { PublicTrackerHeader } from "@/lib/server/public/tracker-rows/public-tracker";
import { claimRowBatches, type TrackerClaimRow } from "@/lib/server/public/tracker-rows/claim-rows";
import { evidenceOfClaims, historyOfClaims } from "@/lib/server/public/tracker-rows/claim-children";
import type { PublicEvidence } from "@/lib/server/read/evidence";
import type { StatusHistoryEntry } from "@/lib/server/read/status-history";
import { csvHeader, csvRecords, type CsvColumns } from "./csv-cells";
import { PRESERVATION_COLUMNS, preservationCells } from "./preservation-cells";
import { peekable } from "./peekable";

/** Claims read per batch: enough to keep statements few, small enough to keep memory flat. */
export const EXPORT_CLAIM_BATCH = 200;

type ExportContext = { tracker: PublicTrackerHeader; baseUrl: string; now: Date };
type ClaimCells = { claim: TrackerClaimRow } & ExportContext;
type EvidenceCells = { claim: TrackerClaimRow; item: PublicEvidence; baseUrl: string };
type HistoryCells = { claim: TrackerClaimRow; entry: StatusHistoryEntry };

export const CLAIM_COLUMNS: CsvColumns<ClaimCells> = {
  claim_id: ({ claim }) => claim.id,
  tracker: ({ tracker }) => tracker.slug,
  demo_data: ({ tracker }) => tracker.isDemo,
  proof_point_key: ({ claim }) => claim.proofPointKey,
  proof_point: ({ claim }) => claim.proofPointTitle,
  statement: ({ claim }) => claim.statement,
  claimant: ({ claim }) => claim.claimant,
  subject: ({ claim }) => claim.subject,
  status: ({ claim }) => claim.status,
  claimed_at: ({ claim }) => claim.claimedAt,
  resolve_by: ({ claim }) => claim.resolveBy,
  overdue: ({ claim }) => claim.overdue,
  due_soon: ({ claim }) => claim.dueSoon,
  evidence_count: ({ claim }) => claim.evidenceCount,
  supporting_items: ({ claim }) => claim.originCounts.supports.items,
  supporting_origins: ({ claim }) => claim.originCounts.supports.origins,
  refuting_items: ({ claim }) => claim.originCounts.refutes.items,
  refuting_origins: ({ claim }) => claim.originCounts.refutes.origins,
  last_change_at: ({ claim }) => claim.lastChangeAt,
  needs_re_review: ({ claim }) => claim.standing.needsReReview !== null,
  re_review_reason: ({ claim }) => claim.standing.needsReReview?.reason ?? null,
  re_review_since: ({ claim }) => claim.standing.needsReReview?.since ?? null,
  meets_criteria: ({ claim }) => claim.standing.meetsCriteria,
  criteria_version: ({ claim }) => claim.standing.criteriaVersion,
  url: ({ claim, baseUrl }) => `${baseUrl}${claimPath(claim.id)}`,
};

export const EVIDENCE_COLUMNS: CsvColumns<EvidenceCells> = {
  evidence_id: ({ item }) => item.id,
  claim_id: ({ claim }) => claim.id,
  proof_point_key: ({ claim }) => claim.proofPointKey,
  stance: ({ item }) => item.stance,
  title: ({ item }) => item.title,
  url: ({ item }) => item.url,
  quote: ({ item }) => item.quote,
  source: ({ item }) => item.source.name,
  source_domain: ({ item }) => item.source.domain,
  reliability: ({ item }) => item.source.reliability,
  credibility: ({ item }) => item.credibility,
  admiralty_code: ({ item }) => admiraltyCode(item.source.reliability, item.credibility),
  published_at: ({ item }) => item.publishedAt,
  accessed_at: ({ item }) => item.accessedAt,
  archived_url: ({ item }) => item.archivedUrl,
  link_health: ({ item }) => item.linkHealth,
  ...Object.fromEntries(
    PRESERVATION_COLUMNS.map((name) => [name, ({ item, baseUrl }: EvidenceCells) => preservationCells(item.preservation, baseUrl)[name]]),
  ),
};

export const HISTORY_COLUMNS: CsvColumns<HistoryCells> = {
  status_change_id: ({ entry }) => entry.id,
  claim_id: ({ claim }) => claim.id,
  proof_point_key: ({ claim }) => claim.proofPointKey,
  from_status: ({ entry }) => entry.fromStatus,
  to_status: ({ entry }) => entry.toStatus,
  approved_at: ({ entry }) => entry.approvedAt,
  proposed_by: ({ entry }) => entry.proposedBy,
  approved_by: ({ entry }) => entry.approvedBy,
  rationale: ({ entry }) => entry.rationale,
  cited_evidence_ids: ({ entry }) => entry.citedEvidence.map((item) => item.id).join(" "),
  is_confirmation: ({ entry }) => entry.isConfirmation,
  re_review_reason: ({ entry }) => entry.reReviewReason,
  meets_criteria: ({ entry }) => entry.meetsCriteria,
  criteria_version: ({ entry }) => entry.criteriaVersion,
};

/** Rows of child items (evidence, history) gathered up to a batch, so each CSV write is one stringify call. */
async function* batchedRecords<T>(items: AsyncIterable<T>, write: (rows: T[]) => string): AsyncGenerator<string> {
  let rows: T[] = [];
  for await (const item of items) {
    rows.push(item);
    if (rows.length >= EXPORT_CLAIM_BATCH) {
      yield write(rows);
      rows = [];
    }
  }
  if (rows.length) yield write(rows);
}

/** One table of the tracker as CSV chunks: the header first, then records batch by batch. */
export async function* trackerCsv(context: ExportContext, table: Exclude<ExportTable, "forecasts" | "box_states">): AsyncGenerator<string> {
  const batches = claimRowBatches(context.tracker.id, { batchSize: EXPORT_CLAIM_BATCH, now: context.now });
  switch (table) {
    case "claims":
      yield csvHeader(Object.keys(CLAIM_COLUMNS));
      for await (const claims of batches) yield csvRecords(CLAIM_COLUMNS, claims.map((claim) => ({ claim, ...context })));
      return;
    case "evidence":
      yield csvHeader(Object.keys(EVIDENCE_COLUMNS));
      for await (const claims of batches) {
        const byId = new Map(claims.map((claim) => [claim.id, claim]));
        const rows = mapItems(evidenceOfClaims([...byId.keys()]), ({ claimId, item }) => ({ claim: byId.get(claimId)!, item, baseUrl: context.baseUrl }));
        yield* batchedRecords(rows, (batch) => csvRecords(EVIDENCE_COLUMNS, batch));
      }
      return;
    case "history":
      yield csvHeader(Object.keys(HISTORY_COLUMNS));
      for await (const claims of batches) {
        const byId = new Map(claims.map((claim) => [claim.id, claim]));
        const rows = mapItems(historyOfClaims([...byId.keys()]), ({ claimId, entry }) => ({ claim: byId.get(claimId)!, entry }));
        yield* batchedRecords(rows, (batch) => csvRecords(HISTORY_COLUMNS, batch));
      }
      return;
  }
}

async function* mapItems<T, U>(items: AsyncIterable<T>, map: (item: T) => U): AsyncGenerator<U> {
  for await (const item of items) yield map(item);
}

/**
 * Everything public about the tracker, nested (the same shapes as the JSON API), as JSON
 * text in chunks: one claim per line, each claim's evidence and history streamed inside it.
 * `extra` members (e.g. forecasts) are appended at the end.
 */
export async function* trackerJson(context: ExportContext, extra: Record<string, unknown> = {}): AsyncGenerator<string> {
  const { tracker, baseUrl } = context;
  const head = {
    tracker: {
      slug: tracker.slug,
      title: tracker.title,
      question: tracker.question,
      description: tracker.description,
      isDemo: tracker.isDemo,
      publishedAt: tracker.publishedAt,
      url: `${baseUrl}${trackerPaths(tracker.slug).page}`,
    },
    proofPoints: tracker.proofPoints.map(({ key, title, question, position }) => ({ key, title, question, position })),
  };
  // The head's members, then "claims": [ … ], then the tail's: one valid JSON object.
  yield `${JSON.stringify(head).slice(0, -1)},\n"claims":[`;
  let first = true;
  for await (const claims of claimRowBatches(tracker.id, { batchSize: EXPORT_CLAIM_BATCH, now: context.now })) {
    const ids = claims.map((claim) => claim.id);
    const evidence = peekable(evidenceOfClaims(ids));
    const history = peekable(historyOfClaims(ids));
    for (const claim of claims) {
      yield `${first ? "\n" : ",\n"}${JSON.stringify(presentClaimSummary(claim, baseUrl)).slice(0, -1)},"evidence":[`;
      first = false;
      yield* joined(evidence.takeWhile((row) => row.claimId === claim.id), (row) => presentEvidence(row.item, baseUrl));
      yield `],"history":[`;
      yield* joined(history.takeWhile((row) => row.claimId === claim.id), (row) => presentHistoryEntry(row.entry));
      yield "]}";
    }
  }
  const tail = { exportedAt: context.now.toISOString(), methodology: `${baseUrl}/methodology`, ...extra };
  yield `\n],${JSON.stringify(tail).slice(1)}\n`;
}

async function* joined<T>(items: AsyncIterable<T>, present: (item: T) => unknown): AsyncGenerator<string> {
  let chunk = "";
  let count = 0;
  for await (const item of items) {
    chunk += (count > 0 ? "," : "") + JSON.stringify(present(item));
    count += 1;
    // Flush now and then, so a claim with thousands of items is not one huge string.
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}
