import { Badge } from "./badge";
import { formatDate } from "./format";

type DeadlineMarkerProps = { overdue: boolean; dueSoon: boolean; resolveBy: string | null };

/** Flags a claim whose resolve-by date has passed, or is near, while it still awaits an answer. */
export function DeadlineMarker({ overdue, dueSoon, resolveBy }: DeadlineMarkerProps) {
  if (resolveBy === null) return null;
  if (overdue) {
    return (
      <Badge tone="refuted" icon="◷" title={`Was due to resolve by ${formatDate(resolveBy)} and is still awaiting an answer.`}>
        Overdue
      </Badge>
    );
  }
  if (dueSoon) {
    return (
      <Badge tone="warning" icon="◷" title={`Due to resolve by ${formatDate(resolveBy)}.`}>
        Due soon
      </Badge>
    );
  }
  return null;
}
