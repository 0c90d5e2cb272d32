import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ZCreateTrackerInput } from "@/lib/validation/tracker";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { assertSlugAvailable, lockSlugs } from "./slug-registry";

/** `demo` is for the seed only: it is not part of the input, so no form or API can set it. */
export type CreateTrackerContext = CommandContext & { demo?: boolean };

/** A new tracker starts unpublished: readers see it only once an admin publishes it. */
export async function createTracker(actor: Actor | null, input: unknown, context: CreateTrackerContext = {}) {
  requirePermission(actor, "tracker:manage");
  const data = parseInput(ZCreateTrackerInput, input);
  const at = context.now ?? new Date();
  return inTransaction(async (tx, touch) => {
    await lockSlugs(tx);
    await assertSlugAvailable(tx, data.slug);
    const tracker = await tx.tracker.create({
      data: { ...data, published: false, isDemo: context.demo ?? false, createdAt: at, updatedAt: at },
    });
    touch.tracker(tracker.id);
    await recordAuditEvent(tx, { actor, action: "tracker.create", entityType: "Tracker", entityId: tracker.id, after: tracker });
    return tracker;
  });
}
