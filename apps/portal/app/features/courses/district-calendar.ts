import type { Route } from './+types/district-calendar';
import { districtCourseCalendar } from './course.server';

/** GET kurs/kalender.ics. */
export function loader({ context }: Route.LoaderArgs) {
  return districtCourseCalendar(context);
}
