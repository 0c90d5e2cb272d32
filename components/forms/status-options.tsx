import { CLAIM_STATUSES, STATUS_LABELS } from "@/lib/domain";

/** The options of a status filter: any status first, then every status by its shown name. */
export function StatusFilterOptions() {
  return (
    <>
      <option value="">Any status</option>
      {CLAIM_STATUSES.map((status) => (
        <option key={status} value={status}>
          {STATUS_LABELS[status]}
        </option>
      ))}
    </>
  );
}
