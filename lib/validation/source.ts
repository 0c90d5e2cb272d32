import { z } from "zod";
import { SOURCE_RELIABILITY_GRADES } from "@/lib/domain/admiralty";
import { ZId, ZOptionalText, ZText } from "./common";

export const ZReliability = z.enum(SOURCE_RELIABILITY_GRADES, {
  error: `must be one of ${SOURCE_RELIABILITY_GRADES.join(", ")}`,
});

/** A grade without a reason cannot be checked by the next analyst, so the rationale is required. */
export const ZProposeSourceGradeInput = z.object({
  sourceId: ZId,
  reliability: ZReliability,
  rationale: ZText(10, 1000),
});

export const ZApproveSourceGradeInput = z.object({ proposalId: ZId, note: ZOptionalText(1000).optional() });
export const ZRejectSourceGradeInput = z.object({ proposalId: ZId, note: ZText(5, 1000) });
/** The confirming reviewer says why the provisional grade is right: it joins the public history. */
export const ZConfirmSourceGradeInput = z.object({ sourceId: ZId, note: ZText(10, 1000) });

export const ZUpdateSourceInput = z.object({
  sourceId: ZId,
  name: ZText(2, 120),
});
