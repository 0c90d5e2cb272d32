// Resolution criteria: what would tick a proof point's box and what would make it
// contested. Versions are compared as readers see them, field by field, word by word.
import { diffWordsWithSpace } from "diff";

export type CriteriaFields = {
  tickWhen: string;
  contestedWhen: string;
  thresholdValue: number | null;
  thresholdUnit: string | null;
  thresholdQualifier: string | null;
};

export const CRITERIA_FIELD_LABELS = {
  tickWhen: "Ticks the box when",
  contestedWhen: "Contested when",
  threshold: "Threshold",
} as const;

export type CriteriaDiffField = keyof typeof CRITERIA_FIELD_LABELS;

/** Plain digits with at most six decimals and no exponent, so "100" never reads "1e2". */
export function formatThresholdValue(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 6, useGrouping: true });
}

/** "sustained throughput of at least 100 wafers per hour", or "" when there is no threshold. */
export function formatThreshold(criteria: Pick<CriteriaFields, "thresholdValue" | "thresholdUnit" | "thresholdQualifier">): string {
  if (criteria.thresholdValue === null) return "";
  return [criteria.thresholdQualifier, formatThresholdValue(criteria.thresholdValue), criteria.thresholdUnit]
    .filter((part): part is string => Boolean(part))
    .join(" ");
}

function comparableText(criteria: CriteriaFields): Record<CriteriaDiffField, string> {
  return { tickWhen: criteria.tickWhen, contestedWhen: criteria.contestedWhen, threshold: formatThreshold(criteria) };
}

/** True when two versions would read the same to a reader: saving such an edit is a no-op. */
export function sameCriteria(a: CriteriaFields, b: CriteriaFields): boolean {
  return (
    a.tickWhen === b.tickWhen &&
    a.contestedWhen === b.contestedWhen &&
    a.thresholdValue === b.thresholdValue &&
    (a.thresholdUnit ?? "") === (b.thresholdUnit ?? "") &&
    (a.thresholdQualifier ?? "") === (b.thresholdQualifier ?? "")
  );
}

export type DiffSegment = { kind: "same" | "added" | "removed"; text: string };
export type FieldDiff = { field: CriteriaDiffField; label: string; changed: boolean; segments: DiffSegment[] };

/** Word-level differences from `from` to `to`, one entry per field, in reading order. */
export function diffCriteria(from: CriteriaFields, to: CriteriaFields): FieldDiff[] {
  const before = comparableText(from);
  const after = comparableText(to);
  return (Object.keys(CRITERIA_FIELD_LABELS) as CriteriaDiffField[]).map((field) => {
    const segments = wordDiff(before[field], after[field]);
    return {
      field,
      label: CRITERIA_FIELD_LABELS[field],
      changed: segments.some((segment) => segment.kind !== "same"),
      segments,
    };
  });
}

/**
 * Word diff where whitespace counts, so both versions rebuild exactly from the segments.
 * A lone space between two replacements is folded into them: "B or better" → "A" reads
 * as one replacement rather than three fragments.
 */
export function wordDiff(before: string, after: string): DiffSegment[] {
  const changes = diffWordsWithSpace(before, after);
  const segments: DiffSegment[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) segments.push({ kind: "removed", text: removed });
    if (added) segments.push({ kind: "added", text: added });
    removed = added = "";
  };
  changes.forEach((change, index) => {
    if (change.added) added += change.value;
    else if (change.removed) removed += change.value;
    else if (removed && added && index < changes.length - 1 && /^\s+$/.test(change.value)) {
      removed += change.value;
      added += change.value;
    } else {
      flush();
      segments.push({ kind: "same", text: change.value });
    }
  });
  flush();
  return segments;
}
