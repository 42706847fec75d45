import { DbError } from '../errors.js';

/** A backup or restore was refused or failed in a way the operator can act on; the message says how. */
export class BackupError extends DbError {}
