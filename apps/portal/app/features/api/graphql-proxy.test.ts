import { describe, expect, it } from 'vitest';
import type { Route } from './+types/graphql-proxy';
import { action, loader } from './graphql-proxy';

// Only the refusals: relaying to a real gateway is covered by e2e/api-docs-explorer.e2e.test.ts.
function post(body: string, contentType = 'application/json'): Route.ActionArgs {
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body,
  });
  return { request } as Route.ActionArgs;
}

describe('the explorer relay', () => {
  it('answers only POST', () => {
    expect(loader().status).toBe(405);
  });

  it('refuses what is not JSON, and bodies no person types, before calling the gateway', async () => {
    expect((await action(post('query=x', 'application/x-www-form-urlencoded'))).status).toBe(415);
    expect((await action(post(JSON.stringify({ query: 'x'.repeat(100_001) })))).status).toBe(413);
  });
});
