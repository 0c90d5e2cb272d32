"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { flashHref } from "@/components/workspace/flash";
import { formAction } from "@/lib/actions/form-action";
import { rateSource } from "@/lib/server/sources/rate-source";
import { updateSource } from "@/lib/server/sources/update-source";

const sourcePath = (id: string) => `/workspace/sources/${id}`;

export const rateSourceAction = formAction(async ({ actor, input }) => {
  const { source } = await rateSource(actor, input);
  // Every public claim page citing the source shows a new badge and balance.
  revalidatePath("/claims/[id]", "page");
  redirect(flashHref(sourcePath(source.id), "source-rated"));
});

export const renameSourceAction = formAction(async ({ actor, input }) => {
  const { source, changed } = await updateSource(actor, input);
  if (changed) revalidatePath("/claims/[id]", "page");
  redirect(flashHref(sourcePath(source.id), changed ? "source-renamed" : "source-unchanged"));
});
