// Settings of outbound fetching (evidence capture, link health, metadata, the Internet
// Archive), part of the server environment (lib/env.ts).
import ipaddr from "ipaddr.js";
import { z } from "zod";

const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

const ZAddressList = z
  .string()
  .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean))
  .refine((entries) => entries.every(isAllowEntry), "must be a comma-separated list of IP addresses, CIDR ranges or name=address pairs, e.g. 127.0.0.1, 127.0.0.0/8 or news.fixture.test=127.0.0.1");

/** An address, a range, or a test host name pinned to an address (name=address). */
function isAllowEntry(entry: string): boolean {
  const [name, address] = entry.split("=");
  if (address !== undefined) return /^[a-z0-9.-]+\.[a-z0-9-]+$/i.test(name!.trim()) && ipaddr.isValid(address.trim());
  return ipaddr.isValid(entry) || isCidr(entry);
}

function isCidr(entry: string): boolean {
  try {
    ipaddr.parseCIDR(entry);
    return true;
  } catch {
    return false;
  }
}

export const FETCH_ENV = {
  /** Private addresses the fetcher may reach anyway, and test host names pinned to them:
   * local test servers only (docs/decisions/0016-safe-fetching.md). */
  PROOFBOARD_TEST_ONLY_FETCH_ALLOW: z.preprocess(emptyAsUnset, ZAddressList.optional()),
  /** Acknowledges the list above on a production build; set by the end-to-end test config. */
  PROOFBOARD_TEST_ONLY_PRODUCTION_BUILD: z.preprocess(emptyAsUnset, z.enum(["0", "1"], { error: "must be 0 or 1" }).default("0")).transform((v) => v === "1"),
  /** Internet Archive: `lookup` (default) finds an existing snapshot, `off` skips it. With
   * keys set, a Save Page Now capture is requested as well. */
  PROOFBOARD_ARCHIVE: z.preprocess(emptyAsUnset, z.enum(["lookup", "off"], { error: "must be lookup or off" }).default("lookup")),
  PROOFBOARD_ARCHIVE_ACCESS_KEY: z.preprocess(emptyAsUnset, z.string().optional()),
  PROOFBOARD_ARCHIVE_SECRET_KEY: z.preprocess(emptyAsUnset, z.string().optional()),
};

type FetchEnv = { NODE_ENV: string; PROOFBOARD_TEST_ONLY_FETCH_ALLOW?: string[]; PROOFBOARD_TEST_ONLY_PRODUCTION_BUILD: boolean; PROOFBOARD_ARCHIVE_ACCESS_KEY?: string; PROOFBOARD_ARCHIVE_SECRET_KEY?: string };

/** A production server must never reach private addresses: the allow-list is refused
 * there unless the explicit test-only acknowledgement is set too. */
export function refuseTestFetchHostsInProduction(env: FetchEnv, context: z.RefinementCtx): void {
  if (env.NODE_ENV === "production" && env.PROOFBOARD_TEST_ONLY_FETCH_ALLOW?.length && !env.PROOFBOARD_TEST_ONLY_PRODUCTION_BUILD) {
    context.addIssue({
      code: "custom",
      path: ["PROOFBOARD_TEST_ONLY_FETCH_ALLOW"],
      message: "is refused in production: it lets the server fetch private addresses. Unset it (only test runs set it, with PROOFBOARD_TEST_ONLY_PRODUCTION_BUILD=1).",
    });
  }
  if (Boolean(env.PROOFBOARD_ARCHIVE_ACCESS_KEY) !== Boolean(env.PROOFBOARD_ARCHIVE_SECRET_KEY)) {
    context.addIssue({ code: "custom", path: ["PROOFBOARD_ARCHIVE_SECRET_KEY"], message: "must be set together with PROOFBOARD_ARCHIVE_ACCESS_KEY (both or neither)" });
  }
}
