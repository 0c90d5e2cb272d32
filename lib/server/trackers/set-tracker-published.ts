import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { UNPUBLISHED_SUMMARY, publishedSummary } from "@/lib/domain/checklist-history";
import { AppError } from "@/lib/errors/app-error";
import { ZTrackerIdInput } from "@/lib/validation/tracker";
import type { CommandContext } from "@/lib/server/transaction";
import { assertNotArchived, lockTracker } from "./tracker-lock";
import { recordSwitch, runSwitchCommand, type SwitchFrame } from "./tracker-switch";

/**
 * Makes a tracker and everything under it public. Refused while it has no active proof
 * point, or while any active proof point lacks resolution criteria: readers must be able
 * to see what would tick every box they are shown.
 */
export async function publishTracker(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  return runSwitchCommand(actor, ZTrackerIdInput, input, context, async (frame) => {
    const { tx, at } = frame;
    const { trackerId } = frame.input;
    const before = await lockLiveTracker(frame);
    if (before.published) throw new AppError("CONFLICT", "This tracker is already published.");
    const active = await tx.proofPoint.findMany({
      where: { trackerId, retiredAt: null },
      select: { title: true, _count: { select: { criteria: true } } },
    });
    if (active.length === 0) throw new AppError("CONFLICT", "Add at least one proof point before publishing.");
    const withoutCriteria = active.filter((point) => point._count.criteria === 0).map((point) => `“${point.title}”`);
    if (withoutCriteria.length) {
      throw new AppError("CONFLICT", `Set resolution criteria for ${withoutCriteria.join(", ")} before publishing.`);
    }
    // publishedAt keeps the first publication: the public list and history date from it.
    const tracker = await tx.tracker.update({
      where: { id: trackerId },
      data: { published: true, publishedAt: before.publishedAt ?? at, updatedAt: at },
    });
    await recordSwitch(
      frame,
      { trackerId, kind: "tracker_published", summary: publishedSummary(active.length, before.publishedAt === null) },
      { action: "tracker.publish", entityType: "Tracker", entityId: trackerId, before: { published: false }, after: { published: true } },
    );
    return tracker;
  });
}

/** Hides a tracker and everything under it from readers; nothing is deleted. */
export async function unpublishTracker(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  return runSwitchCommand(actor, ZTrackerIdInput, input, context, async (frame) => {
    const { tx, at } = frame;
    const { trackerId } = frame.input;
    const before = await lockLiveTracker(frame);
    if (!before.published) throw new AppError("CONFLICT", "This tracker is not published.");
    const tracker = await tx.tracker.update({ where: { id: trackerId }, data: { published: false, updatedAt: at } });
    await recordSwitch(
      frame,
      { trackerId, kind: "tracker_unpublished", summary: UNPUBLISHED_SUMMARY },
      { action: "tracker.unpublish", entityType: "Tracker", entityId: trackerId, before: { published: true }, after: { published: false } },
    );
    return tracker;
  });
}

/** Locks the tracker for the switch, marks its pages stale, and refuses an archived one. */
async function lockLiveTracker(frame: SwitchFrame<{ trackerId: string }>) {
  const before = await lockTracker(frame.tx, frame.input.trackerId);
  frame.touch.tracker(frame.input.trackerId);
  assertNotArchived(before);
  return before;
}
