import type { ProposalState } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "./badge";

export const PROPOSAL_STATE_LABELS: Record<ProposalState, string> = {
  pending: "Pending review",
  approved: "Approved",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  superseded: "Superseded",
};

const TONE: Record<ProposalState, BadgeTone> = {
  pending: "warning",
  approved: "supported",
  rejected: "refuted",
  withdrawn: "neutral",
  superseded: "neutral",
};

const ICON: Record<ProposalState, string> = { pending: "…", approved: "✓", rejected: "✕", withdrawn: "↩", superseded: "⤳" };

const DESCRIPTION: Record<ProposalState, string> = {
  pending: "Waiting for a reviewer other than the proposer.",
  approved: "A reviewer approved it; the claim's status changed.",
  rejected: "A reviewer rejected it; the claim's status did not change.",
  withdrawn: "The proposer took it back before a decision.",
  superseded: "The claim's status changed first, so this proposal can no longer apply.",
};

export function ProposalStateBadge({ state }: { state: ProposalState }) {
  return (
    <Badge tone={TONE[state]} icon={ICON[state]} context="Proposal:" title={DESCRIPTION[state]}>
      {PROPOSAL_STATE_LABELS[state]}
    </Badge>
  );
}
