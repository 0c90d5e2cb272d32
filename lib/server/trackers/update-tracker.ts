import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { trackerEditedSummary } from "@/lib/domain/checklist-history";
import { ZUpdateTrackerInput } from "@/lib/validation/tracker";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { recordChecklistChange } from "./checklist-change";
import { assertSlugAvailable, lockSlugs, moveSlug } from "./slug-registry";
import { assertNotArchived, lockTracker } from "./tracker-lock";

/**
 * Edits a tracker's title, question, description and slug. A new slug keeps the old one
 * as an alias, so links already shared keep working (a permanent redirect). Saving with
 * nothing changed writes nothing and reports `changed: false`.
 */
export async function updateTracker(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  requirePermission(actor, "tracker:manage");
  const { trackerId, ...data } = parseInput(ZUpdateTrackerInput, input);
  const at = context.now ?? new Date();
  return inTransaction(async (tx, touch) => {
    // Slug lock before the row lock, in every command, so the two locks never cross.
    await lockSlugs(tx);
    const before = await lockTracker(tx, trackerId);
    touch.tracker(trackerId);
    assertNotArchived(before);
    const summary = trackerEditedSummary({
      slug: before.slug !== data.slug ? [before.slug, data.slug] : undefined,
      title: before.title !== data.title ? [before.title, data.title] : undefined,
      question: before.question !== data.question,
      description: before.description !== data.description,
    });
    if (!summary) return { tracker: before, changed: false };

    if (before.slug !== data.slug) {
      await assertSlugAvailable(tx, data.slug, trackerId);
      await moveSlug(tx, trackerId, before.slug, data.slug, at);
    }
    const tracker = await tx.tracker.update({ where: { id: trackerId }, data: { ...data, updatedAt: at } });
    await recordChecklistChange(tx, { trackerId, kind: "tracker_edited", summary, actor, at });
    await recordAuditEvent(tx, {
      actor,
      action: "tracker.update",
      entityType: "Tracker",
      entityId: trackerId,
      before: { slug: before.slug, title: before.title, question: before.question, description: before.description },
      after: data,
    });
    return { tracker, changed: true };
  });
}
