import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import type { CryptoKey, JWK, JWTPayload } from 'jose';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

/** A signing key of the test issuer; `published: false` keys sign but are not in the JWKS. */
export interface IssuerKey {
  kid: string;
  alg: 'RS256' | 'ES256' | 'PS256';
  privateKey: CryptoKey;
  jwk: JWK;
}

/**
 * A local OAuth2 issuer for the gateway's tests (decision 0035): keys made here, the JWKS served
 * by node:http on 127.0.0.1, nothing from the network. Like Maskinporten, tokens carry
 * `consumer.ID` = `0192:<orgnr>` and a space-separated `scope`.
 */
export interface TestIssuer {
  issuer: string;
  jwksUrl: URL;
  /** A JWKS address that answers 500, for the issuer-outage test. */
  brokenJwksUrl: URL;
  keys: Record<'rs' | 'es' | 'ps' | 'unpublished', IssuerKey>;
  /** How many times the gateway fetched the JWKS. */
  fetches: number;
  sign(claims: JWTPayload, options?: { key?: IssuerKey; header?: Record<string, unknown> }): Promise<string>;
  close(): Promise<void>;
}

async function makeKey(alg: IssuerKey['alg']): Promise<IssuerKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  const kid = randomUUID();
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

export async function startTestIssuer(): Promise<TestIssuer> {
  const keys = {
    rs: await makeKey('RS256'),
    es: await makeKey('ES256'),
    ps: await makeKey('PS256'),
    unpublished: await makeKey('RS256'),
  };
  const published = [keys.rs, keys.es, keys.ps].map((key) => key.jwk);
  const server = createServer((req, res) => {
    if (req.url === '/jwks.json') {
      issuer.fetches++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: published }));
    } else res.writeHead(500).end('down');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer: TestIssuer = {
    issuer: `${base}/`,
    jwksUrl: new URL(`${base}/jwks.json`),
    brokenJwksUrl: new URL(`${base}/broken`),
    keys,
    fetches: 0,
    async sign(claims, options = {}) {
      const key = options.key ?? keys.rs;
      return new SignJWT(claims)
        .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'at+jwt', ...options.header })
        .sign(key.privateKey);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return issuer;
}
