"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { flashHref } from "@/components/workspace/flash";
import { formAction } from "@/lib/actions/form-action";
import { confirmSourceGrade } from "@/lib/server/sources/confirm-source-grade";
import { approveSourceGrade, rejectSourceGrade } from "@/lib/server/sources/decide-source-grade";
import { proposeSourceGrade } from "@/lib/server/sources/propose-source-grade";
import { updateSource } from "@/lib/server/sources/update-source";

const sourcePath = (id: string) => `/workspace/sources/${id}`;

export const proposeSourceGradeAction = formAction(async ({ actor, input }) => {
  const result = await proposeSourceGrade(actor, input);
  // A provisional first grade applies at once: claim pages citing the source re-weigh.
  if (result.kind === "provisional") revalidatePath("/claims/[id]", "page");
  revalidatePath("/", "layout");
  redirect(flashHref(sourcePath(result.source.id), result.kind === "provisional" ? "source-graded-provisionally" : "source-grade-proposed"));
});

export const confirmSourceGradeAction = formAction(async ({ actor, input }) => {
  const { source } = await confirmSourceGrade(actor, input);
  revalidatePath("/", "layout");
  redirect(flashHref(sourcePath(source.id), "source-grade-confirmed"));
});

export const approveSourceGradeAction = formAction(async ({ actor, input }) => {
  await approveSourceGrade(actor, input);
  revalidatePath("/", "layout");
  redirect("/workspace/review?decided=grade-approved");
});

export const rejectSourceGradeAction = formAction(async ({ actor, input }) => {
  await rejectSourceGrade(actor, input);
  revalidatePath("/", "layout");
  redirect("/workspace/review?decided=grade-rejected");
});

export const renameSourceAction = formAction(async ({ actor, input }) => {
  const { source, changed } = await updateSource(actor, input);
  if (changed) revalidatePath("/claims/[id]", "page");
  redirect(flashHref(sourcePath(source.id), changed ? "source-renamed" : "source-unchanged"));
});
