// The client's address as the app sees it. X-Forwarded-For is written by whoever sends
// the request, so only the entries appended by our own proxies can be believed: with N
// trusted hops, the client is the N-th address from the right of "forwarded-for entries +
// socket address". With 0 hops (no proxy) it is the socket address, whatever the header says.

/** Set by the HTTP server (scripts/http-server.ts) on every request; a client's own copy is overwritten. */
export const CLIENT_IP_HEADER = "x-proofboard-client-ip";

export function clientIpFrom(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustedHops: number): string {
  const socket = normalizeAddress(socketAddress ?? "") || "unknown";
  if (trustedHops <= 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [
    ...header
      .split(",")
      .map((entry) => normalizeAddress(entry.trim()))
      .filter(Boolean),
    socket,
  ];
  // Fewer entries than hops: the request came through fewer proxies than configured, so the
  // leftmost address is the closest thing to the client there is.
  return chain[Math.max(0, chain.length - 1 - trustedHops)]!;
}

function normalizeAddress(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  // Addresses are keys in the throttle table; anything else a proxy wrote is cut short.
  return /^[0-9a-f:.]{1,45}$/i.test(plain) ? plain.toLowerCase() : plain.slice(0, 45).replace(/[^\x21-\x7e]/g, "");
}
