import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import type { Database } from '@selvhjelp/db';
import { prepareDatabase } from '@selvhjelp/db';
import type { LoginThrottle } from '../src/auth/login-throttle.js';
import { createLogger } from '../src/logger.js';
import type { Logger } from '../src/logger.js';
import { createGatewayApp } from '../src/server.js';
import type { AttachmentSettings } from '../src/services/attachment-store.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string; field?: string } }[];
}

export interface TestGateway {
  url: string;
  /** The clock the gateway reads; tests move it to exercise expiry and throttling. */
  clock: { now: Date; advance(ms: number): void };
  logs: { message: string; fields?: Record<string, unknown> }[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  login(email: string, password?: string, realm?: { districtId: string | null }): Promise<string>;
  close(): Promise<void>;
}

export const DEMO_PASSWORD = 'demo-passord-2026';

export interface TestGatewayOptions {
  /** Agreement documents; default: in the database with the default size limit. */
  attachments?: AttachmentSettings;
  /** Login throttle state; default: the database's login log. */
  loginThrottle?: LoginThrottle;
}

/** A real gateway over HTTP on an ephemeral port, on a real database seeded with demo data. */
export async function startTestGateway(db: Database, options: TestGatewayOptions = {}): Promise<TestGateway> {
  await prepareDatabase(db, { seed: 'if-empty' });
  const clock = {
    now: new Date(),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const logs: TestGateway['logs'] = [];
  const quiet = createLogger('silent');
  const logger: Logger = {
    debug: quiet.debug,
    info: (message, fields) => logs.push({ message, fields }),
    warn: (message, fields) => logs.push({ message, fields }),
    error: (message, fields) => logs.push({ message, fields }),
  };
  const httpServer = createServer();
  const { app, apollo } = await createGatewayApp({ db, logger, introspection: true, trustProxy: 'loopback', publicBaseUrl: 'http://portal.test', attachments: options.attachments, loginThrottle: options.loginThrottle, now: () => clock.now });
  httpServer.on('request', app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const gql: TestGateway['gql'] = async (query, variables, token, headers = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as never;
  };

  return {
    url,
    clock,
    logs,
    gql,
    async login(email, password = DEMO_PASSWORD, realm) {
      const result = await gql<{ login: { token: string } }>(
        'mutation ($email: String!, $password: String!, $realm: PortalRealmInput) { login(email: $email, password: $password, realm: $realm) { token } }',
        { email, password, realm },
      );
      if (!result.data?.login) throw new Error(`login as ${email} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    async close() {
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await apollo.stop();
    },
  };
}
