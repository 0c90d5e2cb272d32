// Tracker slugs and proof-point keys appear in public URLs that people bookmark and cite,
// so they follow one strict, readable shape. Each problem gets its own message, so the
// form can tell an admin exactly what to fix.

export const SLUG_MIN_LENGTH = 2;
export const TRACKER_SLUG_MAX_LENGTH = 60;
export const PROOF_POINT_KEY_MAX_LENGTH = 40;

export const SLUG_RULES_TEXT = "lowercase letters, digits and single hyphens; no hyphen at the start or end";

/** Why `value` is not a valid slug, or null when it is. */
export function slugProblem(value: string, maxLength: number): string | null {
  if (value.length === 0) return "is required";
  if (value.length < SLUG_MIN_LENGTH) return `must be at least ${SLUG_MIN_LENGTH} characters`;
  if (value.length > maxLength) return `must be at most ${maxLength} characters`;
  if (/[A-Z]/.test(value)) return "must be lowercase";
  if (/[^a-z0-9-]/.test(value)) return "may contain only lowercase letters (a–z), digits and hyphens";
  if (value.startsWith("-") || value.endsWith("-")) return "must not start or end with a hyphen";
  if (value.includes("--")) return "must not contain two hyphens in a row";
  return null;
}

export function isSlug(value: string, maxLength = TRACKER_SLUG_MAX_LENGTH): boolean {
  return slugProblem(value, maxLength) === null;
}
