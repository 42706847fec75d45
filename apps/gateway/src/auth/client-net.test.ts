import { describe, expect, it } from 'vitest';
import { clientNetOf, UNKNOWN_CLIENT_NET } from './client-net.js';

describe('clientNetOf', () => {
  it('keeps an IPv4 address, also when written as IPv6', () => {
    expect(clientNetOf('192.0.2.7')).toBe('192.0.2.7');
    expect(clientNetOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
  });

  it('groups IPv6 addresses by their /64', () => {
    expect(clientNetOf('2001:db8:aa:bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64');
    expect(clientNetOf('2001:0db8:00aa:00bb:ffff::9')).toBe('2001:db8:aa:bb::/64');
    expect(clientNetOf('2001:db8:aa:bc::1')).not.toBe(clientNetOf('2001:db8:aa:bb::1'));
    expect(clientNetOf('::1')).toBe('::/64');
  });

  it('puts unreadable addresses in one bucket', () => {
    expect(clientNetOf(null)).toBe(UNKNOWN_CLIENT_NET);
    expect(clientNetOf('not an address')).toBe(UNKNOWN_CLIENT_NET);
  });
});
