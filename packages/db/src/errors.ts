import type { NetworkRuleCode, TrainingRuleCode } from '@selvhjelp/domain';
import type { RefusalParams } from '@selvhjelp/domain';
import { DEFAULT_LOCALE, NETWORK_RULE_MESSAGES, renderMessage, TRAINING_RULE_MESSAGES } from '@selvhjelp/domain';

/**
 * The failures this package reports. Everything else a repository throws is a bug or an outage.
 * All extend `DbError` so callers can tell "a rule of the data was broken" from "the database is down".
 */
export class DbError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A unique constraint refused the write, e.g. an e-mail address that is already taken. */
export class UniqueViolationError extends DbError {
  constructor(
    readonly field: string,
    options?: ErrorOptions,
  ) {
    super(`A record with this ${field} already exists.`, options);
  }
}

/** The record changed since the caller read it (optimistic concurrency). */
export class StaleVersionError extends DbError {
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly expectedVersion: number,
  ) {
    super(`${entity} ${id} was changed by someone else (expected version ${expectedVersion}).`);
  }
}

/** A write would create or link a record outside the caller's district scope. */
export class OutOfScopeError extends DbError {
  constructor(message = 'The record is outside your district scope.') {
    super(message);
  }
}

/** A pagination cursor that this package did not produce (or that was tampered with). */
export class InvalidCursorError extends DbError {
  constructor() {
    super('The pagination cursor is not valid.');
  }
}

/** The embedded database folder is open in another process; PGlite allows one process per folder. */
export class DatabaseLockedError extends DbError {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database folder ${dataDir} is in use by another process (pid ${pid}). ` +
        'Stop it first (Ctrl-C in its terminal), or set DATABASE_URL to use a PostgreSQL server.',
    );
  }
}

/** A migration could not be created or applied; `message` carries the schema engine's explanation. */
export class MigrationError extends DbError {}

/**
 * A training or facilitator rule refused the write, e.g. enrolling someone twice (a conflict) or
 * assigning a facilitator who is not qualified. `code` is stable for the API; `message` is bokmål
 * for staff (from the domain's TRAINING_RULE_MESSAGES unless more specific).
 */
export class TrainingRuleError extends DbError {
  constructor(
    readonly code: TrainingRuleCode,
    /** What the reason's text needs (e.g. the statuses of a refused change), for the API to render. */
    readonly params?: RefusalParams,
  ) {
    super(params ? renderMessage(code, params, DEFAULT_LOCALE) : TRAINING_RULE_MESSAGES[code]);
  }
}

/**
 * A partner-network or outreach rule refused the write (a duplicate organisation number, a staff
 * member of another district on an activity, an outcome on an activity that has not happened).
 * `code` is stable for the API; `message` is bokmål for staff.
 */
export class NetworkRuleError extends DbError {
  constructor(
    readonly code: NetworkRuleCode,
    message: string = NETWORK_RULE_MESSAGES[code],
  ) {
    super(message);
  }
}

/** Demo data (with its published password) must never reach a production database. */
export class DemoSeedRefusedError extends DbError {
  constructor() {
    super(
      'Refusing to seed demo data: NODE_ENV is "production". The demo accounts share a published password. ' +
        'Create the first administrator with `pnpm admin:create <email>` instead.',
    );
  }
}
