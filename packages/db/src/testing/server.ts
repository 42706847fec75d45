import pg from 'pg';
import { describeConnectionString } from '../backends.js';

// The server of the test databases (TEST_DATABASE_URL): a connection to it, a database's address
// on it, and removing one.

export function dropPostgresDatabase(serverUrl: string, name: string): Promise<void> {
  return withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
    () => undefined,
  );
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    // Never skip: a configured server that is down must fail the run, or the PostgreSQL half of
    // the suite would silently stop running.
    throw new Error(
      `TEST_DATABASE_URL is set, but ${describeConnectionString(serverUrl)} cannot be reached: ${(error as Error).message}`,
      { cause: error },
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
