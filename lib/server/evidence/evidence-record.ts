import "server-only";
import { canonicalEvidenceUrl } from "@/lib/domain/canonical-url";
import type { TEvidenceFields } from "@/lib/validation/evidence";

/** The columns of an evidence row that come from the form, as adding and editing store them. */
export function evidenceRecord(data: TEvidenceFields) {
  return {
    url: data.url.url,
    canonicalUrl: canonicalEvidenceUrl(data.url.url),
    title: data.title,
    quote: data.quote,
    publishedAt: data.publishedAt ?? null,
    accessedAt: data.accessedAt,
    stance: data.stance,
    credibility: data.credibility,
    archivedUrl: data.archivedUrl?.url ?? null,
  };
}
