import "server-only";
// A claim's items and independent origins per stance, read from the tally the evidence and
// provenance commands keep (ClaimEvidenceTally): a number per claim, never a count per render.
import type { Stance } from "@/lib/domain/stance";

export type OriginCount = { items: number; origins: number };
export type OriginCounts = Record<Stance, OriginCount>;

export const tallyOriginColumns = {
  supports: true,
  refutes: true,
  context: true,
  supportOrigins: true,
  refuteOrigins: true,
  contextOrigins: true,
} as const;

export const originCountsSelect = { evidenceTally: { select: tallyOriginColumns } } as const;

type TallyRow = { supports: number; refutes: number; context: number; supportOrigins: number; refuteOrigins: number; contextOrigins: number };

/** A claim without a tally row has no live evidence. */
export function originCountsOf(tally: TallyRow | null | undefined): OriginCounts {
  return {
    supports: { items: tally?.supports ?? 0, origins: tally?.supportOrigins ?? 0 },
    refutes: { items: tally?.refutes ?? 0, origins: tally?.refuteOrigins ?? 0 },
    context: { items: tally?.context ?? 0, origins: tally?.contextOrigins ?? 0 },
  };
}
