// Turns zod failures into the app's INVALID_INPUT error, with messages per field
// path, so forms can show them beside the field and the API can name the field.
import type { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
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
