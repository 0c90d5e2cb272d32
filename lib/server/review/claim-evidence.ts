import "server-only";
import { STANCES, computeEvidenceBalance, type EvidenceBalance, type Stance } from "@/lib/domain";
import type { PublicEvidence } from "@/lib/server/public/public-evidence";

// Workspace views show evidence exactly as the public claim page does (same select, same
// badges), so a reviewer weighs what readers will later see.
export { publicEvidenceSelect as evidenceSelect, toPublicEvidence as toEvidence } from "@/lib/server/public/public-evidence";
export type { PublicEvidence as WorkspaceEvidence } from "@/lib/server/public/public-evidence";

/** The balance from lib/domain, fed with one claim's live (not withdrawn) evidence. */
export function balanceOf(evidence: PublicEvidence[]): EvidenceBalance {
  return computeEvidenceBalance(
    evidence.map((item) => ({
      id: item.id,
      stance: item.stance,
      sourceId: item.source.id,
      sourceName: item.source.name,
      reliability: item.source.reliability,
      credibility: item.credibility,
    })),
  );
}

export function groupByStance(evidence: PublicEvidence[]): Record<Stance, PublicEvidence[]> {
  return Object.fromEntries(STANCES.map((stance) => [stance, evidence.filter((item) => item.stance === stance)])) as Record<
    Stance,
    PublicEvidence[]
  >;
}
