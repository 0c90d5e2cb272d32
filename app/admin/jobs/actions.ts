"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { retryJob } from "@/lib/server/jobs/retry-job";

export const retryJobAction = formAction(
  async ({ actor, input }) => {
    await retryJob(actor, input);
    revalidatePath("/admin/jobs");
    return { status: "success", message: "Queued again, with a full set of retries." };
  },
);
