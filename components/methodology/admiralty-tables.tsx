import {
  INFORMATION_CREDIBILITY_DESCRIPTIONS,
  INFORMATION_CREDIBILITY_LABELS,
  INFORMATION_CREDIBILITY_LEVELS,
  SOURCE_RELIABILITY_DESCRIPTIONS,
  SOURCE_RELIABILITY_GRADES,
  SOURCE_RELIABILITY_LABELS,
} from "@/lib/domain";
import { codeClassName, ReferenceTable } from "./reference-table";

const scaleColumns = (codeHeading: string) => [{ heading: codeHeading }, { heading: "Label" }, { heading: "Meaning" }];

export function SourceReliabilityTable() {
  return (
    <ReferenceTable
      caption="Source reliability (rated per publisher)"
      columns={scaleColumns("Grade")}
      rows={SOURCE_RELIABILITY_GRADES.map((grade) => ({
        key: grade,
        header: grade,
        headerClassName: codeClassName,
        cells: [SOURCE_RELIABILITY_LABELS[grade], SOURCE_RELIABILITY_DESCRIPTIONS[grade]],
      }))}
    />
  );
}

export function InformationCredibilityTable() {
  return (
    <ReferenceTable
      caption="Information credibility (rated per evidence item)"
      columns={scaleColumns("Level")}
      rows={INFORMATION_CREDIBILITY_LEVELS.map((level) => ({
        key: String(level),
        header: String(level),
        headerClassName: codeClassName,
        cells: [INFORMATION_CREDIBILITY_LABELS[level], INFORMATION_CREDIBILITY_DESCRIPTIONS[level]],
      }))}
    />
  );
}
