// The limits a form shows (its hints and `maxlength`) read from the very zod schema the
// command validates with, so a hint can never promise what the server then refuses.
import type { z } from "zod";

export type TextLimits = { min?: number; max?: number };

type Unwrappable = { def?: { type?: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType } };

/** The length limits of a (possibly optional, defaulted or preprocessed) text schema. */
export function textLimits(schema: z.ZodType): TextLimits {
  let current: unknown = schema;
  for (let depth = 0; depth < 10 && current; depth++) {
    const node = current as { minLength?: number | null; maxLength?: number | null } & Unwrappable;
    if (node.def?.type === "string") {
      return { min: node.minLength && node.minLength > 1 ? node.minLength : undefined, max: node.maxLength ?? undefined };
    }
    const def = node.def;
    // optional/default/nullable wrap an innerType; a pipe (preprocess or transform) has the string on one side.
    current = def?.innerType ?? (def?.type === "pipe" ? ((def.out as Unwrappable | undefined)?.def?.type === "transform" ? def.in : def.out) : undefined);
  }
  return {};
}

/** "10–500 characters", "at most 2,000 characters", or "" when the schema sets no length. */
export function lengthHint({ min, max }: TextLimits): string {
  const n = (value: number) => value.toLocaleString("en");
  if (min && max) return `${n(min)}–${n(max)} characters`;
  if (max) return `at most ${n(max)} characters`;
  if (min) return `at least ${n(min)} characters`;
  return "";
}

/** The limits of each text field of an object schema, by field name. */
export function fieldLimits<T extends Record<string, z.ZodType>>(shape: T): Record<keyof T, TextLimits> {
  return Object.fromEntries(Object.entries(shape).map(([field, schema]) => [field, textLimits(schema)])) as Record<keyof T, TextLimits>;
}
