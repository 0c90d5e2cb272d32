// Which IP addresses the server may connect to when it fetches a URL someone typed: public
// unicast only. Everything private, loopback, link-local (cloud metadata at
// 169.254.169.254), multicast, CGNAT, reserved or documentation-only is refused, and so is
// an IPv6 address that embeds a refused IPv4 one (IPv4-mapped, NAT64, 6to4) or tunnels
// to an address we cannot see (Teredo).
import ipaddr from "ipaddr.js";

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** A list of addresses and CIDR ranges that are reachable even though private. */
export type AddressAllowList = readonly string[];

function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const bytes = address.toByteArray();
  switch (address.range()) {
    case "ipv4Mapped":
    case "rfc6145":
      return new ipaddr.IPv4([bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!]);
    case "rfc6052": // NAT64 64:ff9b::/96: the IPv4 address is the last 32 bits
      return new ipaddr.IPv4([bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!]);
    case "6to4": // 2002:AABB:CCDD::/48 carries AA.BB.CC.DD
      return new ipaddr.IPv4([bytes[2]!, bytes[3]!, bytes[4]!, bytes[5]!]);
    default:
      return null;
  }
}

function isAllowListed(address: Address, allow: AddressAllowList): boolean {
  return allow.some((entry) => {
    const [range, bits] = entry.includes("/") ? ipaddr.parseCIDR(entry) : [ipaddr.parse(entry), ipaddr.parse(entry).kind() === "ipv4" ? 32 : 128];
    return range.kind() === address.kind() && address.match(range, bits);
  });
}

/** Why the address may not be fetched, in words for the log and the capture record; null if it may. */
export function refusalOf(ip: string, allow: AddressAllowList = []): string | null {
  if (!ipaddr.isValid(ip)) return `"${ip}" is not an IP address`;
  const address = ipaddr.parse(ip);
  if (isAllowListed(address, allow)) return null;
  if (address.kind() === "ipv6") {
    const v6 = address as ipaddr.IPv6;
    const embedded = embeddedIPv4(v6);
    if (embedded) {
      const inner = refusalOf(embedded.toString());
      return inner ? `${ip} embeds ${embedded.toString()}, which ${inner.replace(/^\S+ /, "")}` : null;
    }
  }
  const range = address.range();
  return range === "unicast" ? null : `${ip} is a ${describeRange(range)} address`;
}

function describeRange(range: string): string {
  const words: Record<string, string> = {
    loopback: "loopback",
    private: "private",
    linkLocal: "link-local",
    multicast: "multicast",
    carrierGradeNat: "carrier-grade NAT",
    uniqueLocal: "unique-local",
    unspecified: "unspecified",
    broadcast: "broadcast",
    teredo: "Teredo tunnel",
    reserved: "reserved",
  };
  return words[range] ?? `non-public (${range})`;
}
