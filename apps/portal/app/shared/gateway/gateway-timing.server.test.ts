import { describe, expect, it } from 'vitest';
import { GatewayTiming } from './gateway-timing.server';
import { fetchTransport } from './transport.server';

function manualClock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function pendingFetch() {
  const answers: (() => void)[] = [];
  const fetchImpl = (() =>
    new Promise<Response>((resolve) => answers.push(() => resolve(new Response('{}'))))) as typeof fetch;
  return { fetchImpl, answer: (index: number) => answers[index]?.() };
}

describe('GatewayTiming', () => {
  it('adds up calls made one after another', async () => {
    const clock = manualClock();
    const timing = new GatewayTiming(clock.now);
    const { fetchImpl, answer } = pendingFetch();
    const fetchTimed = timing.wrap(fetchTransport(fetchImpl)).fetch;
    const first = fetchTimed('http://gateway.test');
    clock.advance(5);
    answer(0);
    await first;
    clock.advance(100);
    const second = fetchTimed('http://gateway.test');
    clock.advance(7);
    answer(1);
    await second;
    expect(timing.calls).toBe(2);
    expect(timing.waitedMs).toBe(12);
    expect(timing.serverTiming()).toBe('gateway;dur=12.0;desc="2 calls"');
  });

  it('counts calls side by side once', async () => {
    const clock = manualClock();
    const timing = new GatewayTiming(clock.now);
    const { fetchImpl, answer } = pendingFetch();
    const fetchTimed = timing.wrap(fetchTransport(fetchImpl)).fetch;
    const first = fetchTimed('http://gateway.test');
    clock.advance(3);
    const second = fetchTimed('http://gateway.test');
    clock.advance(4);
    answer(0);
    await first;
    clock.advance(2);
    answer(1);
    await second;
    expect(timing.waitedMs).toBe(9);
  });
});
