import type { RouterContextProvider } from 'react-router';
import { data } from 'react-router';
import { gatewayContext } from '../../context.server';
import { env } from '../../env.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import type { Gateway } from '../../shared/gateway/gateway.server';

const PublicGroupDocument = graphql(`
  query PublicGroup($slug: String!) {
    publicGroup(slug: $slug) {
      slug
      name
      description
      targetGroup
      format
      languages
      openForNewMembers
      status
      updatedAt
      themes {
        id
        label
      }
      municipality {
        number
        name
        county {
          name
        }
      }
      district {
        id
        name
      }
      venue {
        name
        streetAddress
        postalCode
        postalPlace
        stepFreeAccess
        hearingLoop
        accessibilityNotes
      }
      schedule {
        ...GroupScheduleFields
      }
      nextMeetings(count: 5) {
        start
        end
      }
      contact {
        officeName
        email
        phone
        web
      }
    }
  }
`);

const PublicGroupICalendarDocument = graphql(`
  query PublicGroupICalendar($slug: String!) {
    publicGroupICalendar(slug: $slug)
  }
`);

const MeetingGuideFeedDocument = graphql(`
  query MeetingGuideFeed($districtId: ID) {
    meetingGuideFeed(districtId: $districtId)
  }
`);

const notFound = () => data(null, { status: 404 });

async function publicGroupOrNotFound(gateway: Gateway, slug: string) {
  try {
    const { publicGroup } = await gateway.query(PublicGroupDocument, { slug });
    // A pinned instance is one district's finder: other districts' groups are not here.
    if (env.PORTAL_DISTRICT && publicGroup.district.id !== env.PORTAL_DISTRICT) throw notFound();
    return publicGroup;
  } catch (error) {
    if (isGatewayError(error, 'NOT_FOUND')) throw notFound();
    throw error;
  }
}

/** GET /grupper/:slug. NOT_FOUND (missing, or not public now) is the 404 page. */
export async function loadPublicGroup(params: { slug: string }, context: Readonly<RouterContextProvider>) {
  return { group: await publicGroupOrNotFound(context.get(gatewayContext), params.slug) };
}

/** GET /grupper/:slug/kalender.ics: the group's meetings for a calendar app. */
export async function publicGroupCalendar(params: { slug: string }, context: Readonly<RouterContextProvider>) {
  const gateway = context.get(gatewayContext);
  // Only a pinned instance needs the group first, to check its district.
  if (env.PORTAL_DISTRICT) await publicGroupOrNotFound(gateway, params.slug);
  const calendar = await gateway.query(PublicGroupICalendarDocument, { slug: params.slug }).catch((error: unknown) => {
    if (isGatewayError(error, 'NOT_FOUND')) throw notFound();
    throw error;
  });
  // Slugs are [a-z0-9-]; anything else never reaches the header.
  const fileName = params.slug.replace(/[^a-z0-9-]/gi, '') || 'gruppe';
  return new Response(calendar.publicGroupICalendar, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}.ics"`,
      'Cache-Control': 'public, max-age=300',
    },
  });
}

/** GET /grupper/meeting-guide.json: the public feed (Meeting Guide format), open to any site. */
export async function meetingGuideFeed(context: Readonly<RouterContextProvider>) {
  const { meetingGuideFeed: feed } = await context
    .get(gatewayContext)
    .query(MeetingGuideFeedDocument, { districtId: env.PORTAL_DISTRICT ?? null });
  return new Response(feed, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'public, max-age=300',
    },
  });
}
