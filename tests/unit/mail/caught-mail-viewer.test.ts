import { describe, expect, it } from "vitest";
import { isLoopback } from "@/lib/server/mail/caught-mail-page";

describe("who may read the local mail catcher", () => {
  it("is a browser on this machine", () => {
    for (const address of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"]) expect(isLoopback(address), address).toBe(true);
  });

  it("is nobody on a network, and nobody the server could not place", () => {
    for (const address of ["10.0.0.5", "192.168.1.20", "203.0.113.7", "2001:db8::1", "::", "unknown", ""]) expect(isLoopback(address), address).toBe(false);
  });
});
