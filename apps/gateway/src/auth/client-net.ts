import ipaddr from 'ipaddr.js';

/** Attempts whose address the gateway could not read share one bucket. */
export const UNKNOWN_CLIENT_NET = 'unknown';

/**
 * The network a client address is throttled by: an IPv4 address as it is, an IPv6 address by
 * its /64 (one subscriber usually holds a whole /64 and can pick any address in it). IPv4
 * written as IPv6 (`::ffff:192.0.2.1`) counts as the IPv4 address.
 */
export function clientNetOf(address: string | null | undefined): string {
  if (!address || !ipaddr.isValid(address)) return UNKNOWN_CLIENT_NET;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const prefix = ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/64`);
  return `${prefix.toString()}/64`;
}
