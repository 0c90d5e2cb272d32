import "server-only";
// Every mutation command of the application, in one place. The authorization matrix
// test enumerates this object: a new command without a row in the matrix fails it.
import { createClaim } from "./claims/create-claim";
import { editClaim } from "./claims/edit-claim";
import { addEvidence } from "./evidence/add-evidence";
import { editEvidence } from "./evidence/edit-evidence";
import { removeEvidence } from "./evidence/remove-evidence";
import { approveProposal } from "./proposals/approve-proposal";
import { proposeStatusChange } from "./proposals/propose-status-change";
import { rejectProposal } from "./proposals/reject-proposal";
import { withdrawProposal } from "./proposals/withdraw-proposal";
import { rateSource } from "./sources/rate-source";
import { updateSource } from "./sources/update-source";
import { changeOwnPassword } from "./users/change-own-password";
import { createUser } from "./users/create-user";
import { deactivateUser, reactivateUser } from "./users/set-user-active";
import { setUserRoles } from "./users/set-user-roles";
import { clearSignInThrottle } from "./users/sign-in-throttles";
import { signOutEverywhere } from "./users/sign-out-everywhere";
import { TRACKER_COMMANDS } from "./trackers/commands";

export const COMMANDS = {
  createClaim,
  editClaim,
  addEvidence,
  editEvidence,
  removeEvidence,
  rateSource,
  updateSource,
  proposeStatusChange,
  approveProposal,
  rejectProposal,
  withdrawProposal,
  createUser,
  setUserRoles,
  deactivateUser,
  reactivateUser,
  changeOwnPassword,
  clearSignInThrottle,
  signOutEverywhere,
  ...TRACKER_COMMANDS,
} as const;

export type CommandName = keyof typeof COMMANDS;
