"use server";

import { formAction } from "@/lib/actions/form-action";
import { currentRequestContext } from "@/lib/server/audit/request-context";
import { confirmReaderEmail } from "@/lib/server/reader-submissions/confirm-reader-email";
import { submitReaderSubmission } from "@/lib/server/reader-submissions/submit-reader-submission";

/** A reader's suggestion or report, from a public page (no account; the command has no actor). */
export const submitReaderSubmissionAction = formAction(async ({ input }) => {
  const { ipAddress } = await currentRequestContext();
  const result = await submitReaderSubmission(input, { clientIp: ipAddress ?? "" });
  const email = result.emailGiven ? " We are sending you an email: follow its link to hear the outcome." : "";
  return { status: "success", message: `Thank you: an analyst will look at it. Nothing is shown publicly until it has been checked.${email}` };
});

/** The reader's press of "confirm" on the page the confirmation mail links to. */
export const confirmReaderEmailAction = formAction(async ({ input }) => {
  await confirmReaderEmail(input);
  return { status: "success", message: "Thank you: your address is confirmed. We will write once an analyst has decided." };
});
