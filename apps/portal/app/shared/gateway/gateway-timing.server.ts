import type { GatewayTransport } from './transport.server';

/**
 * How long one request waited for the gateway: the wall time during which at least one call was
 * in flight (calls made side by side count once), from sending to the whole answer. The
 * portal's own time for a page is its time to first byte minus this; `bench/page-speed.mjs`
 * reads it from the `Server-Timing` header.
 */
export class GatewayTiming {
  calls = 0;
  #inFlight = 0;
  #since = 0;
  #waited = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** The transport, counting each call's time towards this request. */
  wrap(transport: GatewayTransport): GatewayTransport {
    return {
      postJson: (...args) => this.#timed(() => transport.postJson(...args)),
      fetch: (...args) => this.#timed(() => transport.fetch(...args)),
    };
  }

  async #timed<T>(call: () => Promise<T>): Promise<T> {
    this.calls += 1;
    if (this.#inFlight++ === 0) this.#since = this.now();
    try {
      return await call();
    } finally {
      if (--this.#inFlight === 0) this.#waited += this.now() - this.#since;
    }
  }

  /** Milliseconds spent waiting so far (including a call still in flight). */
  get waitedMs(): number {
    return this.#waited + (this.#inFlight > 0 ? this.now() - this.#since : 0);
  }

  /** `Server-Timing` entry: `gateway;dur=12.3;desc="2 calls"`. */
  serverTiming(): string {
    return `gateway;dur=${this.waitedMs.toFixed(1)};desc="${this.calls} calls"`;
  }
}
