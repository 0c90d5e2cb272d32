import "server-only";
// The triage and corrections-policy commands; spread into lib/server/commands.ts so the
// authorization matrix enumerates them. A reader's own submission is not among them: it
// has no actor (submit-reader-submission.ts, tested on its own).
import { acceptClaimSuggestion } from "./accept-claim-suggestion";
import { acceptDispute } from "./accept-dispute";
import { acceptEvidenceSuggestion } from "./accept-evidence-suggestion";
import { declineReaderSubmission } from "./decline-reader-submission";
import { updateCorrectionsPolicy } from "./update-corrections-policy";

export const READER_SUBMISSION_COMMANDS = {
  acceptEvidenceSuggestion,
  acceptDispute,
  acceptClaimSuggestion,
  declineReaderSubmission,
  updateCorrectionsPolicy,
} as const;
