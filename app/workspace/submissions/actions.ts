"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, type FormInput } from "@/lib/actions/form-action";
import { acceptClaimSuggestion } from "@/lib/server/reader-submissions/accept-claim-suggestion";
import { acceptDispute } from "@/lib/server/reader-submissions/accept-dispute";
import { acceptEvidenceSuggestion } from "@/lib/server/reader-submissions/accept-evidence-suggestion";
import { declineReaderSubmission } from "@/lib/server/reader-submissions/decline-reader-submission";

// The decided submission leaves the "new" list, so its form unmounts: the outcome travels
// in the URL (a fixed word and an id only).
function queueUrl(input: FormInput, decided: "accepted" | "declined", submissionId: string): string {
  const query = new URLSearchParams({ decided, submission: submissionId });
  if (typeof input.tracker === "string" && input.tracker) query.set("tracker", input.tracker);
  return `/workspace/submissions?${query}`;
}

const done = (input: FormInput, decided: "accepted" | "declined", submissionId: string): never => {
  revalidatePath("/workspace", "layout");
  redirect(queueUrl(input, decided, submissionId));
};

export const acceptEvidenceSuggestionAction = formAction(async ({ actor, input }) => {
  const { tracker: _tracker, ...fields } = input;
  const result = await acceptEvidenceSuggestion(actor, fields);
  return done(input, "accepted", result.submissionId);
});

export const acceptDisputeAction = formAction(async ({ actor, input }) => {
  const result = await acceptDispute(actor, { submissionId: input.submissionId, note: input.note });
  return done(input, "accepted", result.submissionId);
});

export const acceptClaimSuggestionAction = formAction(async ({ actor, input }) => {
  const { tracker: _tracker, ...fields } = input;
  const result = await acceptClaimSuggestion(actor, fields);
  return done(input, "accepted", result.submissionId);
});

export const declineReaderSubmissionAction = formAction(async ({ actor, input }) => {
  const result = await declineReaderSubmission(actor, { submissionId: input.submissionId, reason: input.reason });
  return done(input, "declined", result.submissionId);
});
