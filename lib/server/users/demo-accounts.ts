import "server-only";
// The demo accounts as the sign-in page lists them in demo mode. Their password is public.
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo/users";
import type { Role } from "@/generated/prisma/enums";

export type DemoAccount = { email: string; roles: Role[] };

export function listDemoAccounts(): { password: string; accounts: DemoAccount[] } {
  return { password: DEMO_PASSWORD, accounts: Object.values(DEMO_USERS).map((user) => ({ email: user.email, roles: [...user.roles] })) };
}
