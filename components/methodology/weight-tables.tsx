import {
  CREDIBILITY_WEIGHT,
  INFORMATION_CREDIBILITY_LABELS,
  INFORMATION_CREDIBILITY_LEVELS,
  RELIABILITY_WEIGHT,
  SOURCE_RELIABILITY_GRADES,
  SOURCE_RELIABILITY_LABELS,
  formatWeight,
} from "@/lib/domain";
import styles from "./methodology.module.css";
import { codeClassName, ReferenceTable } from "./reference-table";

const weightColumns = (codeHeading: string) => [{ heading: codeHeading }, { heading: "Weight", numeric: true }];

const weightHeader = (code: string, label: string) => (
  <>
    <span className={codeClassName}>{code}</span> {label}
  </>
);

/** The two weight tables the evidence balance multiplies, read from the same constants the code uses. */
export function WeightTables() {
  return (
    <div className={styles.weights}>
      <ReferenceTable
        caption="Source reliability weight"
        columns={weightColumns("Grade")}
        rows={SOURCE_RELIABILITY_GRADES.map((grade) => ({
          key: grade,
          header: weightHeader(grade, SOURCE_RELIABILITY_LABELS[grade]),
          cells: [formatWeight(RELIABILITY_WEIGHT[grade])],
        }))}
      />
      <ReferenceTable
        caption="Information credibility weight"
        columns={weightColumns("Level")}
        rows={INFORMATION_CREDIBILITY_LEVELS.map((level) => ({
          key: String(level),
          header: weightHeader(String(level), INFORMATION_CREDIBILITY_LABELS[level]),
          cells: [formatWeight(CREDIBILITY_WEIGHT[level])],
        }))}
      />
    </div>
  );
}
