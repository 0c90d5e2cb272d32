import { ProofPointStateBadge } from "@/components/proof-point-state-badge";
import { PROOF_POINT_STATES, PROOF_POINT_STATE_DESCRIPTIONS, PROOF_POINT_STATE_LABELS } from "@/lib/domain";
import { ScrollRegion } from "@/components/scroll-region";
import styles from "./methodology.module.css";

// PROOF_POINT_STATES runs weakest first; readers expect the strongest state at the top.
const STRONGEST_FIRST = [...PROOF_POINT_STATES].reverse();

export function ProofPointStateTable() {
  return (
    <ScrollRegion className={styles.tableWrap} label="Proof point states, strongest first">
      <table>
        <caption>Proof point states, strongest first</caption>
        <thead>
          <tr>
            <th scope="col">State</th>
            <th scope="col">When</th>
          </tr>
        </thead>
        <tbody>
          {STRONGEST_FIRST.map((state) => (
            <tr key={state}>
              <th scope="row" className={styles.badgeCell}>
                <span className="visually-hidden">{PROOF_POINT_STATE_LABELS[state]}</span>
                <span aria-hidden="true">
                  <ProofPointStateBadge state={state} />
                </span>
              </th>
              <td>{PROOF_POINT_STATE_DESCRIPTIONS[state]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
