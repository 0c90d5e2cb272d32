// Query strings of the public outputs, parsed strictly: an unknown or repeated parameter is
// a 400 that names it (a typo like `page_size` must not silently return the default), and
// every bad parameter is reported at once.
import { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { parseInput, refuseUnstorableText } from "@/lib/validation/parse";

export function parseSearchParams<S extends z.ZodObject>(schema: S, url: string): z.output<S> {
  const params = new URL(url).searchParams;
  refuseUnstorableText(Object.fromEntries(params));
  const allowed = Object.keys(schema.shape);
  const input: Record<string, string> = {};
  const fieldErrors: FieldErrors = {};
  for (const name of new Set(params.keys())) {
    if (!allowed.includes(name)) {
      fieldErrors[name] = [allowed.length ? `is not a known parameter; use ${allowed.join(", ")}` : "is not a known parameter"];
    } else if (params.getAll(name).length > 1) {
      fieldErrors[name] = ["must be given once"];
    } else {
      input[name] = params.get(name)!;
    }
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.length ? issue.path.join(".") : "query";
      (fieldErrors[field] ??= []).push(issue.message);
    }
  }
  const names = Object.keys(fieldErrors);
  if (names.length > 0 || !result.success) {
    const summary = names.map((name) => `${name}: ${fieldErrors[name]![0]}`).join("; ");
    throw new AppError("INVALID_INPUT", summary, { fieldErrors });
  }
  return result.data;
}

/** A path parameter, validated; the error names it like a query parameter. */
export function parsePathParam<S extends z.ZodType>(schema: S, name: string, value: unknown): z.output<S> {
  const parsed = parseInput(z.object({ [name]: schema }), { [name]: value }) as Record<string, z.output<S>>;
  return parsed[name]!;
}
