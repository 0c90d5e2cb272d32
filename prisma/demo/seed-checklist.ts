// Sets up a demo tracker the way an admin would, through the tracker editor's commands:
// create, add each proof point with its criteria, publish, then any later revisions.
import type { Actor } from "../../lib/auth/actor";
import { addProofPoint } from "../../lib/server/trackers/add-proof-point";
import { createTracker } from "../../lib/server/trackers/create-tracker";
import { setProofPointCriteria } from "../../lib/server/trackers/set-proof-point-criteria";
import { publishTracker } from "../../lib/server/trackers/set-tracker-published";
import { CRITICAL_MINERALS_CHECKLIST, EUV_CHECKLIST } from "./checklist-criteria";
import type { DemoChecklist, DemoTracker } from "./types";

const CHECKLISTS: Record<string, DemoChecklist> = {
  euv: EUV_CHECKLIST,
  "critical-minerals-2030": CRITICAL_MINERALS_CHECKLIST,
};

/** One second apart, so the demo's history lists its steps in the order they were taken. */
const step = (iso: string, index: number) => ({ now: new Date(new Date(iso).getTime() + index * 1000) });

export async function seedChecklist(demo: DemoTracker, admin: Actor) {
  const checklist = CHECKLISTS[demo.slug];
  if (!checklist) throw new Error(`Demo tracker ${demo.slug} has no checklist criteria`);
  const { slug, title, question, description } = demo;
  const tracker = await createTracker(admin, { slug, title, question, description }, { ...step(checklist.setUpAt, 0), demo: true });

  const proofPoints: { id: string; key: string }[] = [];
  for (const [index, point] of demo.proofPoints.entries()) {
    const criteria = checklist.criteria[point.key];
    if (!criteria) throw new Error(`Demo proof point ${demo.slug}/${point.key} has no criteria`);
    const added = await addProofPoint(admin, { trackerId: tracker.id, ...point, ...criteria }, step(checklist.setUpAt, index + 1));
    proofPoints.push({ id: added.id, key: added.key });
  }
  await publishTracker(admin, { trackerId: tracker.id }, step(checklist.publishedAt, 0));

  for (const [index, { key, at, ...criteria }] of checklist.revisions.entries()) {
    const point = proofPoints.find((candidate) => candidate.key === key);
    if (!point) throw new Error(`Demo revision names unknown proof point ${demo.slug}/${key}`);
    await setProofPointCriteria(admin, { proofPointId: point.id, ...criteria }, step(at, index));
  }
  return { id: tracker.id, proofPoints };
}
