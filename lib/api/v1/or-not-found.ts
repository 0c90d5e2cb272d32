import "server-only";
import { notFound } from "@/lib/errors/app-error";

/** Awaits a public read; null (unknown or not public) becomes the API's 404 error. */
export async function orNotFound<T>(read: Promise<T | null>, what: "Tracker" | "Claim"): Promise<T> {
  const value = await read;
  if (value === null) throw notFound(what);
  return value;
}
