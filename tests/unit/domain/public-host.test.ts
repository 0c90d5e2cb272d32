import { describe, expect, it } from "vitest";
import { isPublicHostname } from "@/lib/domain/public-host";

describe("isPublicHostname", () => {
  it.each([
    "example.com",
    "example.com.",
    "news.bbc.co.uk",
    "xn--bcher-kva.example",
    "8.8.8.8",
    "172.15.255.255",
    "172.32.0.1",
    "100.63.0.1",
    "100.128.0.1",
    "192.169.0.1",
    "223.255.255.255",
    "[2001:4860:4860::8888]",
    "[3fff::1]",
  ])("%s is public", (hostname) => {
    expect(isPublicHostname(hostname)).toBe(true);
  });

  it.each([
    "localhost",
    "localhost.",
    "intranet",
    "app.localhost",
    "printer.local",
    "db.internal",
    "nas.home.arpa",
    "0.0.0.0",
    "10.1.2.3",
    "127.0.0.1",
    "127.255.255.254",
    "169.254.169.254",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.0.1",
    "100.64.0.1",
    "100.127.255.255",
    "224.0.0.1",
    "255.255.255.255",
    "[::1]",
    "[::]",
    "[fe80::1]",
    "[fc00::1]",
    "[fd12:3456::1]",
    "[::ffff:7f00:1]",
    "[2::1]",
    "[ff02::1]",
  ])("%s is not public", (hostname) => {
    expect(isPublicHostname(hostname)).toBe(false);
  });
});
