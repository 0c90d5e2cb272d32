import type { z } from "zod";
import type { PublicPreservation } from "@/lib/server/read/evidence-preservation";
import type { ZApiPreservation } from "@/lib/validation/api/preservation-responses";

export function presentPreservation(preservation: PublicPreservation, baseUrl: string): z.output<typeof ZApiPreservation> {
  const { capture } = preservation;
  return {
    capture: capture
      ? {
          capturedAt: capture.capturedAt,
          outcome: capture.outcome,
          httpStatus: capture.httpStatus,
          textUrl: capture.textPath ? `${baseUrl}${capture.textPath}` : null,
          sha256: capture.sha256,
          finalUrl: capture.finalUrl,
          canonicalUrl: capture.canonicalUrl,
          failure: capture.failure,
        }
      : null,
    memento: preservation.memento,
    quote: preservation.quote,
    link: preservation.link,
  };
}
