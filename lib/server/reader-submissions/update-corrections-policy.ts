import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ZUpdateCorrectionsPolicyInput } from "@/lib/validation/reader-submissions";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { commandNow, inTransaction, type CommandContext } from "@/lib/server/transaction";

/** A new version of the public corrections policy; earlier versions stay in the table. */
export async function updateCorrectionsPolicy(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const acting = requirePermission(actor, "corrections:edit");
  const data = parseInput(ZUpdateCorrectionsPolicyInput, input);
  return inTransaction(async (tx, touch) => {
    const before = await tx.correctionsPolicy.findFirst({ orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    const now = await commandNow(tx, context);
    const policy = await tx.correctionsPolicy.create({ data: { text: data.text, createdById: acting.id, createdAt: now } });
    // The policy heads every tracker's corrections log and the site-wide one.
    for (const tracker of await tx.tracker.findMany({ select: { id: true } })) touch.tracker(tracker.id);
    await recordAuditEvent(tx, {
      actor: acting,
      action: "corrections-policy.update",
      entityType: "CorrectionsPolicy",
      entityId: policy.id,
      before: before ? { text: before.text } : undefined,
      after: { text: policy.text },
    });
    return { policyId: policy.id };
  });
}
