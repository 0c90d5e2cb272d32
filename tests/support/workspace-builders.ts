// Builders for the analyst workspace tests (claims editing, evidence, sources), beside the
// shared ones in builders.ts. Writes go through the command layer, as there.
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { approveSourceGrade } from "@/lib/server/sources/decide-source-grade";
import { proposeSourceGrade } from "@/lib/server/sources/propose-source-grade";
import { makeUser, uniqueToken } from "./builders";

/** The edit input that changes nothing: every field as the claim holds it now. */
export async function editClaimInput(claimId: string, overrides: Record<string, unknown> = {}) {
  const claim = await getDb().claim.findUniqueOrThrow({ where: { id: claimId } });
  return {
    claimId: claim.id,
    version: claim.version,
    proofPointId: claim.proofPointId,
    statement: claim.statement,
    claimant: claim.claimant,
    subject: claim.subject,
    claimedAt: claim.claimedAt.toISOString().slice(0, 10),
    resolveBy: claim.resolveBy ? claim.resolveBy.toISOString().slice(0, 10) : "",
    ...overrides,
  };
}

/** The edit input that changes nothing on an evidence item (as its edit form would post it). */
export async function editEvidenceInput(evidenceId: string, overrides: Record<string, unknown> = {}) {
  const evidence = await getDb().evidence.findUniqueOrThrow({ where: { id: evidenceId } });
  return {
    evidenceId: evidence.id,
    url: evidence.url,
    title: evidence.title,
    quote: evidence.quote,
    publishedAt: evidence.publishedAt ? evidence.publishedAt.toISOString().slice(0, 10) : "",
    accessedAt: evidence.accessedAt.toISOString().slice(0, 10),
    stance: evidence.stance,
    credibility: String(evidence.credibility),
    archivedUrl: evidence.archivedUrl ?? "",
    sourceName: "",
    ...overrides,
  };
}

/** A domain no other test uses, so its source is created fresh (grade F) by the first link to it. */
export function uniqueDomain(): string {
  return `outlet-${uniqueToken()}.example.com`;
}

type Grade = "A" | "B" | "C" | "D" | "E" | "F";

/**
 * A source row for `domain` (or a fresh one), logged by `rater`. With `grade`, the rater
 * sets its provisional first grade through proposeSourceGrade.
 */
export async function makeSource(options: { domain?: string; name?: string; grade?: Grade; rater?: Actor } = {}) {
  const domain = options.domain ?? uniqueDomain();
  const rater = options.rater ?? (await makeUser({ roles: ["analyst"] }));
  const source = await getDb().source.create({ data: { domain, name: options.name ?? `Outlet ${domain}`, createdById: rater.id } });
  if (!options.grade) return source;
  return (await proposeSourceGrade(rater, { sourceId: source.id, reliability: options.grade, rationale: "Graded for a test of the workspace." })).source;
}

/** Changes a graded source's grade the four-eyes way: one analyst proposes, a reviewer approves. */
export async function regradeSource(sourceId: string, grade: Grade, options: { proposer?: Actor; reviewer?: Actor } = {}) {
  const proposer = options.proposer ?? (await makeUser({ roles: ["analyst"] }));
  const reviewer = options.reviewer ?? (await makeUser({ roles: ["reviewer"] }));
  const proposed = await proposeSourceGrade(proposer, { sourceId, reliability: grade, rationale: "Regraded for a test of the workspace." });
  if (proposed.kind !== "proposed") throw new Error("expected a grade proposal");
  return approveSourceGrade(reviewer, { proposalId: proposed.proposal.id });
}
