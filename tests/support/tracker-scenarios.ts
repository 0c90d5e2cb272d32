// The tracker editor's rows for the shared command tables: a valid call of each command
// (fresh fixtures per call), the roles meant to run it, and the actor kind that runs it
// where a test needs just one. Spread into tests/support/command-scenarios.ts and the
// authorization matrix; tests/integration/tracker-authorization.test.ts runs them alone.
import type { TestUser } from "./builders";
import type { ActorKind } from "./command-scenarios";
import { uniqueToken } from "./builders";
import { CRITERIA_INPUT, makeChecklist, proofPointInput, trackerInput } from "./tracker-builders";
import { archiveTracker } from "@/lib/server/trackers/set-tracker-archived";
import { retireProofPoint } from "@/lib/server/trackers/set-proof-point-retired";
import type { TRACKER_COMMANDS } from "@/lib/server/trackers/commands";

export type TrackerCommandName = keyof typeof TRACKER_COMMANDS;
type Prepare = (actor: TestUser | null) => Promise<Record<string, unknown>>;
type Expected = "allowed" | "denied";

const ADMIN_ONLY = ["denied", "denied", "denied", "allowed", "denied"] as const satisfies readonly Expected[];

//                          anonymous analyst reviewer admin deactivated (deactivated holds every role)
export const TRACKER_MATRIX_ROWS: Record<TrackerCommandName, readonly [Expected, Expected, Expected, Expected, Expected]> = {
  createTracker: ADMIN_ONLY,
  updateTracker: ADMIN_ONLY,
  publishTracker: ADMIN_ONLY,
  unpublishTracker: ADMIN_ONLY,
  archiveTracker: ADMIN_ONLY,
  unarchiveTracker: ADMIN_ONLY,
  addProofPoint: ADMIN_ONLY,
  updateProofPoint: ADMIN_ONLY,
  reorderProofPoints: ADMIN_ONLY,
  retireProofPoint: ADMIN_ONLY,
  restoreProofPoint: ADMIN_ONLY,
  setProofPointCriteria: ADMIN_ONLY,
};

export const TRACKER_RUN_AS: Record<TrackerCommandName, ActorKind> = Object.fromEntries(
  Object.keys(TRACKER_MATRIX_ROWS).map((name) => [name, "admin"]),
) as Record<TrackerCommandName, ActorKind>;

export const TRACKER_VALID_CALLS: Record<TrackerCommandName, Prepare> = {
  async createTracker() {
    return trackerInput();
  },
  async updateTracker() {
    const { tracker } = await makeChecklist({ published: false });
    return { ...trackerInput(), trackerId: tracker.id, title: "A renamed tracker under test" };
  },
  async publishTracker() {
    const { tracker } = await makeChecklist({ published: false, proofPoints: 1 });
    return { trackerId: tracker.id };
  },
  async unpublishTracker() {
    const { tracker } = await makeChecklist({ proofPoints: 1 });
    return { trackerId: tracker.id };
  },
  async archiveTracker() {
    const { tracker } = await makeChecklist({ proofPoints: 1 });
    return { trackerId: tracker.id };
  },
  async unarchiveTracker() {
    const { tracker, admin } = await makeChecklist({ proofPoints: 1 });
    await archiveTracker(admin, { trackerId: tracker.id });
    return { trackerId: tracker.id };
  },
  async addProofPoint() {
    const { tracker } = await makeChecklist({ proofPoints: 1 });
    return proofPointInput(tracker.id, 2, { key: `point-${uniqueToken()}` });
  },
  async updateProofPoint() {
    const { proofPoints } = await makeChecklist({ proofPoints: 1 });
    return { proofPointId: proofPoints[0]!.id, title: "A retitled proof point", question: "Is the retitled proof point met?" };
  },
  async reorderProofPoints() {
    const { tracker, proofPoints } = await makeChecklist({ proofPoints: 2 });
    return { trackerId: tracker.id, order: proofPoints.map((point) => point.id).reverse() };
  },
  async retireProofPoint() {
    const { proofPoints } = await makeChecklist({ proofPoints: 2 });
    return { proofPointId: proofPoints[1]!.id };
  },
  async restoreProofPoint() {
    const { proofPoints, admin } = await makeChecklist({ proofPoints: 2 });
    await retireProofPoint(admin, { proofPointId: proofPoints[1]!.id });
    return { proofPointId: proofPoints[1]!.id };
  },
  async setProofPointCriteria() {
    const { proofPoints } = await makeChecklist({ proofPoints: 1 });
    return { proofPointId: proofPoints[0]!.id, ...CRITERIA_INPUT, tickWhen: "A source graded A reports the test result on the tool." };
  },
};
