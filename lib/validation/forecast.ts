import { z } from "zod";
import { FORECAST_MAX_PERCENT, FORECAST_MIN_PERCENT } from "@/lib/domain/forecasts/questions";
import { ZDay, ZId, ZOptionalText } from "./common";

const PERCENT_MESSAGE = `must be a whole percent from ${FORECAST_MIN_PERCENT} to ${FORECAST_MAX_PERCENT}`;

/** A whole percent, 1…99, from a form's text or a JSON number. */
export const ZForecastPercent = z
  .union([z.number(), z.string().trim().regex(/^\d{1,3}$/, PERCENT_MESSAGE).transform(Number)], { error: PERCENT_MESSAGE })
  .pipe(z.number().int(PERCENT_MESSAGE).min(FORECAST_MIN_PERCENT, PERCENT_MESSAGE).max(FORECAST_MAX_PERCENT, PERCENT_MESSAGE));

export const ZOpenForecastQuestionInput = z
  .object({ proofPointId: ZId, closesOn: ZDay, resolvesBy: ZDay })
  .refine((input) => input.resolvesBy.getTime() >= input.closesOn.getTime(), {
    path: ["resolvesBy"],
    message: "must be on or after the close date",
  });
export type TOpenForecastQuestionInput = z.input<typeof ZOpenForecastQuestionInput>;

export const ZSubmitForecastInput = z.object({
  questionId: ZId,
  probability: ZForecastPercent,
  rationale: ZOptionalText(500).default(""),
});
export type TSubmitForecastInput = z.input<typeof ZSubmitForecastInput>;

/** Checkbox semantics: "on"/"true" (or true) is public; absent, "" or "false" is private. */
export const ZSetForecastProfileInput = z.object({
  public: z
    .union([z.boolean(), z.enum(["on", "true", "false", ""], { error: "must be on or off" })], { error: "must be on or off" })
    .optional()
    .transform((value) => value === true || value === "on" || value === "true"),
});
