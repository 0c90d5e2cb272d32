import { STATUS_DESCRIPTIONS, STATUS_LABELS, type ClaimStatus } from "@/lib/domain";
import { Badge, type BadgeTone } from "./badge";

const STATUS_TONE: Record<ClaimStatus, BadgeTone> = {
  supported: "supported",
  partially_supported: "partial",
  disputed: "disputed",
  refuted: "refuted",
  unverified: "neutral",
};

const STATUS_ICON: Record<ClaimStatus, string> = {
  supported: "✓",
  partially_supported: "◐",
  disputed: "!",
  refuted: "✕",
  unverified: "?",
};

export function StatusBadge({ status, size }: { status: ClaimStatus; size?: "normal" | "large" }) {
  return (
    <Badge
      tone={STATUS_TONE[status]}
      icon={STATUS_ICON[status]}
      context="Status:"
      size={size}
      title={STATUS_DESCRIPTIONS[status]}
    >
      {STATUS_LABELS[status]}
    </Badge>
  );
}
