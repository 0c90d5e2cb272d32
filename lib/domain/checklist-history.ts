// The public sentences of "Changes to this checklist". Written when the change is made
// and stored with it, so the history keeps saying what happened even after later edits.

const quoted = (text: string) => `“${text}”`;

export function publishedSummary(activeProofPoints: number, firstTime: boolean): string {
  const points = `${activeProofPoints} ${activeProofPoints === 1 ? "proof point" : "proof points"}`;
  return firstTime ? `Published with ${points}, each with its resolution criteria.` : `Published again, with ${points}.`;
}

export const UNPUBLISHED_SUMMARY = "Unpublished: hidden from readers until published again.";
export const ARCHIVED_SUMMARY = "Archived: hidden from readers and closed to changes.";
export const UNARCHIVED_SUMMARY = "Taken out of the archive.";

export type TrackerTextChange = {
  slug?: [string, string];
  title?: [string, string];
  question?: boolean;
  description?: boolean;
};

/** "Moved from /trackers/a to /trackers/b; title changed from “A” to “B”; question reworded." */
export function trackerEditedSummary(change: TrackerTextChange): string | null {
  const parts: string[] = [];
  if (change.slug) parts.push(`Moved from /trackers/${change.slug[0]} to /trackers/${change.slug[1]} (old links redirect)`);
  if (change.title) parts.push(`Title changed from ${quoted(change.title[0])} to ${quoted(change.title[1])}`);
  if (change.question) parts.push("Question reworded");
  if (change.description) parts.push("Description edited");
  return parts.length ? `${parts.join("; ")}.` : null;
}

export function proofPointAddedSummary(title: string): string {
  return `Added proof point ${quoted(title)}.`;
}

export function proofPointEditedSummary(title: [string, string], questionChanged: boolean): string | null {
  const parts: string[] = [];
  if (title[0] !== title[1]) parts.push(`renamed to ${quoted(title[1])}`);
  if (questionChanged) parts.push("question reworded");
  return parts.length ? `Proof point ${quoted(title[0])}: ${parts.join("; ")}.` : null;
}

export function proofPointRetiredSummary(title: string): string {
  return `Retired proof point ${quoted(title)}: its claims stay readable but it no longer counts towards the headline.`;
}

export function proofPointRestoredSummary(title: string): string {
  return `Restored proof point ${quoted(title)} to the checklist.`;
}

export function criteriaChangedSummary(title: string, version: number): string {
  return version === 1
    ? `Set the resolution criteria of ${quoted(title)}.`
    : `Changed the resolution criteria of ${quoted(title)} (version ${version}). Claim statuses were not changed by this.`;
}

export function reorderedSummary(titlesInOrder: readonly string[]): string {
  return `Reordered the proof points: ${titlesInOrder.map(quoted).join(", ")}.`;
}
