// Demo accounts seeded on the embedded database (prisma/demo/users.ts).
export const DEMO_PASSWORD = "proofboard-demo";

export const ACCOUNTS = {
  analyst: { email: "analyst@example.com", name: "Ada Analyst" },
  reviewer: { email: "reviewer@example.com", name: "Rui Reviewer" },
  admin: { email: "admin@example.com", name: "Amal Admin" },
} as const;

export type AccountRole = keyof typeof ACCOUNTS;
