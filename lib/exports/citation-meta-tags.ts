// The claim page's citation meta tags. Reference managers (Zotero's "Embedded Metadata"
// reader, Mendeley, Google Scholar) read Highwire Press tags (citation_*) and Dublin Core
// (DC.*) from the page itself, so saving the page gives the same reference as the downloads.
import { CITATION_PUBLISHER, citationTitle, type CitableClaim } from "@/lib/domain/cite-claim";
import { STATUS_LABELS } from "@/lib/domain/statuses";

export function citationMetaTags(claim: CitableClaim): Record<string, string> {
  const day = claim.issued.slice(0, 10);
  return {
    citation_title: citationTitle(claim),
    citation_author: CITATION_PUBLISHER,
    citation_publisher: CITATION_PUBLISHER,
    citation_publication_date: day.replaceAll("-", "/"),
    citation_public_url: claim.url,
    citation_abstract_html_url: claim.url,
    citation_language: "en",
    "DC.title": citationTitle(claim),
    "DC.creator": CITATION_PUBLISHER,
    "DC.publisher": CITATION_PUBLISHER,
    "DC.date": day,
    "DC.identifier": claim.url,
    "DC.type": "Text",
    "DC.language": "en",
    "DC.relation.ispartof": claim.trackerTitle,
    "DC.description": `Status: ${STATUS_LABELS[claim.status]}. ${claim.trackerTitle}: ${claim.proofPointTitle}.`,
  };
}
