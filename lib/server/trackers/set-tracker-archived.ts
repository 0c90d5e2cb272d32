import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ARCHIVED_SUMMARY, UNARCHIVED_SUMMARY } from "@/lib/domain/checklist-history";
import { AppError } from "@/lib/errors/app-error";
import { ZTrackerIdInput } from "@/lib/validation/tracker";
import type { CommandContext } from "@/lib/server/transaction";
import { lockTracker } from "./tracker-lock";
import { recordSwitch, runSwitchCommand } from "./tracker-switch";

/**
 * Archives a tracker: hidden from readers (lib/server/read/visibility.ts), closed to new
 * claims and to checklist changes, and kept whole. Its published flag is left as it was,
 * so unarchiving a published tracker makes it public again.
 */
export async function archiveTracker(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  return setArchived(actor, input, true, context);
}

export async function unarchiveTracker(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  return setArchived(actor, input, false, context);
}

async function setArchived(actor: Actor | null, input: unknown, archive: boolean, context: CommandContext) {
  return runSwitchCommand(actor, ZTrackerIdInput, input, context, async (frame) => {
    const { tx, at, touch } = frame;
    const { trackerId } = frame.input;
    const before = await lockTracker(tx, trackerId);
    touch.tracker(trackerId);
    if (archive === Boolean(before.archivedAt)) {
      throw new AppError("CONFLICT", archive ? "This tracker is already archived." : "This tracker is not archived.");
    }
    const tracker = await tx.tracker.update({ where: { id: trackerId }, data: { archivedAt: archive ? at : null, updatedAt: at } });
    await recordSwitch(
      frame,
      { trackerId, kind: archive ? "tracker_archived" : "tracker_unarchived", summary: archive ? ARCHIVED_SUMMARY : UNARCHIVED_SUMMARY },
      {
        action: archive ? "tracker.archive" : "tracker.unarchive",
        entityType: "Tracker",
        entityId: trackerId,
        before: { archivedAt: before.archivedAt },
        after: { archivedAt: tracker.archivedAt },
      },
    );
    return tracker;
  });
}
