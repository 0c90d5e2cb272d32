import type { PublicPreservation } from "@/lib/server/read/evidence-preservation";
import type { CsvCell } from "./csv-cells";

export const PRESERVATION_COLUMNS = ["captured_at", "capture_text_url", "capture_sha256", "memento_url", "memento_at", "quote_check", "link_checked_at"] as const;

export function preservationCells(preservation: PublicPreservation, baseUrl: string): Record<(typeof PRESERVATION_COLUMNS)[number], CsvCell> {
  const { capture, memento, quote, link } = preservation;
  return {
    captured_at: capture?.capturedAt ?? null,
    capture_text_url: capture?.textPath ? `${baseUrl}${capture.textPath}` : null,
    capture_sha256: capture?.sha256 ?? null,
    memento_url: memento?.url ?? null,
    memento_at: memento?.at ?? null,
    quote_check: quote.check,
    link_checked_at: link.checkedAt,
  };
}
