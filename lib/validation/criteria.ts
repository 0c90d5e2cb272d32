// Resolution criteria fields. A threshold is optional, but a number needs its unit and a
// unit or wording needs its number: half a threshold would read as a fact, not a bar.
import { z } from "zod";
import { ZOptionalText, ZText } from "./common";

const NUMBER_LIKE = /^-?\d+(\.\d+)?$/;
const NUMBER_MESSAGE = "must be a number like 100 or 2.5";
const LIMIT = 1e12;

const blankToUndefined = (value: unknown) =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "") ? undefined : value;

export const ZThresholdValue = z.preprocess(
  blankToUndefined,
  z
    .union([z.number(), z.string()], { error: NUMBER_MESSAGE })
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return null;
      const text = typeof value === "string" ? value.trim() : String(value);
      const number = typeof value === "number" ? value : NUMBER_LIKE.test(text) ? Number(text) : Number.NaN;
      if (!Number.isFinite(number)) {
        ctx.addIssue({ code: "custom", message: NUMBER_MESSAGE });
        return z.NEVER;
      }
      if (Math.abs(number) >= LIMIT) {
        ctx.addIssue({ code: "custom", message: "must be smaller than one trillion" });
        return z.NEVER;
      }
      return number;
    }),
);

const optionalShortText = (max: number) =>
  z.preprocess(blankToUndefined, ZOptionalText(max).optional()).transform((value) => value || null);

export const ZCriteriaFields = {
  tickWhen: ZText(10, 1000),
  contestedWhen: ZText(10, 1000),
  thresholdValue: ZThresholdValue,
  thresholdUnit: optionalShortText(60),
  thresholdQualifier: optionalShortText(160),
  note: ZOptionalText(500).optional().default(""),
};

type ThresholdParts = { thresholdValue: number | null; thresholdUnit: string | null; thresholdQualifier: string | null };

export function criteriaThresholdRules(value: ThresholdParts, ctx: z.RefinementCtx) {
  if (value.thresholdValue === null && (value.thresholdUnit || value.thresholdQualifier)) {
    ctx.addIssue({ code: "custom", path: ["thresholdValue"], message: "is required when a unit or wording is given" });
  }
  if (value.thresholdValue !== null && !value.thresholdUnit) {
    ctx.addIssue({ code: "custom", path: ["thresholdUnit"], message: "is required with a threshold value (e.g. wafers per hour)" });
  }
}
