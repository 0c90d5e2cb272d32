// The one role → permission table (the roles table in docs/architecture.md). The command layer checks
// it; the UI reads it only to hide controls the server would refuse anyway.
import type { Role } from "@/generated/prisma/enums";

export const ROLES = ["analyst", "reviewer", "admin"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  analyst: "Analyst",
  reviewer: "Reviewer",
  admin: "Admin",
};

const ANALYST = [
  // Reading the workspace (claims with unpublished trackers, removed evidence, sources).
  "workspace:read",
  "claim:create",
  "claim:edit",
  "evidence:create",
  "evidence:edit",
  "evidence:delete",
  "source:edit",
  "proposal:create",
  "proposal:withdraw",
  // Entering and updating one's own forecasts, and choosing a public forecaster profile.
  "forecast:submit",
  // Reading reader submissions and accepting or declining them.
  "submission:triage",
] as const;

const REVIEWER = [...ANALYST, "proposal:review", "forecast:open"] as const;

// Admins manage people and structure; they hold no claim or review rights of their
// own (so they cannot bypass review), unless also given those roles.
const ADMIN = ["user:manage", "tracker:manage", "audit:read", "forecast:open", "job:manage", "corrections:edit", "webhook:manage"] as const;

export type Permission = (typeof REVIEWER)[number] | (typeof ADMIN)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  analyst: ANALYST,
  reviewer: REVIEWER,
  admin: ADMIN,
};

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
