import { z } from "zod";
import { SOURCE_RELIABILITY_GRADES } from "@/lib/domain/admiralty";
import { ZId, ZText } from "./common";

export const ZReliability = z.enum(SOURCE_RELIABILITY_GRADES, {
  error: `must be one of ${SOURCE_RELIABILITY_GRADES.join(", ")}`,
});

/** A rating without a reason cannot be checked by the next analyst, so the rationale is required. */
export const ZRateSourceInput = z.object({
  sourceId: ZId,
  reliability: ZReliability,
  rationale: ZText(10, 1000),
});

export const ZUpdateSourceInput = z.object({
  sourceId: ZId,
  name: ZText(2, 120),
});
