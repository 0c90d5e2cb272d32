import { StatusBadge } from "@/components/status-badge";
import { CLAIM_STATUSES, STATUS_DESCRIPTIONS, STATUS_LABELS } from "@/lib/domain";
import { ScrollRegion } from "@/components/scroll-region";
import styles from "./methodology.module.css";

export function StatusTable() {
  return (
    <ScrollRegion className={styles.tableWrap} label="Claim statuses">
      <table>
        <caption>Claim statuses</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {CLAIM_STATUSES.map((status) => (
            <tr key={status}>
              <th scope="row" className={styles.badgeCell}>
                <span className="visually-hidden">{STATUS_LABELS[status]}</span>
                <span aria-hidden="true">
                  <StatusBadge status={status} />
                </span>
              </th>
              <td>{STATUS_DESCRIPTIONS[status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
