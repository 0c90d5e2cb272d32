"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { createTracker } from "@/lib/server/trackers/create-tracker";
import { archiveTracker, unarchiveTracker } from "@/lib/server/trackers/set-tracker-archived";
import { publishTracker, unpublishTracker } from "@/lib/server/trackers/set-tracker-published";
import { updateTracker } from "@/lib/server/trackers/update-tracker";

// Every admin tracker page reads the same rows: refresh them all after any change.
const refreshAdminPages = () => revalidatePath("/admin/trackers", "layout");

export const createTrackerAction = formAction(async ({ actor, input }) => {
  const tracker = await createTracker(actor, input);
  refreshAdminPages();
  redirect(`/admin/trackers/${tracker.id}?created=1`);
});

export const updateTrackerAction = formAction(async ({ actor, input }) => {
  const { changed } = await updateTracker(actor, input);
  refreshAdminPages();
  return { status: "success", message: changed ? "Saved." : "Nothing changed." };
});

const STATUS_CHANGES = {
  publish: { run: publishTracker, message: "Published: readers can now see this tracker." },
  unpublish: { run: unpublishTracker, message: "Unpublished: readers no longer see this tracker." },
  archive: { run: archiveTracker, message: "Archived: hidden from readers and closed to changes." },
  unarchive: { run: unarchiveTracker, message: "Taken out of the archive." },
} as const;

function isStatusIntent(value: unknown): value is keyof typeof STATUS_CHANGES {
  return typeof value === "string" && Object.hasOwn(STATUS_CHANGES, value);
}

export const setTrackerStatusAction = formAction(async ({ actor, input }): Promise<FormState> => {
  if (!isStatusIntent(input.intent)) return { status: "error", message: "Unknown action: reload the page and try again." };
  const change = STATUS_CHANGES[input.intent];
  await change.run(actor, { trackerId: input.trackerId });
  refreshAdminPages();
  return { status: "success", message: change.message };
});
