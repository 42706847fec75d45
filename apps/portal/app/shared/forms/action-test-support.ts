import { RouterContextProvider } from 'react-router';
import { districtContext, gatewayContext, langContext, portalContext } from '../../context.server';
import type { Gateway } from '../gateway/gateway.server';
import type { Lang } from '../i18n/i18n';

/** Calls a test gateway saw, so a test can tell whether a form got as far as the gateway. */
export interface GatewayCalls {
  mutations: unknown[];
}

/**
 * A router context for calling a district form's action directly: district `vest`, the given
 * language, and a gateway that records each mutation and answers with `answer` (default: throws,
 * since a form with errors must not reach it).
 */
export function districtActionContext(
  lang: Lang = 'nb',
  answer: (variables: unknown) => unknown = () => {
    throw new Error('the gateway was called');
  },
) {
  const calls: GatewayCalls = { mutations: [] };
  const gateway = {
    query: () => Promise.reject(new Error('no queries expected')),
    mutate: (_document: unknown, variables: unknown) => {
      calls.mutations.push(variables);
      return Promise.resolve().then(() => answer(variables));
    },
    mutateWithFiles: (_document: unknown, variables: unknown) => {
      calls.mutations.push(variables);
      return Promise.resolve().then(() => answer(variables));
    },
  } as unknown as Gateway;
  const context = new RouterContextProvider();
  const portal = { kind: 'district', segment: 'vest', districtId: 'vest' } as const;
  context.set(portalContext, portal);
  context.set(districtContext, portal);
  context.set(gatewayContext, gateway);
  context.set(langContext, lang);
  return { context, calls };
}

/** A POST of the given fields (a list value posts the name once per entry); multipart when asked, as a file form sends. */
export function formPost(
  fields: Record<string, string | readonly string[]>,
  encoding: 'urlencoded' | 'multipart' = 'urlencoded',
): Request {
  const body = encoding === 'multipart' ? new FormData() : new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const entry of typeof value === 'string' ? [value] : value) body.append(name, entry);
  }
  return new Request('http://portal.test/vest/form', { method: 'POST', body });
}

/** The data of a `data()` answer, or the thrown/returned Response for a redirect. */
export function actionData<T>(result: unknown): T {
  return (result as { data: T }).data;
}
