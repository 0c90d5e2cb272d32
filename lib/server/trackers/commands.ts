import "server-only";
// The tracker editor's commands, all admin-only ("tracker:manage"); spread into
// lib/server/commands.ts so the authorization matrix enumerates them.
import { addProofPoint } from "./add-proof-point";
import { createTracker } from "./create-tracker";
import { reorderProofPoints } from "./reorder-proof-points";
import { archiveTracker, unarchiveTracker } from "./set-tracker-archived";
import { publishTracker, unpublishTracker } from "./set-tracker-published";
import { restoreProofPoint, retireProofPoint } from "./set-proof-point-retired";
import { setProofPointCriteria } from "./set-proof-point-criteria";
import { updateProofPoint } from "./update-proof-point";
import { updateTracker } from "./update-tracker";

export const TRACKER_COMMANDS = {
  createTracker,
  updateTracker,
  publishTracker,
  unpublishTracker,
  archiveTracker,
  unarchiveTracker,
  addProofPoint,
  updateProofPoint,
  reorderProofPoints,
  retireProofPoint,
  restoreProofPoint,
  setProofPointCriteria,
} as const;
