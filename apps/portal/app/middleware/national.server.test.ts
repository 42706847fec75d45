import { RouterContextProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { portalContext, viewedDistrictContext } from '../context.server';
import { resolvePortal } from '../shared/layout/portals';
import { nationalMiddleware, viewedDistrictMiddleware } from './national.server';

function argsFor(segment: string, districtId: string) {
  const context = new RouterContextProvider();
  context.set(portalContext, resolvePortal(segment, undefined)!);
  const url = new URL(`http://portal.test/${segment}/distrikter/${districtId}`);
  const args: Parameters<typeof nationalMiddleware>[0] = {
    request: new Request(url),
    url,
    params: { portal: segment, districtId },
    context,
    pattern: '/:portal/distrikter/:districtId',
  };
  return { context, args };
}

const next = () => Promise.resolve(new Response(null));

async function thrownBy(run: () => unknown): Promise<unknown> {
  return Promise.resolve()
    .then(run)
    .then(
      () => null,
      (error: unknown) => error,
    );
}

describe('nationalMiddleware', () => {
  it('lets the national portal through', async () => {
    const { args } = argsFor('nasjonalt', 'nord');
    expect(await thrownBy(() => nationalMiddleware(args, next))).toBeNull();
  });

  it('answers 404 in a district portal, as if the page did not exist there', async () => {
    const { args } = argsFor('vest', 'nord');
    expect(await thrownBy(() => nationalMiddleware(args, next))).toMatchObject({ init: { status: 404 } });
  });
});

describe('viewedDistrictMiddleware', () => {
  it('puts a known district on the context', async () => {
    const { context, args } = argsFor('nasjonalt', 'sorvest');
    await viewedDistrictMiddleware(args, next);
    expect(context.get(viewedDistrictContext)).toBe('sorvest');
  });

  it('answers 404 for a district that does not exist, and sets nothing', async () => {
    const { context, args } = argsFor('nasjonalt', 'bergen');
    expect(await thrownBy(() => viewedDistrictMiddleware(args, next))).toMatchObject({ init: { status: 404 } });
    expect(() => context.get(viewedDistrictContext)).toThrow();
  });
});
