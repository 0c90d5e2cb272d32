import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ZDismissProvenanceSuggestionInput } from "@/lib/validation/provenance";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { lockLiveEvidence } from "@/lib/server/evidence/lock-evidence";
import { commandNow, inTransaction, type CommandContext } from "@/lib/server/transaction";

/**
 * Remembers that a suggested derivation is wrong, so it is not suggested for this item again.
 * Dismissing twice is harmless. Readers see nothing of suggestions, so nothing public changes.
 */
export async function dismissProvenanceSuggestion(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const acting = requirePermission(actor, "evidence:edit");
  const data = parseInput(ZDismissProvenanceSuggestionInput, input);
  return inTransaction(async (tx) => {
    const item = await lockLiveEvidence(tx, data.evidenceId);
    const at = await commandNow(tx, context);
    const key = { evidenceId: item.id, kind: data.kind, candidate: data.candidate };
    const existing = await tx.provenanceSuggestionDismissal.findUnique({ where: { evidenceId_kind_candidate: key } });
    if (existing) return { dismissal: existing, claimId: item.claimId, changed: false as const };
    const dismissal = await tx.provenanceSuggestionDismissal.create({ data: { ...key, dismissedById: acting.id, dismissedAt: at } });
    await recordAuditEvent(tx, { actor, action: "provenance.dismiss-suggestion", entityType: "Evidence", entityId: item.id, after: dismissal });
    return { dismissal, claimId: item.claimId, changed: true as const };
  });
}
