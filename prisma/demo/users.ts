// Demo accounts for embedded/demo mode. Their password is public (README, sign-in
// page); they are never created on a DATABASE_URL server unless `npm run db:seed` is run.
import type { Role } from "../../generated/prisma/enums";

export const DEMO_PASSWORD = "proofboard-demo";

export const DEMO_USERS = {
  analyst: { email: "analyst@example.com", name: "Ada Analyst", roles: ["analyst"] as Role[] },
  reviewer: { email: "reviewer@example.com", name: "Rui Reviewer", roles: ["reviewer"] as Role[] },
  admin: { email: "admin@example.com", name: "Amal Admin", roles: ["admin"] as Role[] },
} as const;
