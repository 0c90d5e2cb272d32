// The app's fetcher, configured from the environment: the one instance capture, link
// health and metadata share.
import "server-only";
import { serverEnv } from "@/lib/env";
import { createSafeFetcher, type SafeFetch } from "./safe-fetch";

let fetcher: SafeFetch | undefined;

export function userAgent(): string {
  return `ProofboardBot/0.1 (+${serverEnv().PUBLIC_BASE_URL}/methodology; keeps a copy of cited pages)`;
}

export function appFetch(): SafeFetch {
  fetcher ??= createSafeFetcher({ userAgent: userAgent(), allow: serverEnv().PROOFBOARD_TEST_ONLY_FETCH_ALLOW ?? [] });
  return fetcher;
}
