// Evidence must be readable by the public, so links to this machine, a private network or an unqualified host name are refused.
// This is a check on the address as written; whatever fetches links must still check where a name resolves.

const NON_PUBLIC_NAMES = ["localhost"];
const NON_PUBLIC_SUFFIXES = [".localhost", ".local", ".internal", ".home.arpa"];

// hostname as the WHATWG URL parser serializes it: lower case, IPv4 in dotted decimal, IPv6 in brackets.
export function isPublicHostname(hostname: string): boolean {
  const name = hostname.endsWith(".") ? hostname.slice(0, -1) : hostname;
  if (name.startsWith("[")) return isPublicIpv6(name.slice(1, -1));
  const ipv4 = parseIpv4(name);
  if (ipv4) return isPublicIpv4(ipv4);
  if (!name.includes(".")) return false;
  if (NON_PUBLIC_NAMES.includes(name)) return false;
  return !NON_PUBLIC_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

function parseIpv4(name: string): number[] | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(name);
  return match ? match.slice(1).map(Number) : null;
}

function isPublicIpv4([a = 0, b = 0]: number[]): boolean {
  if (a === 0 || a === 10 || a === 127) return false; // "this network", private, loopback
  if (a === 169 && b === 254) return false; // link-local
  if (a === 172 && b >= 16 && b <= 31) return false; // private
  if (a === 192 && b === 168) return false; // private
  if (a === 100 && b >= 64 && b <= 127) return false; // carrier-grade NAT
  return a < 224; // multicast and reserved
}

// Only global unicast (2000::/3) is public; that excludes loopback, unique-local, link-local and IPv4-mapped forms.
function isPublicIpv6(address: string): boolean {
  return /^[23][0-9a-f]{3}:/.test(address);
}
