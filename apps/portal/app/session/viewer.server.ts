import { graphql } from '../generated';
import type { ViewerQuery } from '../generated/graphql';

export const ViewerDocument = graphql(`
  query Viewer {
    me {
      id
      name
      email
      role
      district {
        id
      }
    }
  }
`);

/** The logged-in staff user as the shell needs it. */
export type Viewer = ViewerQuery['me'];
