// Turns zod failures into the app's INVALID_INPUT error, with messages per field
// path, so forms can show them beside the field and the API can name the field.
import type { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { UNSTORABLE_TEXT } from "./common";

/**
 * The first field (dotted path) of `input` holding text PostgreSQL cannot store or UTF-8
 * cannot encode: a NUL or a lone surrogate. Checked before any schema, so no command,
 * query or API parameter can carry one to the database, whatever its schema forgets.
 */
export function findUnstorableText(input: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof input === "string") {
    return input.includes("\u0000") || !input.isWellFormed() ? path.join(".") || "input" : null;
  }
  if (depth > 20 || input === null || typeof input !== "object") return null;
  for (const [key, value] of Object.entries(input)) {
    if (key.includes("\u0000") || !key.isWellFormed()) return [...path, "key"].join(".");
    const found = findUnstorableText(value, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

export function refuseUnstorableText(input: unknown): void {
  const field = findUnstorableText(input);
  if (field) throw new AppError("INVALID_INPUT", `${field}: ${UNSTORABLE_TEXT}`, { fieldErrors: { [field]: [UNSTORABLE_TEXT] } });
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  refuseUnstorableText(input);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "input";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  const summary = Object.entries(fieldErrors)
    .map(([field, messages]) => `${field}: ${messages[0]}`)
    .join("; ");
  throw new AppError("INVALID_INPUT", summary, { fieldErrors });
}
