import type { Route } from './+types/calendar-feed';
import { calendarFeed } from './calendar-feed.server';

/** GET /:portal/kalender/:token: the subscription feed (no login; the token is the credential). */
export function loader({ params, context }: Route.LoaderArgs) {
  return calendarFeed(params.token, context);
}
