// "Cite this claim": one claim page as a reference in the three forms readers' tools take:
// a sentence to paste, CSL-JSON (Zotero, Pandoc, citeproc) and RIS (EndNote, Mendeley,
// Zotero). Pure, so the page, the downloads and their tests share one wording.
import { STATUS_LABELS, type ClaimStatus } from "./statuses";

export type CitableClaim = {
  id: string;
  statement: string;
  status: ClaimStatus;
  trackerTitle: string;
  proofPointTitle: string;
  /** The claim page's absolute URL. */
  url: string;
  /** When the page last changed in substance (the latest approved status change, else its creation): ISO timestamp. */
  issued: string;
};

export const CITATION_PUBLISHER = "Proofboard";

const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
const day = (iso: string) => iso.slice(0, 10);
const dateParts = (iso: string) => day(iso).split("-").map(Number);

/** The title a reference carries: the statement, as quoted, ending in one full stop. */
export function citationTitle(claim: Pick<CitableClaim, "statement">): string {
  const text = claim.statement.trim().replace(/\s+/g, " ");
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** "Proofboard. (2026, 2 December). “…” China EUV lithography: Wafer results. Status: Supported. https://…" */
export function citationText(claim: CitableClaim, accessed?: string): string {
  const parts = [
    `${CITATION_PUBLISHER} (${DATE_FORMAT.format(new Date(claim.issued))}).`,
    `“${citationTitle(claim)}”`,
    `${claim.trackerTitle}: ${claim.proofPointTitle}.`,
    `Status: ${STATUS_LABELS[claim.status]}.`,
    accessed ? `Retrieved ${DATE_FORMAT.format(new Date(accessed))}, from ${claim.url}` : claim.url,
  ];
  return parts.join(" ");
}

/** CSL-JSON: an array of one item, as citeproc and Zotero import it. */
export function citationCslJson(claim: CitableClaim, accessed: string) {
  return [
    {
      id: `proofboard-claim-${claim.id}`,
      type: "webpage",
      title: citationTitle(claim),
      "container-title": claim.trackerTitle,
      section: claim.proofPointTitle,
      publisher: CITATION_PUBLISHER,
      author: [{ literal: CITATION_PUBLISHER }],
      URL: claim.url,
      issued: { "date-parts": [dateParts(claim.issued)] },
      accessed: { "date-parts": [dateParts(accessed)] },
      note: `Status: ${STATUS_LABELS[claim.status]}`,
      language: "en",
    },
  ];
}

/** RIS: tagged lines ("TY  - ELEC"), CRLF line ends as the format asks, one record. */
export function citationRis(claim: CitableClaim, accessed: string): string {
  // A tag's value is one line: line breaks in user text would start a new tag.
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/[\r\n]+/g, " ").trim()}`;
  const [year, month, date] = day(claim.issued).split("-");
  return [
    line("TY", "ELEC"),
    line("TI", citationTitle(claim)),
    line("AU", CITATION_PUBLISHER),
    line("T2", claim.trackerTitle),
    line("SE", claim.proofPointTitle),
    line("PB", CITATION_PUBLISHER),
    line("PY", year!),
    line("DA", `${year}/${month}/${date}`),
    line("Y2", day(accessed).replaceAll("-", "/")),
    line("UR", claim.url),
    line("N1", `Status: ${STATUS_LABELS[claim.status]}`),
    line("LA", "en"),
    line("ID", `proofboard-claim-${claim.id}`),
    "ER  - ",
    "",
  ].join("\r\n");
}
