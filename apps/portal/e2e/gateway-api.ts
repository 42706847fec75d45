import { DEMO_PASSWORD } from './helpers';

/** Straight to the gateway, for test set-up the pages under test do not offer (another district's data). */
export async function gatewayCall<T>(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) throw new Error(`Gateway: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A session token for a demo user of a district. */
export async function gatewayLogin(gatewayUrl: string, email: string, districtId: string): Promise<string> {
  const data = await gatewayCall<{ login: { token: string } }>(
    gatewayUrl,
    'mutation Login($email: String!, $password: String!, $realm: PortalRealmInput) { login(email: $email, password: $password, realm: $realm) { token } }',
    { email, password: DEMO_PASSWORD, realm: { districtId } },
  );
  return data.login.token;
}
