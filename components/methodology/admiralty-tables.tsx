import {
  INFORMATION_CREDIBILITY_DESCRIPTIONS,
  INFORMATION_CREDIBILITY_LABELS,
  INFORMATION_CREDIBILITY_LEVELS,
  SOURCE_RELIABILITY_DESCRIPTIONS,
  SOURCE_RELIABILITY_GRADES,
  SOURCE_RELIABILITY_LABELS,
} from "@/lib/domain";
import { ScrollRegion } from "@/components/scroll-region";
import styles from "./methodology.module.css";

type ScaleRow = { code: string; label: string; description: string };

function ScaleTable({ caption, codeHeading, rows }: { caption: string; codeHeading: string; rows: ScaleRow[] }) {
  return (
    <ScrollRegion className={styles.tableWrap} label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{codeHeading}</th>
            <th scope="col">Label</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row" className={styles.code}>
                {row.code}
              </th>
              <td>{row.label}</td>
              <td>{row.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function SourceReliabilityTable() {
  return (
    <ScaleTable
      caption="Source reliability (rated per publisher)"
      codeHeading="Grade"
      rows={SOURCE_RELIABILITY_GRADES.map((grade) => ({
        code: grade,
        label: SOURCE_RELIABILITY_LABELS[grade],
        description: SOURCE_RELIABILITY_DESCRIPTIONS[grade],
      }))}
    />
  );
}

export function InformationCredibilityTable() {
  return (
    <ScaleTable
      caption="Information credibility (rated per evidence item)"
      codeHeading="Level"
      rows={INFORMATION_CREDIBILITY_LEVELS.map((level) => ({
        code: String(level),
        label: INFORMATION_CREDIBILITY_LABELS[level],
        description: INFORMATION_CREDIBILITY_DESCRIPTIONS[level],
      }))}
    />
  );
}
