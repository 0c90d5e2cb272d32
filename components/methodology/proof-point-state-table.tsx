import { ProofPointStateBadge } from "@/components/proof-point-state-badge";
import { PROOF_POINT_STATES, PROOF_POINT_STATE_DESCRIPTIONS, PROOF_POINT_STATE_LABELS } from "@/lib/domain";
import { BadgeHeader, badgeHeaderClassName, ReferenceTable } from "./reference-table";

// PROOF_POINT_STATES runs weakest first; readers expect the strongest state at the top.
const STRONGEST_FIRST = [...PROOF_POINT_STATES].reverse();

export function ProofPointStateTable() {
  return (
    <ReferenceTable
      caption="Proof point states, strongest first"
      columns={[{ heading: "State" }, { heading: "When" }]}
      rows={STRONGEST_FIRST.map((state) => ({
        key: state,
        header: <BadgeHeader label={PROOF_POINT_STATE_LABELS[state]} badge={<ProofPointStateBadge state={state} />} />,
        headerClassName: badgeHeaderClassName,
        cells: [PROOF_POINT_STATE_DESCRIPTIONS[state]],
      }))}
    />
  );
}
