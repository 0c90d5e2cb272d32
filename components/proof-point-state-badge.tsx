import { PROOF_POINT_STATE_DESCRIPTIONS, PROOF_POINT_STATE_LABELS, type ProofPointState } from "@/lib/domain";
import { Badge, type BadgeTone } from "./badge";

const STATE_TONE: Record<ProofPointState, BadgeTone> = {
  ticked: "supported",
  partial: "partial",
  contested: "disputed",
  open: "neutral",
};

const STATE_ICON: Record<ProofPointState, string> = {
  ticked: "☑",
  partial: "◐",
  contested: "!",
  open: "☐",
};

export function ProofPointStateBadge({ state }: { state: ProofPointState }) {
  return (
    <Badge tone={STATE_TONE[state]} icon={STATE_ICON[state]} context="Box:" title={PROOF_POINT_STATE_DESCRIPTIONS[state]}>
      {PROOF_POINT_STATE_LABELS[state]}
    </Badge>
  );
}
