import type { ApolloServerPlugin } from '@apollo/server';
import type { Database, RetentionRunResult } from '@selvhjelp/db';
import type { Logger } from '../../logger.js';

export interface RetentionScheduleSettings {
  /** Minutes between runs; 0 = the gateway never runs the job (`pnpm retention:run` still does). */
  intervalMinutes: number;
  /** The first run, this long after the server started (default 30 s: after the start's own work). */
  firstRunDelayMs?: number;
}

export const DEFAULT_RETENTION_INTERVAL_MINUTES = 60;
const DEFAULT_FIRST_RUN_DELAY_MS = 30_000;

/**
 * A run skips when any run started within this share of the interval: processes whose timers
 * are out of step then run the job once per interval between them, and a timer's own jitter
 * (a run never starts exactly one interval after the last) cannot make it skip its turn.
 */
const RECENT_SHARE = 0.9;

/**
 * The retention job on a timer in this gateway process (decision 0020). Every process of an
 * installation runs one; the database decides which of them does the work (an advisory lock,
 * and "not if a run started recently"). A failure is logged and the next tick tries again: the
 * job never takes the gateway down. The timers are unref'd, and stop() waits for a run under way
 * so that shutdown closes the database after it.
 */
export class RetentionSchedule {
  private firstRun: NodeJS.Timeout | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<RetentionRunResult | null> | null = null;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly settings: RetentionScheduleSettings,
    /** The moment to judge by (the gateway's clock, which tests move). */
    private readonly now: () => Date = () => new Date(),
  ) {}

  get enabled(): boolean {
    return this.settings.intervalMinutes > 0;
  }

  private get intervalMs(): number {
    return this.settings.intervalMinutes * 60_000;
  }

  start(): void {
    if (!this.enabled || this.timer || this.firstRun || this.stopped) return;
    this.firstRun = setTimeout(() => {
      this.firstRun = null;
      void this.tick();
      this.timer = setInterval(() => void this.tick(), this.intervalMs);
      this.timer.unref();
    }, this.settings.firstRunDelayMs ?? DEFAULT_FIRST_RUN_DELAY_MS);
    this.firstRun.unref();
    this.logger.info('retention schedule started', { intervalMinutes: this.settings.intervalMinutes });
  }

  /** Stops the timers and waits for a run under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.firstRun) clearTimeout(this.firstRun);
    if (this.timer) clearInterval(this.timer);
    this.firstRun = null;
    this.timer = null;
    await this.running;
  }

  /** One scheduled run now (a tick while one is under way does nothing); null when it failed. */
  tick(): Promise<RetentionRunResult | null> {
    if (this.stopped) return Promise.resolve(null);
    this.running ??= this.runOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runOnce(): Promise<RetentionRunResult | null> {
    try {
      const result = await this.db.repositories.retention.run({
        now: this.now(),
        trigger: 'SCHEDULED',
        skipIfRunWithinMs: RECENT_SHARE * this.intervalMs,
      });
      if (result.status === 'skipped') {
        this.logger.debug('retention run skipped', { reason: result.reason });
      } else {
        const { id, casesAnonymised, inquiriesAnonymised, peersAnonymised, deleted } = result.run;
        this.logger.info('retention run', {
          runId: id,
          casesAnonymised,
          inquiriesAnonymised,
          peersAnonymised,
          deleted,
        });
      }
      return result;
    } catch (error) {
      this.logger.error('retention run failed; the next one tries again', { error });
      return null;
    }
  }
}

/** Starts the schedule with the server and stops it (waiting for a run) when the server stops. */
export function retentionSchedulePlugin(schedule: RetentionSchedule): ApolloServerPlugin {
  return {
    serverWillStart() {
      schedule.start();
      return Promise.resolve({ serverWillStop: () => schedule.stop() });
    },
  };
}
