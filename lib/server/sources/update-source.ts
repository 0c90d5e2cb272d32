import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ZUpdateSourceInput } from "@/lib/validation/source";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction } from "@/lib/server/transaction";
import { lockSource } from "./lock-source";

/** Renames a source (sources created on the fly are named after their domain). The domain is its key and stays. */
export async function updateSource(actor: Actor | null, input: unknown) {
  requirePermission(actor, "source:edit");
  const data = parseInput(ZUpdateSourceInput, input);
  return inTransaction(async (tx, touch) => {
    const before = await lockSource(tx, data.sourceId);
    if (before.name === data.name) return { source: before, changed: false as const };
    touch.source(before.id);
    const source = await tx.source.update({ where: { id: before.id }, data: { name: data.name } });
    await recordAuditEvent(tx, {
      actor,
      action: "source.update",
      entityType: "Source",
      entityId: source.id,
      before: { name: before.name },
      after: { name: source.name },
    });
    return { source, changed: true as const };
  });
}
