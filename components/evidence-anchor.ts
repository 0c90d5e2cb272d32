/** The anchor a status change or a provenance link uses to point at an evidence item. */
export function evidenceAnchor(evidenceId: string): string {
  return `evidence-${evidenceId}`;
}
