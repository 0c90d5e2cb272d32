import { Badge, type BadgeTone } from "@/components/badge";
import type { TrackerState } from "@/lib/server/trackers/admin-queries";

const STATE_BADGE: Record<TrackerState, { tone: BadgeTone; label: string }> = {
  draft: { tone: "warning", label: "Draft: not public" },
  published: { tone: "supported", label: "Published" },
  archived: { tone: "neutral", label: "Archived: not public" },
};

export function TrackerStateBadge({ state }: { state: TrackerState }) {
  return (
    <Badge tone={STATE_BADGE[state].tone} context="Status:">
      {STATE_BADGE[state].label}
    </Badge>
  );
}
