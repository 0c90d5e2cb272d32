// Resolution criteria of the demo checklists, drawn from the source article: "You must hit
// overlay, focus, throughput, defectivity, and yield targets together"; "stable throughput,
// reliable uptime"; the precision optics stack; "metrology, inspection, masks and resist".
// Numbers here are bars the tracker sets (criteria), never figures anyone has reported.
import type { DemoChecklist } from "./types";

const B_OR_BETTER = "a source graded B or better";

export const EUV_CHECKLIST: DemoChecklist = {
  setUpAt: "2025-12-20T06:00:00Z",
  publishedAt: "2025-12-20T07:00:00Z",
  criteria: {
    "wafer-results": {
      tickWhen: `${cap(B_OR_BETTER)} reports patterned wafers exposed on the reported domestic EUV tool at an advanced node (7 nm-class or finer), shown with wafer images or device data, not light generation or lab test wafers alone.`,
      contestedWhen: "Sources graded B or better conflict on whether the tool has patterned advanced-node wafers, or one reports that the published results came from another tool.",
    },
    "overlay-cdu": {
      tickWhen: `${cap(B_OR_BETTER)} reports overlay and critical-dimension uniformity measured across full wafers on the tool, meeting production targets for the node together with focus, defectivity and yield, not one target at a time.`,
      contestedWhen: "Sources graded B or better conflict on the full-wafer overlay or CDU results, or results exist only for test patterns on part of a wafer.",
    },
    throughput: {
      tickWhen: `${cap(B_OR_BETTER)} reports sustained throughput on the tool at a rate that makes commercial fabs viable, measured over production runs rather than a single demonstration.`,
      contestedWhen: "Sources graded B or better conflict on the tool's sustained throughput, or the only figures come from the developer without independent confirmation.",
    },
    uptime: {
      tickWhen: `${cap(B_OR_BETTER)} reports the tool running production shifts with reliable uptime, serviced in place rather than torn down between runs.`,
      contestedWhen: "Sources graded B or better conflict on the tool's uptime, or report frequent teardowns or long unplanned outages.",
    },
    "optics-supply": {
      tickWhen: `${cap(B_OR_BETTER)} reports that domestic suppliers deliver the production-grade precision optics stack for the tool in volume, not one-off prototype optics.`,
      contestedWhen: "Sources graded B or better conflict on whether the optics are domestic and production grade, or report that key optics came from older imported machines.",
    },
    ecosystem: {
      tickWhen: "Sources graded B or better report domestic metrology, inspection, masks and resist each in production use alongside the scanner at an advanced node.",
      contestedWhen: "Sources graded B or better conflict on whether metrology, inspection, masks or resist is ready, or report that one of them is the bottleneck.",
    },
  },
  revisions: [
    {
      key: "throughput",
      at: "2026-01-12T10:00:00Z",
      tickWhen: `${cap(B_OR_BETTER)} reports sustained throughput on the tool at or above the threshold, measured over production runs rather than a single demonstration.`,
      contestedWhen: "Sources graded B or better conflict on the tool's sustained throughput, or the only figures come from the developer without independent confirmation.",
      thresholdQualifier: "sustained throughput of at least",
      thresholdValue: 100,
      thresholdUnit: "wafers per hour",
      note: "Replaced “a rate that makes commercial fabs viable” with an explicit bar, so readers can see what would tick the box. The figure is this tracker's criterion, not a reported number.",
    },
  ],
};

const share = (who: string, mineral: string, percent: number) => ({
  tickWhen: `Published 2030 refining data from ${B_OR_BETTER} confirms ${who} share of refined ${mineral} within ±2 percentage points of the projected ${percent}%.`,
  contestedWhen: `Sources graded B or better publish 2030 figures for ${mineral} that differ from each other by more than 2 percentage points.`,
  thresholdQualifier: `${who} share of refined ${mineral} within ±2 percentage points of`,
  thresholdValue: percent,
  thresholdUnit: "percent",
});

export const CRITICAL_MINERALS_CHECKLIST: DemoChecklist = {
  setUpAt: "2025-12-23T08:00:00Z",
  publishedAt: "2025-12-23T09:00:00Z",
  criteria: {
    overall: share("China's", "critical-mineral supply", 60),
    nickel: {
      ...share("Indonesia's", "nickel", 71.24),
      tickWhen: `Published 2030 refining data from ${B_OR_BETTER} confirms Indonesia's share of refined nickel within ±2 percentage points of the projected 71.24%, ahead of China's.`,
    },
    copper: share("China's", "copper", 44.63),
    "rare-earths": share("the United States'", "rare earths", 5.14),
    cobalt: {
      tickWhen: `Published 2030 refining data from ${B_OR_BETTER} confirms Finland's share of refined cobalt within ±2 percentage points of the projected 5.87% and Canada's within ±2 percentage points of 5.73%.`,
      contestedWhen: "Sources graded B or better publish 2030 figures for cobalt that differ from each other by more than 2 percentage points.",
    },
  },
  revisions: [],
};

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
