import "server-only";
// Every mutation command of the application, in one place. The authorization matrix
// test enumerates this object: a new command without a row in the matrix fails it.
// A command that changes anything a reader sees says what, inside its transaction:
// inTransaction(async (tx, touch) => { …; touch.claim(claimId); … }) (or touch.tracker,
// touch.source). After commit that tracker's public caches are invalidated in every
// instance (lib/server/public-writes.ts). tests/integration/public-writes.test.ts runs every
// command here and fails for one that changes a public table without touching it.
import { createClaim } from "./claims/create-claim";
import { editClaim } from "./claims/edit-claim";
import { addEvidence } from "./evidence/add-evidence";
import { editEvidence } from "./evidence/edit-evidence";
import { removeEvidence } from "./evidence/remove-evidence";
import { approveProposal } from "./proposals/approve-proposal";
import { proposeStatusChange } from "./proposals/propose-status-change";
import { rejectProposal } from "./proposals/reject-proposal";
import { withdrawProposal } from "./proposals/withdraw-proposal";
import { amendProposal, commentOnProposal } from "./proposals/discuss-proposal";
import { proposeConfirmation } from "./proposals/propose-confirmation";
import { confirmSourceGrade } from "./sources/confirm-source-grade";
import { approveSourceGrade, rejectSourceGrade } from "./sources/decide-source-grade";
import { proposeSourceGrade } from "./sources/propose-source-grade";
import { updateSource } from "./sources/update-source";
import { changeOwnPassword } from "./users/change-own-password";
import { createUser } from "./users/create-user";
import { deactivateUser, reactivateUser } from "./users/set-user-active";
import { setUserRoles } from "./users/set-user-roles";
import { retryJob } from "./jobs/retry-job";
import { clearSignInThrottle } from "./users/sign-in-throttles";
import { signOutEverywhere } from "./users/sign-out-everywhere";
import { TRACKER_COMMANDS } from "./trackers/commands";
import { FORECAST_COMMANDS } from "./forecasts/commands";
import { PROVENANCE_COMMANDS } from "./provenance/commands";
import { READER_SUBMISSION_COMMANDS } from "./reader-submissions/commands";
import { NOTIFICATION_COMMANDS } from "./notifications/commands";

export const COMMANDS = {
  createClaim,
  editClaim,
  addEvidence,
  editEvidence,
  removeEvidence,
  proposeSourceGrade,
  approveSourceGrade,
  rejectSourceGrade,
  confirmSourceGrade,
  updateSource,
  proposeStatusChange,
  proposeConfirmation,
  approveProposal,
  rejectProposal,
  withdrawProposal,
  commentOnProposal,
  amendProposal,
  createUser,
  setUserRoles,
  deactivateUser,
  reactivateUser,
  changeOwnPassword,
  retryJob,
  clearSignInThrottle,
  signOutEverywhere,
  ...TRACKER_COMMANDS,
  ...FORECAST_COMMANDS,
  ...PROVENANCE_COMMANDS,
  ...READER_SUBMISSION_COMMANDS,
  ...NOTIFICATION_COMMANDS,
} as const;

export type CommandName = keyof typeof COMMANDS;
