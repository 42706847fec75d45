import { graphql } from '../generated';
import type { ViewerQuery } from '../generated/graphql';
import type { Portal } from '../shared/layout/portals';

// One gateway call per protected page: who is asking, and the session as the gateway keeps it.
export const ViewerDocument = graphql(`
  query Viewer {
    me {
      id
      name
      email
      role
      district {
        id
        name
        officeTown
      }
    }
    currentSession {
      realm {
        districtId
      }
      expiresAt
      idleExpiresAt
      idleTimeoutSeconds
    }
  }
`);

export type SessionInfo = ViewerQuery['currentSession'];

/** The logged-in staff user as the shell needs it, with the session behind the request. */
export type Viewer = ViewerQuery['me'] & { session: SessionInfo };

/**
 * Whether the gateway's record of a session opens this portal. The cookie holds only the
 * token, so nothing the browser sends can change the answer; a session without a realm (an
 * API client's) opens no portal.
 */
export function sessionOpensPortal(session: Pick<SessionInfo, 'realm'>, portal: Portal): boolean {
  return (
    session.realm !== null && session.realm !== undefined && (session.realm.districtId ?? null) === portal.districtId
  );
}
