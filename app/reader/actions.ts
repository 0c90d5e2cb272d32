"use server";

import { formAction } from "@/lib/actions/form-action";
import { currentRequestContext } from "@/lib/server/audit/request-context";
import { submitReaderSubmission } from "@/lib/server/reader-submissions/submit-reader-submission";

/** A reader's suggestion or report, from a public page (no account; the command has no actor). */
export const submitReaderSubmissionAction = formAction(async ({ input }) => {
  const { ipAddress } = await currentRequestContext();
  const result = await submitReaderSubmission(input, { clientIp: ipAddress ?? "" });
  const email = result.emailToken ? " We have sent you an email: follow its link to hear the outcome." : "";
  return { status: "success", message: `Thank you: an analyst will look at it. Nothing is shown publicly until it has been checked.${email}` };
});
