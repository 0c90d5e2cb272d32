"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { addProofPoint } from "@/lib/server/trackers/add-proof-point";
import { reorderProofPoints } from "@/lib/server/trackers/reorder-proof-points";
import { restoreProofPoint, retireProofPoint } from "@/lib/server/trackers/set-proof-point-retired";
import { setProofPointCriteria } from "@/lib/server/trackers/set-proof-point-criteria";
import { updateProofPoint } from "@/lib/server/trackers/update-proof-point";

const refreshAdminPages = () => revalidatePath("/admin/trackers", "layout");

export const addProofPointAction = formAction(async ({ actor, input }) => {
  const point = await addProofPoint(actor, input);
  refreshAdminPages();
  redirect(`/admin/trackers/${point.trackerId}?added=${encodeURIComponent(point.key)}`);
});

export const updateProofPointAction = formAction(async ({ actor, input }) => {
  const { changed } = await updateProofPoint(actor, input);
  refreshAdminPages();
  return { status: "success", message: changed ? "Saved." : "Nothing changed." };
});

export const setProofPointCriteriaAction = formAction(async ({ actor, input }) => {
  const version = await setProofPointCriteria(actor, input);
  refreshAdminPages();
  return { status: "success", message: `Saved as version ${version.version}. The change is listed in the tracker's public history.` };
});

export const reorderProofPointsAction = formAction(async ({ actor, input }) => {
  const { changed } = await reorderProofPoints(actor, input);
  refreshAdminPages();
  return { status: "success", message: changed ? "Order saved." : "The order is unchanged." };
});

export const setProofPointRetiredAction = formAction(async ({ actor, input }): Promise<FormState> => {
  const retire = input.intent === "retire";
  if (!retire && input.intent !== "restore") return { status: "error", message: "Unknown action: reload the page and try again." };
  await (retire ? retireProofPoint : restoreProofPoint)(actor, { proofPointId: input.proofPointId });
  refreshAdminPages();
  return { status: "success", message: retire ? "Retired: it no longer counts; its claims stay readable." : "Restored to the checklist." };
});
