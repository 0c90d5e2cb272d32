import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** The fields that say what a claim is, read by every list and page that shows one. */
export const claimRecordSelect = {
  id: true,
  statement: true,
  claimant: true,
  subject: true,
  status: true,
  claimedAt: true,
  resolveBy: true,
} satisfies Prisma.ClaimSelect;
