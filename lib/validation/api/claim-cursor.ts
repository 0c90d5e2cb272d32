// The opaque cursor of the claims list: the sort key of the last claim of a page (proof
// point position and key, date claimed, time created, id), base64url-encoded JSON. A keyset,
// not an offset: a claim filed while a client pages through can neither push a claim it has
// not seen onto a page it has already read nor show one twice. Clients must treat it as
// opaque; its version tag lets the encoding change without misreading old cursors.
import { z } from "zod";

export type ClaimSortKey = { position: number; key: string; claimedAt: string; createdAt: string; id: string };

const CURSOR_VERSION = 1;
const ZEncoded = z.tuple([
  z.literal(CURSOR_VERSION),
  z.int(),
  z.string().max(200),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  // PostgreSQL's text form of a timestamp, e.g. "2026-12-02 06:45:56.123".
  z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$/),
  z.string().min(1).max(64),
]);

export function encodeClaimCursor(key: ClaimSortKey): string {
  const tuple = [CURSOR_VERSION, key.position, key.key, key.claimedAt, key.createdAt, key.id];
  return Buffer.from(JSON.stringify(tuple), "utf8").toString("base64url");
}

/** The sort key a cursor carries, or null when it is not one this API issued. */
export function decodeClaimCursor(cursor: string): ClaimSortKey | null {
  if (!/^[A-Za-z0-9_-]{1,600}$/.test(cursor)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = ZEncoded.safeParse(json);
  if (!parsed.success) return null;
  const [, position, key, claimedAt, createdAt, id] = parsed.data;
  return { position, key, claimedAt, createdAt, id };
}
