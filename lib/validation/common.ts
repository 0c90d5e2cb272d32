// Field schemas shared by every input schema, so a date or an id means the same thing
// in a form, a server action and the JSON API.
import { z } from "zod";
import { normalizeEvidenceUrl } from "@/lib/domain/evidence-url";

/**
 * PostgreSQL text cannot hold U+0000 and UTF-8 cannot encode a lone surrogate; either
 * would fail at the database as a 500. Refused here instead, naming the field (rule 7).
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}
export const UNSTORABLE_TEXT = "must not contain NUL characters or broken Unicode";

export const ZId = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(64, "is not a valid id")
  .refine(isStorableText, "is not a valid id");

/** A required piece of text, trimmed, with its length named in the message. */
export function ZText(min: number, max: number) {
  return z
    .string({ error: "is required" })
    .trim()
    .min(min, min <= 1 ? "is required" : `must be at least ${min} characters`)
    .max(max, `must be at most ${max.toLocaleString("en")} characters`)
    .refine(isStorableText, UNSTORABLE_TEXT);
}

/** Optional free text (a quote, a note), trimmed, with its maximum length named. */
export function ZOptionalText(max: number) {
  return z
    .string({ error: "must be text" })
    .trim()
    .max(max, `must be at most ${max.toLocaleString("en")} characters`)
    .refine(isStorableText, UNSTORABLE_TEXT);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day, given as "YYYY-MM-DD" (forms, JSON) or a Date; returned as a UTC-midnight Date. */
export const ZDay = z.union([z.date(), z.string().trim()], { error: "must be a date like 2025-03-01" }).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      ctx.addIssue({ code: "custom", message: "is not a valid date" });
      return z.NEVER;
    }
    return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
  }
  if (value === "") {
    ctx.addIssue({ code: "custom", message: "is required" });
    return z.NEVER;
  }
  const day = new Date(`${value}T00:00:00Z`);
  if (!ISO_DAY.test(value) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    ctx.addIssue({ code: "custom", message: "must be a date like 2025-03-01" });
    return z.NEVER;
  }
  if (day.getUTCFullYear() < 1900 || day.getUTCFullYear() > 2200) {
    ctx.addIssue({ code: "custom", message: "must be between the years 1900 and 2200" });
    return z.NEVER;
  }
  return day;
});

/**
 * The latest calendar day that has begun somewhere on Earth (UTC+14) at `now`. A day the
 * user calls "today" is never refused as future, wherever they are.
 */
export function latestStartedDay(now: Date = new Date()): Date {
  const ahead = new Date(now.getTime() + 14 * 60 * 60 * 1000);
  return new Date(Date.UTC(ahead.getUTCFullYear(), ahead.getUTCMonth(), ahead.getUTCDate()));
}

export const FUTURE_DAY_MESSAGE = "must be today or earlier, not a date in the future";

/** A day that has already happened: when something was said, published or read. */
export const ZPastDay = ZDay.refine((day) => day <= latestStartedDay(), FUTURE_DAY_MESSAGE);

/** Optional day: empty strings from forms mean "not given". */
export const ZOptionalDay = z.preprocess((value) => (value === "" || value === null ? undefined : value), ZDay.optional());

export const ZOptionalPastDay = z.preprocess((value) => (value === "" || value === null ? undefined : value), ZPastDay.optional());

/** An evidence link, normalized per rule 6 of docs/architecture.md; the message names the problem. */
export const ZEvidenceUrl = z.string({ error: "is required" }).transform((value, ctx) => {
  const result = normalizeEvidenceUrl(value);
  if (!result.ok) {
    ctx.addIssue({ code: "custom", message: result.reason });
    return z.NEVER;
  }
  return result;
});

export const ZOptionalEvidenceUrl = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  ZEvidenceUrl.optional(),
);
