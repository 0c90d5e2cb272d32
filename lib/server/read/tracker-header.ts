import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** The fields that introduce a public tracker: its scorecard, claim lists and API header. */
export const trackerHeaderSelect = {
  id: true,
  slug: true,
  title: true,
  question: true,
  description: true,
  isDemo: true,
  publishedAt: true,
} satisfies Prisma.TrackerSelect;
