import type { Route } from './+types/calendar';
import { publicGroupCalendar } from './group.server';

/** GET /grupper/:slug/kalender.ics. */
export function loader({ params, context }: Route.LoaderArgs) {
  return publicGroupCalendar(params, context);
}
