import type { RouterContextProvider } from 'react-router';
import { gatewayContext, portalContext } from '../../context.server';
import { graphql } from '../../generated';
import { isIsoDate, todayInOslo } from '../../shared/dates/dates';

const GroupFollowUpsDueDocument = graphql(`
  query GroupFollowUpsDue($before: Date, $districtId: ID) {
    groupFollowUpsDue(before: $before, districtId: $districtId) {
      id
      name
      status
      nextFollowUpDue
      municipality {
        number
        name
      }
      district {
        id
        name
      }
      followUps {
        date
      }
    }
  }
`);

/** GET grupper/oppfolging: groups whose follow-up is due (by default within the gateway's 14 days), soonest first. */
export async function loadFollowUpsDue(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  const before = new URL(request.url).searchParams.get('before') ?? '';
  const { groupFollowUpsDue } = await context.get(gatewayContext).query(GroupFollowUpsDueDocument, {
    before: isIsoDate(before) ? before : null,
    districtId: portal.districtId,
  });
  const groups = groupFollowUpsDue
    .map((group) => ({
      ...group,
      lastFollowUp:
        group.followUps
          .map((followUp) => followUp.date)
          .sort()
          .at(-1) ?? null,
    }))
    // The gateway sorts already; sorting again keeps the page right whatever it sends.
    .sort((a, b) => (a.nextFollowUpDue ?? '9999').localeCompare(b.nextFollowUpDue ?? '9999'));
  return { portal, before: isIsoDate(before) ? before : '', today: todayInOslo(), groups };
}
