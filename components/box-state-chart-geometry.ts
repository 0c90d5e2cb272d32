// Pure geometry of the box-states chart: one lane per proof point, a bar segment per span
// of one state, x from the first change of any box to the time the data was read (never
// later). Kept apart from the markup so it can be unit-tested.
import type { ProofPointState } from "@/lib/domain";

export const LANES = { width: 480, left: 8, right: 8, top: 4, laneHeight: 22, gap: 10, axis: 22 } as const;

export type LanesInput = { lanes: { key: string; title: string; segments: { from: string; to: string; state: ProofPointState }[] }[]; asOf: string };

export type LanesGeometry = {
  height: number;
  lanes: { key: string; title: string; y: number; labelY: number; bars: { x: number; width: number; state: ProofPointState; from: string; to: string }[] }[];
  start: string;
  end: string;
};

const DAY_MS = 24 * 60 * 60 * 1000;

export function lanesGeometry(input: LanesInput): LanesGeometry | null {
  if (input.lanes.length === 0) return null;
  const t1 = Date.parse(input.asOf);
  const first = Math.min(t1, ...input.lanes.map((lane) => Date.parse(lane.segments[0]?.from ?? input.asOf)));
  // At least a few days wide, the extra span before the first change, never past today.
  const t0 = Math.min(first, t1 - 3 * DAY_MS);
  const x0 = LANES.left;
  const x1 = LANES.width - LANES.right;
  const x = (iso: string) => round(x0 + ((Math.min(Math.max(Date.parse(iso), t0), t1) - t0) / (t1 - t0)) * (x1 - x0));
  // Each lane: its title above, its bar below.
  const step = LANES.laneHeight + LANES.gap + 14;
  const lanes = input.lanes.map((lane, index) => {
    const top = LANES.top + index * step;
    return {
      key: lane.key,
      title: lane.title,
      labelY: top + 12,
      y: top + 16,
      bars: lane.segments.map((segment, segmentIndex) => {
        // The first span of every lane starts at the axis: before its first change a box was open.
        const from = segmentIndex === 0 ? x0 : x(segment.from);
        const to = x(segment.to);
        return { x: from, width: Math.max(1, round(to - from)), state: segment.state, from: segment.from, to: segment.to };
      }),
    };
  });
  return {
    height: LANES.top + input.lanes.length * step + LANES.axis,
    lanes,
    start: new Date(t0).toISOString(),
    end: new Date(t1).toISOString(),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
