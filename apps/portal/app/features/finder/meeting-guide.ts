import type { Route } from './+types/meeting-guide';
import { meetingGuideFeed } from './group.server';

/** GET /grupper/meeting-guide.json: the public feed (Meeting Guide format). */
export function loader({ context }: Route.LoaderArgs) {
  return meetingGuideFeed(context);
}
