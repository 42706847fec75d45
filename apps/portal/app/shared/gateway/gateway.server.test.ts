import { describe, expect, it } from 'vitest';
import { createGateway } from './gateway.server';
import { fetchTransport } from './transport.server';
import { GatewayError } from './errors';
import { ViewerDocument } from '../../session/viewer.server';
import { ImportGroupsDocument } from '../../generated/graphql';

function recordingFetch(body: unknown, status = 200) {
  const calls: { url: string; headers: Headers; body: string }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), headers: new Headers(init?.headers), body: String(init?.body) });
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/graphql-response+json' },
    });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const caller = { token: 'secret-token', forwardedFor: '203.0.113.7', userAgent: 'Test/1.0', lang: 'en' as const };
const me = { id: 'u1', name: 'Kari', email: 'kari@example.no', role: 'DISTRICT_LEAD', district: { id: 'vest' } };

describe('createGateway', () => {
  it('sends the session token, the client address and user agent, and returns typed data', async () => {
    const { calls, fetchImpl } = recordingFetch({ data: { me } });
    const gateway = createGateway('http://gateway.test/graphql', caller, fetchTransport(fetchImpl));
    const data = await gateway.query(ViewerDocument);
    expect(data.me.name).toBe('Kari');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('http://gateway.test/graphql');
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer secret-token');
    expect(calls[0]?.headers.get('x-forwarded-for')).toBe('203.0.113.7');
    expect(calls[0]?.headers.get('user-agent')).toBe('Test/1.0');
    expect(calls[0]?.headers.get('accept-language')).toBe('en');
  });

  it('sends no Authorization header without a session', async () => {
    const { calls, fetchImpl } = recordingFetch({ data: { me } });
    await createGateway('http://gateway.test/graphql', { ...caller, token: null }, fetchTransport(fetchImpl)).query(
      ViewerDocument,
    );
    expect(calls[0]?.headers.has('authorization')).toBe(false);
  });

  it('turns GraphQL errors into a GatewayError with the code', async () => {
    const { fetchImpl } = recordingFetch({
      data: null,
      errors: [{ message: 'Du må logge inn.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const error = await createGateway('http://gateway.test/graphql', caller, fetchTransport(fetchImpl))
      .query(ViewerDocument)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).code).toBe('UNAUTHENTICATED');
  });

  it('keeps nothing between calls or requests', async () => {
    const first = recordingFetch({ data: { me } });
    const second = recordingFetch({ data: { me: { ...me, id: 'u2', name: 'Ola' } } });
    const a = createGateway('http://gateway.test/graphql', caller, fetchTransport(first.fetchImpl));
    const b = createGateway(
      'http://gateway.test/graphql',
      { ...caller, token: 'other' },
      fetchTransport(second.fetchImpl),
    );
    expect((await a.query(ViewerDocument)).me.name).toBe('Kari');
    expect((await b.query(ViewerDocument)).me.name).toBe('Ola');
    expect((await a.query(ViewerDocument)).me.name).toBe('Kari');
    expect(first.calls).toHaveLength(2);
  });

  it('sends the operation as GraphQL over HTTP: its name, its text and the variables', async () => {
    const { calls, fetchImpl } = recordingFetch({ data: { me } });
    await createGateway('http://gateway.test/graphql', caller, fetchTransport(fetchImpl)).query(ViewerDocument);
    expect(calls[0]?.headers.get('content-type')).toBe('application/json');
    expect(calls[0]?.headers.get('accept')).toMatch(/^application\/graphql-response\+json/);
    const body = JSON.parse(calls[0]?.body ?? '') as { operationName: string; query: string; variables: unknown };
    expect(body.operationName).toBe('Viewer');
    expect(body.query).toMatch(/^query Viewer \{/);
    expect(body.variables).toEqual({});
  });

  it('reads the errors of an answer with an error status, and calls a bare 5xx UNAVAILABLE', async () => {
    const refused = recordingFetch({ errors: [{ message: 'For mye.', extensions: { code: 'BAD_USER_INPUT' } }] }, 400);
    const error = await createGateway('http://gateway.test/graphql', caller, fetchTransport(refused.fetchImpl))
      .query(ViewerDocument)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: 'For mye.' });
    const down = (async () => new Response('<h1>Bad gateway</h1>', { status: 502 })) as typeof fetch;
    const outage = await createGateway('http://gateway.test/graphql', caller, fetchTransport(down))
      .query(ViewerDocument)
      .catch((e: unknown) => e);
    expect(outage).toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('calls a gateway it cannot reach UNAVAILABLE', async () => {
    const unreachable = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const error = await createGateway('http://gateway.test/graphql', caller, fetchTransport(unreachable))
      .query(ViewerDocument)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('calls an answer without data an internal error', async () => {
    const { fetchImpl } = recordingFetch({ data: null });
    const error = await createGateway('http://gateway.test/graphql', caller, fetchTransport(fetchImpl))
      .query(ViewerDocument)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('sends files as a GraphQL multipart request: operations with the file as null, the map, then the file', async () => {
    const sent: { headers: Headers; form: FormData }[] = [];
    const fetchImpl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      sent.push({ headers: new Headers(init?.headers), form: init?.body as FormData });
      return new Response(JSON.stringify({ data: { importGroups: { dryRun: true } } }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }) as typeof fetch;
    const gateway = createGateway('http://gateway.test/graphql', caller, fetchTransport(fetchImpl));
    const file = new File(['navn;kommune\n'], 'grupper.csv', { type: 'text/csv' });
    await gateway.mutateWithFiles(ImportGroupsDocument, { input: { file, dryRun: true } });
    const [request] = sent;
    expect(request?.headers.get('apollo-require-preflight')).toBe('true');
    expect(request?.headers.get('authorization')).toBe('Bearer secret-token');
    const operations = JSON.parse(String(request?.form.get('operations'))) as { query: string; variables: unknown };
    expect(operations.query).toMatch(/importGroups/);
    expect(operations.variables).toEqual({ input: { file: null, dryRun: true } });
    expect(JSON.parse(String(request?.form.get('map')))).toEqual({ 0: ['variables.input.file'] });
    const part = request?.form.get('0') as File;
    expect(part.name).toBe('grupper.csv');
    expect(await part.text()).toBe('navn;kommune\n');
  });

  it('turns the errors of a multipart answer into a GatewayError', async () => {
    const fetchImpl = (async () =>
      new Response(
        JSON.stringify({
          errors: [{ message: 'For stor.', extensions: { code: 'BAD_USER_INPUT', field: 'input.file' } }],
        }),
        { status: 200 },
      )) as typeof fetch;
    const gateway = createGateway('http://gateway.test/graphql', caller, fetchTransport(fetchImpl));
    const error = await gateway
      .mutateWithFiles(ImportGroupsDocument, { input: { file: new File(['x'], 'a.csv'), dryRun: true } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.file', message: 'For stor.' }],
    });
  });
});
