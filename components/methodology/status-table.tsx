import { StatusBadge } from "@/components/status-badge";
import { CLAIM_STATUSES, STATUS_DESCRIPTIONS, STATUS_LABELS } from "@/lib/domain";
import { BadgeHeader, badgeHeaderClassName, ReferenceTable } from "./reference-table";

export function StatusTable() {
  return (
    <ReferenceTable
      caption="Claim statuses"
      columns={[{ heading: "Status" }, { heading: "Meaning" }]}
      rows={CLAIM_STATUSES.map((status) => ({
        key: status,
        header: <BadgeHeader label={STATUS_LABELS[status]} badge={<StatusBadge status={status} />} />,
        headerClassName: badgeHeaderClassName,
        cells: [STATUS_DESCRIPTIONS[status]],
      }))}
    />
  );
}
