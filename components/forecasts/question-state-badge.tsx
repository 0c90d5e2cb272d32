import type { ForecastQuestionState } from "@/lib/server/forecasts/public/get-tracker-forecasts";
import { Badge, type BadgeTone } from "../badge";
import { STATE_LABELS } from "./format";

const TONE: Record<ForecastQuestionState, { tone: BadgeTone; icon: string }> = {
  open: { tone: "neutral", icon: "○" },
  closed: { tone: "warning", icon: "◔" },
  yes: { tone: "supported", icon: "✓" },
  no: { tone: "refuted", icon: "✕" },
  annulled: { tone: "neutral", icon: "⊘" },
};

export function QuestionStateBadge({ state }: { state: ForecastQuestionState }) {
  return (
    <Badge tone={TONE[state].tone} icon={TONE[state].icon} context="Question:">
      {STATE_LABELS[state]}
    </Badge>
  );
}
