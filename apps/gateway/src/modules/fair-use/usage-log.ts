import type { Database, NewApiUsageEntry } from '@selvhjelp/db';
import type { Logger } from '../../logger.js';

export interface UsageLogSettings {
  /** A batch is written at least this often while there is something to write. */
  flushIntervalMs: number;
  /** …and as soon as this many entries wait. */
  batchSize: number;
  /** Past this many waiting entries (the database is down) the oldest are dropped, with a warning. */
  maxBuffered: number;
}

export const DEFAULT_USAGE_LOG: UsageLogSettings = { flushIntervalMs: 1_000, batchSize: 200, maxBuffered: 20_000 };

/**
 * API clients' usage log (decision 0034), written off the request's path: entries wait in this
 * process and go to the database in one statement per batch, every second or at a batch's size,
 * and at stop (Apollo's serverWillStop, before the database closes), so a normal shutdown loses
 * nothing. The timer only writes what this process buffered: no state is shared between
 * processes, and an idle process sends nothing.
 */
export class UsageLog {
  #buffer: NewApiUsageEntry[] = [];
  #writing: Promise<void> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly settings: UsageLogSettings = DEFAULT_USAGE_LOG,
  ) {}

  record(entry: NewApiUsageEntry): void {
    if (this.#buffer.length >= this.settings.maxBuffered) {
      this.#buffer.shift();
      this.logger.warn('api usage log: buffer full, oldest entry dropped', { maxBuffered: this.settings.maxBuffered });
    }
    this.#buffer.push(entry);
    if (this.#stopped || this.#buffer.length >= this.settings.batchSize) void this.flush();
    else if (!this.#timer && !this.#stopped) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        void this.flush();
      }, this.settings.flushIntervalMs);
      this.#timer.unref();
    }
  }

  /** Writes what waits now; resolves when it (and any write before it) is done. Never throws. */
  flush(): Promise<void> {
    this.#writing = this.#writing.then(() => this.#write());
    return this.#writing;
  }

  /** Writes everything left; later entries are written at once. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.flush();
  }

  async #write(): Promise<void> {
    while (this.#buffer.length > 0) {
      const batch = this.#buffer.splice(0, this.settings.batchSize);
      try {
        await this.db.repositories.apiUsage.append(batch);
      } catch (error) {
        // Kept for the next try; the timer comes back while entries wait.
        this.#buffer.unshift(...batch);
        this.logger.error('api usage log: write failed', { error, waiting: this.#buffer.length });
        if (!this.#stopped && !this.#timer) {
          this.#timer = setTimeout(() => {
            this.#timer = undefined;
            void this.flush();
          }, this.settings.flushIntervalMs);
          this.#timer.unref();
        }
        return;
      }
    }
  }
}
