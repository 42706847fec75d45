import { RouterContextProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { districtContext, portalContext } from '../context.server';
import { resolvePortal } from '../shared/layout/portals';
import { districtMiddleware } from './district.server';

function run(segment: string) {
  const context = new RouterContextProvider();
  context.set(portalContext, resolvePortal(segment, undefined)!);
  const url = new URL(`http://portal.test/${segment}/igangsettere`);
  const args: Parameters<typeof districtMiddleware>[0] = {
    request: new Request(url),
    url,
    params: {},
    context,
    pattern: '/:portal/igangsettere',
  };
  const next = () => Promise.resolve(new Response(null));
  return { context, result: () => districtMiddleware(args, next) };
}

describe('districtMiddleware', () => {
  it('puts the checked district on the context for a district portal', async () => {
    const { context, result } = run('vest');
    await result();
    expect(context.get(districtContext)).toEqual({ kind: 'district', segment: 'vest', districtId: 'vest' });
  });

  it('answers 404 on the national portal, where registers are not kept', async () => {
    const { context, result } = run('nasjonalt');
    const thrown = await Promise.resolve()
      .then(result)
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(thrown).toMatchObject({ init: { status: 404 } });
    expect(() => context.get(districtContext)).toThrow();
  });
});
