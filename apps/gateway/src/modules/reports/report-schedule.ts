import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../../logger.js';
import type { ReportWorker } from './report-worker.js';

/** Seconds between looks for queued report jobs in each gateway process. */
export const DEFAULT_REPORT_JOB_INTERVAL_SECONDS = 10;

/**
 * The report worker on a timer in this gateway process (decision 0027), like the retention
 * schedule: every process runs one, the database hands each job to one of them. A tick while
 * the worker is busy does nothing; a failure is logged and the next tick tries again. The timer
 * is unref'd, and stop() waits for the work under way so that shutdown closes the database after it.
 */
export class ReportSchedule {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    private readonly worker: ReportWorker,
    private readonly logger: Logger,
    /** 0 = this process never runs report jobs. */
    private readonly intervalSeconds: number,
  ) {}

  get enabled(): boolean {
    return this.intervalSeconds > 0;
  }

  start(): void {
    if (!this.enabled || this.timer || this.stopped) return;
    this.timer = setInterval(() => void this.tick(), this.intervalSeconds * 1000);
    this.timer.unref();
    this.logger.info('report job schedule started', { intervalSeconds: this.intervalSeconds });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs the queued jobs now (a tick while a run is under way joins it); the steps written. */
  tick(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    this.running ??= this.worker
      .drain()
      .catch((error: unknown) => {
        this.logger.error('report worker failed; the next tick tries again', { error });
        return 0;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}

/** Starts the schedule with the server and stops it (waiting for work under way) when the server stops. */
export function reportSchedulePlugin(schedule: ReportSchedule): ApolloServerPlugin {
  return {
    serverWillStart() {
      schedule.start();
      return Promise.resolve({ serverWillStop: () => schedule.stop() });
    },
  };
}
