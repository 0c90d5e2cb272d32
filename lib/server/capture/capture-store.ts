// Where raw captured bodies are kept, behind one interface so that another store (a
// folder, S3-compatible storage) can replace PostgreSQL without touching the capture job.
import "server-only";
import { getDb } from "@/lib/db/client";

export type CaptureStore = {
  /** Stores the bytes under a key derived from their hash (identical bodies share a row). */
  put(bytes: Buffer, sha256: string): Promise<string>;
  get(key: string): Promise<Buffer | null>;
};

/** Bodies above this are hashed and their text kept, but the bytes are not stored. */
export const MAX_STORED_BODY_BYTES = 2 * 1024 * 1024;

export const postgresCaptureStore: CaptureStore = {
  async put(bytes, sha256) {
    const key = `sha256:${sha256}`;
    await getDb().captureBody.upsert({ where: { key }, create: { key, bytes: new Uint8Array(bytes) }, update: {} });
    return key;
  },
  async get(key) {
    const row = await getDb().captureBody.findUnique({ where: { key } });
    return row ? Buffer.from(row.bytes) : null;
  },
};
