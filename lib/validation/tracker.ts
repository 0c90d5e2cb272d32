// Input schemas of the tracker editor, shared by the admin forms, the server actions and
// (later) the JSON API. Criteria fields live in ./criteria.ts.
import { z } from "zod";
import { PROOF_POINT_KEY_MAX_LENGTH, TRACKER_SLUG_MAX_LENGTH, slugProblem } from "@/lib/domain/slug";
import { ZId, ZOptionalText, ZText } from "./common";
import { ZCriteriaFields, criteriaThresholdRules } from "./criteria";

function ZSlugOf(maxLength: number) {
  return z
    .string({ error: "is required" })
    .trim()
    .superRefine((value, ctx) => {
      const problem = slugProblem(value, maxLength);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}

export const ZTrackerSlug = ZSlugOf(TRACKER_SLUG_MAX_LENGTH);
export const ZProofPointKey = ZSlugOf(PROOF_POINT_KEY_MAX_LENGTH);

const trackerFields = {
  slug: ZTrackerSlug,
  title: ZText(3, 160),
  question: ZText(10, 300),
  description: ZOptionalText(2000).optional().default(""),
};

export const ZCreateTrackerInput = z.object(trackerFields);

export const ZUpdateTrackerInput = z.object({ trackerId: ZId, ...trackerFields });

export const ZTrackerIdInput = z.object({ trackerId: ZId });

const proofPointFields = {
  title: ZText(2, 120),
  question: ZText(10, 300),
};

/** A new proof point always comes with its first criteria: no box without a bar to clear. */
export const ZAddProofPointInput = z
  .object({ trackerId: ZId, key: ZProofPointKey, ...proofPointFields, ...ZCriteriaFields })
  .superRefine(criteriaThresholdRules);

export const ZUpdateProofPointInput = z.object({ proofPointId: ZId, ...proofPointFields });

export const ZProofPointIdInput = z.object({ proofPointId: ZId });

export const ZSetProofPointCriteriaInput = z
  .object({ proofPointId: ZId, ...ZCriteriaFields })
  .superRefine(criteriaThresholdRules);

/** Forms send one hidden field per id; the API sends an array. */
export const ZReorderProofPointsInput = z.object({
  trackerId: ZId,
  order: z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z
      .array(ZId, { error: "must be a list of proof point ids" })
      .min(1, "must list the tracker's proof points")
      .max(100, "must list at most 100 proof points"),
  ),
});
