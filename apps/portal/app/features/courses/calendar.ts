import type { Route } from './+types/calendar';
import { courseCalendar } from './course.server';

/** GET kurs/:id/kalender.ics. */
export function loader({ params, context }: Route.LoaderArgs) {
  return courseCalendar(params, context);
}
