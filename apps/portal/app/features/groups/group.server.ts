import type { RouterContextProvider } from 'react-router';
import { gatewayContext, portalContext } from '../../context.server';
import { graphql } from '../../generated';
import { todayInOslo } from '../../shared/dates/dates';
import { loadGroupFacilitators } from './group-facilitators.server';

export const GroupPageDocument = graphql(`
  query GroupPage($id: ID!) {
    group(id: $id) {
      id
      slug
      status
      isPublic
      version
      createdAt
      updatedAt
      nextFollowUpDue
      district {
        id
        name
      }
      themes {
        id
        label
      }
      ...GroupFormFields
      venue {
        partner {
          id
          name
        }
      }
      originActivities {
        id
        title
        date
      }
      nextMeetings(count: 5) {
        start
        end
      }
      statusHistory {
        from
        to
        effectiveDate
        reason
        changedAt
        changedBy {
          name
        }
      }
      followUps {
        id
        date
        note
        createdAt
        registeredBy {
          name
        }
      }
      history {
        id
        kind
        changedAt
        changedBy {
          name
        }
        fields {
          field
          oldValue
          newValue
        }
      }
    }
  }
`);

/** What a notice on the group page may say after a redirect here. */
export const GROUP_PAGE_NOTICES = ['created', 'saved'] as const;
export type GroupPageNotice = (typeof GROUP_PAGE_NOTICES)[number];

/** GET grupper/:id: the whole group. NOT_FOUND (missing, or another district's) is the 404 page. */
export async function loadGroupPage(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(portalContext);
  const { group } = await context.get(gatewayContext).query(GroupPageDocument, { id: params.id });
  const notice = new URL(request.url).searchParams.get('melding');
  const facilitators = await loadGroupFacilitators(params, group.status, context);
  return {
    facilitators,
    portal,
    group,
    today: todayInOslo(),
    notice: (GROUP_PAGE_NOTICES as readonly string[]).includes(notice ?? '') ? (notice as GroupPageNotice) : null,
    // Read-only for the national office; the district keeps its own register.
    canEdit: portal.kind === 'district',
  };
}
