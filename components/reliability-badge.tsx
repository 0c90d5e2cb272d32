import { SOURCE_RELIABILITY_DESCRIPTIONS, SOURCE_RELIABILITY_LABELS, type SourceReliability } from "@/lib/domain";
import { Badge, badgeStyles } from "./badge";

/** Admiralty source reliability, e.g. "B · Usually reliable". */
export function ReliabilityBadge({ grade }: { grade: SourceReliability }) {
  return (
    <Badge tone="grade" context="Source reliability:" title={SOURCE_RELIABILITY_DESCRIPTIONS[grade]}>
      <span className={badgeStyles.code}>{grade}</span> · {SOURCE_RELIABILITY_LABELS[grade]}
    </Badge>
  );
}
