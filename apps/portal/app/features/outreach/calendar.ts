import type { Route } from './+types/calendar';
import { outreachCalendar } from './list.server';

/** GET aktiviteter/kalender.ics. */
export function loader({ context }: Route.LoaderArgs) {
  return outreachCalendar(context);
}
