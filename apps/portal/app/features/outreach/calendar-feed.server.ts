import type { RouterContextProvider } from 'react-router';
import { data } from 'react-router';
import { districtContext, gatewayContext } from '../../context.server';
import { graphql } from '../../generated';
import { formText } from '../../shared/forms/form-data';
import { isGatewayError, toGatewayError } from '../../shared/gateway/errors';
import { portalPath } from '../../shared/layout/portals';

const MyCalendarFeedDocument = graphql(`
  query MyCalendarFeed {
    myCalendarFeed {
      createdAt
      lastUsedAt
    }
  }
`);

const CreateCalendarFeedDocument = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      token
      createdAt
    }
  }
`);

const RevokeCalendarFeedDocument = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

const CalendarFeedDocument = graphql(`
  query CalendarFeed($token: String!, $districtId: ID) {
    outreachCalendarFeed(token: $token, districtId: $districtId)
  }
`);

/** The viewer's working subscription (without its secret), for the activity log page. */
export async function loadMyCalendarFeed(context: Readonly<RouterContextProvider>) {
  return (await context.get(gatewayContext).query(MyCalendarFeedDocument, {})).myCalendarFeed ?? null;
}

export type CalendarFeedActionResult =
  | { intent: 'create-feed'; url: string }
  | { intent: 'revoke-feed'; revoked: boolean }
  | { intent: 'error'; message: string };

/**
 * POST aktiviteter with intent=create-feed | revoke-feed. The new address is shown once, in the
 * response to the POST; it is never put in a URL the browser keeps in its history.
 */
export async function calendarFeedAction(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const intent = formText(await request.formData(), 'intent');
  const gateway = context.get(gatewayContext);
  try {
    if (intent === 'create-feed') {
      const { createCalendarFeed } = await gateway.mutate(CreateCalendarFeedDocument, {});
      const url = new URL(portalPath(portal, `kalender/${createCalendarFeed.token}`), request.url).toString();
      return data<CalendarFeedActionResult>(
        { intent: 'create-feed', url },
        { headers: { 'Cache-Control': 'no-store' } },
      );
    }
    if (intent === 'revoke-feed') {
      const { revokeCalendarFeed } = await gateway.mutate(RevokeCalendarFeedDocument, {});
      return { intent: 'revoke-feed', revoked: revokeCalendarFeed } satisfies CalendarFeedActionResult;
    }
  } catch (error) {
    const gatewayError = toGatewayError(error);
    if (gatewayError.code === 'FORBIDDEN')
      return data<CalendarFeedActionResult>({ intent: 'error', message: gatewayError.message }, 403);
    throw error;
  }
  throw data(null, { status: 400 });
}

/** GET /:portal/kalender/:token — no login: calendar apps subscribe with the secret address. */
export async function calendarFeed(token: string, context: Readonly<RouterContextProvider>): Promise<Response> {
  const portal = context.get(districtContext);
  try {
    const { outreachCalendarFeed } = await context
      .get(gatewayContext)
      .query(CalendarFeedDocument, { token, districtId: portal.districtId });
    return new Response(outreachCalendarFeed, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Cache-Control': 'private, no-store',
        // The address is the credential: keep it out of referrers and search engines.
        'Referrer-Policy': 'no-referrer',
        'X-Robots-Tag': 'noindex',
      },
    });
  } catch (error) {
    if (isGatewayError(error, 'NOT_FOUND')) throw data(null, { status: 404 });
    throw error;
  }
}
