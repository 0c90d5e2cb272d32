import "server-only";

// Workspace views show evidence exactly as the public claim page does (same select, same
// badges, same balance and grouping), so a reviewer weighs what readers will later see.
export {
  balanceOf,
  groupByStance,
  publicEvidenceSelect as evidenceSelect,
  toPublicEvidence as toEvidence,
} from "@/lib/server/read/evidence";
export type { PublicEvidence as WorkspaceEvidence } from "@/lib/server/read/evidence";
