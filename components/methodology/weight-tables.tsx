import {
  CREDIBILITY_WEIGHT,
  INFORMATION_CREDIBILITY_LABELS,
  INFORMATION_CREDIBILITY_LEVELS,
  RELIABILITY_WEIGHT,
  SOURCE_RELIABILITY_GRADES,
  SOURCE_RELIABILITY_LABELS,
  formatWeight,
} from "@/lib/domain";
import { ScrollRegion } from "@/components/scroll-region";
import styles from "./methodology.module.css";

type WeightRow = { code: string; label: string; weight: number };

function WeightTable({ caption, codeHeading, rows }: { caption: string; codeHeading: string; rows: WeightRow[] }) {
  return (
    <ScrollRegion className={styles.tableWrap} label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{codeHeading}</th>
            <th scope="col" className={styles.number}>
              Weight
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">
                <span className={styles.code}>{row.code}</span> {row.label}
              </th>
              <td className={styles.number}>{formatWeight(row.weight)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The two weight tables the evidence balance multiplies, read from the same constants the code uses. */
export function WeightTables() {
  return (
    <div className={styles.weights}>
      <WeightTable
        caption="Source reliability weight"
        codeHeading="Grade"
        rows={SOURCE_RELIABILITY_GRADES.map((grade) => ({
          code: grade,
          label: SOURCE_RELIABILITY_LABELS[grade],
          weight: RELIABILITY_WEIGHT[grade],
        }))}
      />
      <WeightTable
        caption="Information credibility weight"
        codeHeading="Level"
        rows={INFORMATION_CREDIBILITY_LEVELS.map((level) => ({
          code: String(level),
          label: INFORMATION_CREDIBILITY_LABELS[level],
          weight: CREDIBILITY_WEIGHT[level],
        }))}
      />
    </div>
  );
}
