import { z } from "zod";
import { ZId, ZOptionalDay, ZPastDay, ZText } from "./common";

const claimFields = {
  proofPointId: ZId,
  statement: ZText(10, 500),
  claimant: ZText(2, 200),
  subject: ZText(2, 200),
  /** A claim cannot have been made tomorrow. */
  claimedAt: ZPastDay,
  resolveBy: ZOptionalDay,
};

function resolveByNotBeforeClaimed(value: { claimedAt: Date; resolveBy?: Date }, ctx: z.RefinementCtx) {
  if (value.resolveBy && value.resolveBy < value.claimedAt) {
    ctx.addIssue({ code: "custom", path: ["resolveBy"], message: "must be on or after the date claimed" });
  }
}

export const ZCreateClaimInput = z.object(claimFields).superRefine(resolveByNotBeforeClaimed);

/** A field's value as the editor's form first showed it, to merge with another editor's save. */
const ZBaseValue = z.string({ error: "must be text" }).max(1000, "is too long").optional();

export const ZEditClaimInput = z
  .object({
    claimId: ZId,
    /** The version the editor saw; a newer one on the server means someone else edited first. */
    version: z.coerce.number({ error: "is required" }).int("must be a whole number").min(1, "must be 1 or more"),
    ...claimFields,
    /**
     * What the form showed when it opened (optional). With it, a conflict is merged field by
     * field: the other editor's changes to fields this one did not touch are kept.
     */
    base: z
      .object(
        { proofPointId: ZBaseValue, statement: ZBaseValue, claimant: ZBaseValue, subject: ZBaseValue, claimedAt: ZBaseValue, resolveBy: ZBaseValue },
        { error: "must be the values the form opened with" },
      )
      .strict()
      .optional(),
  })
  .superRefine(resolveByNotBeforeClaimed);
