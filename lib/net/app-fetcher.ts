// The app's fetcher, configured from the environment: the one instance capture, link
// health and metadata share.
import "server-only";
import { serverEnv } from "@/lib/env";
import { createSafeFetcher, systemResolver, type SafeFetch } from "./safe-fetch";
import { parseTestAllowList, resolverWithTestHosts } from "./test-hosts";

let fetcher: SafeFetch | undefined;

export function userAgent(): string {
  return `ProofboardBot/0.1 (+${serverEnv().PUBLIC_BASE_URL}/methodology; keeps a copy of cited pages)`;
}

export function appFetch(): SafeFetch {
  if (!fetcher) {
    const { allow, hosts } = parseTestAllowList(serverEnv().PROOFBOARD_TEST_ONLY_FETCH_ALLOW);
    fetcher = createSafeFetcher({ userAgent: userAgent(), allow, resolve: resolverWithTestHosts(hosts, systemResolver) });
  }
  return fetcher;
}
