// Trackers built the way an admin builds them: through the tracker editor's commands, so
// every fixture has its criteria versions, checklist history and audit events.
import type { Actor } from "@/lib/auth/actor";
import { addProofPoint } from "@/lib/server/trackers/add-proof-point";
import { createTracker } from "@/lib/server/trackers/create-tracker";
import { publishTracker } from "@/lib/server/trackers/set-tracker-published";
import { makeUser, uniqueToken } from "./builders";

export const CRITERIA_INPUT = {
  tickWhen: "A source graded B or better reports the test result on the tool.",
  contestedWhen: "Sources graded B or better conflict on the test result.",
} as const;

export function trackerInput(overrides: Record<string, unknown> = {}) {
  return {
    slug: `tracker-${uniqueToken()}`,
    title: "A tracker under test",
    question: "Does the tracker under test answer its question?",
    description: "Built through the tracker editor's commands.",
    ...overrides,
  };
}

export function proofPointInput(trackerId: string, index: number, overrides: Record<string, unknown> = {}) {
  return {
    trackerId,
    key: `point-${index}`,
    title: `Proof point ${index}`,
    question: `Is proof point ${index} met by the evidence?`,
    ...CRITERIA_INPUT,
    ...overrides,
  };
}

export async function makeAdmin(): Promise<Actor> {
  return makeUser({ roles: ["admin"] });
}

/** A tracker with `proofPoints` points (each with criteria), published unless told otherwise. */
export async function makeChecklist(options: { proofPoints?: number; published?: boolean; admin?: Actor; slug?: string } = {}) {
  const admin = options.admin ?? (await makeAdmin());
  const tracker = await createTracker(admin, trackerInput(options.slug ? { slug: options.slug } : {}));
  const proofPoints = [];
  for (let index = 1; index <= (options.proofPoints ?? 2); index++) {
    proofPoints.push(await addProofPoint(admin, proofPointInput(tracker.id, index)));
  }
  if (options.published ?? true) await publishTracker(admin, { trackerId: tracker.id });
  return { admin, tracker, proofPoints };
}
