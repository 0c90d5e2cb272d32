import "server-only";

type Changes = { before: Record<string, unknown>; after: Record<string, unknown> };

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/**
 * The fields whose value differs, as before/after objects for the audit trail and the
 * update; null when nothing changed, so a no-op save writes nothing and bumps no version.
 */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Changes | null {
  const changes: Changes = { before: {}, after: {} };
  for (const key of Object.keys(after)) {
    if (same(before[key], after[key])) continue;
    changes.before[key] = before[key];
    changes.after[key] = after[key];
  }
  return Object.keys(changes.after).length === 0 ? null : changes;
}
