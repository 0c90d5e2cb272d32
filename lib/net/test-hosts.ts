// The test-only allow-list (PROOFBOARD_TEST_ONLY_FETCH_ALLOW): addresses and ranges the
// fetcher may reach although private, and test host names pinned to an address, so that
// a test can log "http://news.fixture.test:4567/…" (a public-looking name the evidence
// form accepts) and the fetcher reaches a local server. Empty in production.
import net from "node:net";
import type { AddressAllowList } from "./address-policy";
import type { Resolver } from "./safe-fetch";

export type TestHosts = { allow: AddressAllowList; hosts: ReadonlyMap<string, string> };

export function parseTestAllowList(entries: readonly string[] = []): TestHosts {
  const allow: string[] = [];
  const hosts = new Map<string, string>();
  for (const entry of entries) {
    const [name, address] = entry.split("=").map((part) => part.trim());
    if (address) {
      hosts.set(name!.toLowerCase(), address);
      allow.push(address);
    } else allow.push(entry);
  }
  return { allow, hosts };
}

/** Answers pinned test names from the list, everything else from `fallback`. */
export function resolverWithTestHosts(hosts: ReadonlyMap<string, string>, fallback: Resolver): Resolver {
  return async (hostname) => {
    const pinned = hosts.get(hostname.toLowerCase());
    return pinned ? [{ address: pinned, family: net.isIPv6(pinned) ? 6 : 4 }] : fallback(hostname);
  };
}
