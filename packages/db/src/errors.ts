/**
 * The failures this package reports. Everything else a repository throws is a bug or an outage.
 * All extend `DbError` so callers can tell "the data refused the write" from "the database is
 * down". Business rules are not here: they are the domain's, asked by the gateway's services
 * (repositories.test.ts holds that no repository throws anything else).
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

/** Demo data (with its published password) must never reach a production database. */
export class DemoSeedRefusedError extends DbError {
  constructor() {
    super(
      'Refusing to seed demo data: NODE_ENV is "production". The demo accounts share a published password. ' +
        'Create the first administrator with `pnpm admin:create <email>` instead.',
    );
  }
}
