import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../logger.js';
import type { Viewer } from '../kernel/policy.js';
import { SESSION_IDLE_TIMEOUT_MS } from './session-policy.js';

export interface SessionCacheSettings {
  /** How long one lookup answers for its token; 0 turns the cache off. */
  ttlMs: number;
  /** How often the auth epoch is read. */
  pollMs: number;
  /**
   * The cache answers only while the epoch was read less than this long ago, so a revocation
   * reaches this process within about this time even when a poll is slow or fails.
   */
  trustMs: number;
  /** Tokens kept at most (least recently used go first). */
  maxEntries: number;
}

export const DEFAULT_SESSION_CACHE: SessionCacheSettings = {
  ttlMs: 5_000,
  pollMs: 250,
  trustMs: 750,
  maxEntries: 10_000,
};

interface Entry {
  viewer: Viewer;
  epoch: bigint;
  /** When it was looked up: on this process's monotonic clock, and on the requests' clock. */
  loadedAt: number;
  loadedAtRequestTime: number;
}

/**
 * Session lookups of this process, cached per token hash for a few seconds (decision 0016).
 *
 * A session is revoked, or its user changed, in whichever process: the database bumps the auth
 * epoch (triggers), every gateway process reads the epoch a few times a second and forgets all
 * it cached when it moved, and answers from the cache only while its last reading is recent.
 * So a logout, a password reset or a deactivation stops the session everywhere within a second,
 * and a database that cannot be read turns the cache off rather than keeping sessions alive.
 * After a mutation in this process the epoch is read before the response goes out, so the next
 * request already sees what the mutation did. Lookups of the same token at the same time (a
 * portal page's parallel calls) share one database lookup. Unknown tokens are never cached.
 */
export class SessionCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly inFlight = new Map<string, Promise<Viewer | null>>();
  private epoch: bigint | null = null;
  /** performance.now() when the newest successful reading started (what it can have seen). */
  private epochReadStartedAt = Number.NEGATIVE_INFINITY;
  private reading: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private loads = 0;
  private answeredFromCache = 0;
  private failing = false;

  constructor(
    private readonly readEpoch: () => Promise<bigint>,
    private readonly logger: Logger,
    private readonly settings: SessionCacheSettings = DEFAULT_SESSION_CACHE,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.entries = new LRUCache({ max: Math.max(1, settings.maxEntries) });
  }

  get enabled(): boolean {
    return this.settings.ttlMs > 0;
  }

  /** Database lookups made so far (cache misses); for tests and metrics. */
  get lookups(): number {
    return this.loads;
  }

  /** Lookups answered from the cache so far; for metrics. */
  get hits(): number {
    return this.answeredFromCache;
  }

  /** Starts reading the epoch; the first reading is awaited so the cache is usable at once. */
  async start(): Promise<void> {
    if (!this.enabled || this.timer) return;
    this.timer = setInterval(() => void this.refresh(), this.settings.pollMs);
    this.timer.unref();
    await this.refresh();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.entries.clear();
  }

  /** Reads the epoch now (one reading at a time); forgets everything when it moved. */
  refresh(): Promise<void> {
    if (!this.enabled) return Promise.resolve();
    this.reading ??= this.readOnce().finally(() => {
      this.reading = null;
    });
    return this.reading;
  }

  /**
   * After a write in this process: a reading that starts now, when the write is committed (one
   * already under way may have started before it).
   */
  async refreshAfterWrite(): Promise<void> {
    if (this.reading) await this.reading;
    await this.refresh();
  }

  /**
   * The viewer for a token hash: from the cache when it is fresh and the epoch is trusted,
   * otherwise from `load` (shared by concurrent callers). `now` is the request's clock, for the
   * session's own expiry.
   */
  async lookup(tokenHash: string, now: Date, load: () => Promise<Viewer | null>): Promise<Viewer | null> {
    if (!this.enabled) return this.load(load);
    const trusted = this.trusted();
    if (trusted) {
      const entry = this.entries.get(tokenHash);
      if (entry && this.fresh(entry, now)) {
        this.answeredFromCache++;
        return entry.viewer;
      }
    }
    const pending = this.inFlight.get(tokenHash);
    if (pending) return pending;
    // The epoch this lookup is valid for is the one known before it starts: a revocation that
    // lands meanwhile moves the epoch, and the entry is then never served.
    const epochBefore = trusted ? this.epoch : null;
    const loading = this.load(load)
      .then((viewer) => {
        if (viewer && epochBefore !== null && epochBefore === this.epoch) {
          this.entries.set(tokenHash, {
            viewer,
            epoch: epochBefore,
            loadedAt: this.clock(),
            loadedAtRequestTime: now.getTime(),
          });
        }
        return viewer;
      })
      .finally(() => this.inFlight.delete(tokenHash));
    this.inFlight.set(tokenHash, loading);
    return loading;
  }

  private load(load: () => Promise<Viewer | null>): Promise<Viewer | null> {
    this.loads++;
    return load();
  }

  private trusted(): boolean {
    return this.epoch !== null && this.clock() - this.epochReadStartedAt < this.settings.trustMs;
  }

  /**
   * Young enough on both clocks: the monotonic one (wall-clock jumps) and the requests' (whose time
   * decides the session's idle and absolute expiry, and when its last use is written again).
   */
  private fresh(entry: Entry, now: Date): boolean {
    const { ttlMs } = this.settings;
    const at = now.getTime();
    const sinceLookup = at - entry.loadedAtRequestTime;
    if (entry.epoch !== this.epoch || this.clock() - entry.loadedAt >= ttlMs) return false;
    if (sinceLookup < 0 || sinceLookup >= ttlMs) return false;
    const session = entry.viewer.session;
    if (!session) return false;
    return session.expiresAt.getTime() > at && at - session.lastSeenAt.getTime() < SESSION_IDLE_TIMEOUT_MS;
  }

  private async readOnce(): Promise<void> {
    const startedAt = this.clock();
    try {
      const epoch = await this.readEpoch();
      if (epoch !== this.epoch) {
        this.entries.clear();
        this.epoch = epoch;
      }
      this.epochReadStartedAt = Math.max(this.epochReadStartedAt, startedAt);
      if (this.failing) this.logger.info('session cache: auth epoch readable again');
      this.failing = false;
    } catch (error) {
      // Not trusted until a reading succeeds again: lookups go to the database meanwhile.
      if (!this.failing) this.logger.warn('session cache: auth epoch unreadable; cache bypassed', { error });
      this.failing = true;
    }
  }
}

/**
 * Starts and stops the cache with the server, and after a mutation reads the epoch before the
 * response goes out (a logout or a deactivation is then in force for the very next request).
 */
export function sessionCachePlugin(cache: SessionCache): ApolloServerPlugin {
  // The same listener for every request: nothing per request to keep.
  const listener: GraphQLRequestListener<BaseContext> = {
    async willSendResponse({ operation }) {
      if (operation?.operation === OperationTypeNode.MUTATION) await cache.refreshAfterWrite();
    },
  };
  return {
    async serverWillStart() {
      await cache.start();
      return {
        serverWillStop() {
          cache.stop();
          return Promise.resolve();
        },
      };
    },
    requestDidStart: () => Promise.resolve(listener),
  };
}
