import { ListItem, ListUnordered, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../../shared/i18n/i18n-context';

/** Upcoming meetings as dates and times in Oslo, with machine-readable instants. */
export function MeetingList({
  meetings,
  empty,
}: {
  meetings: readonly { start: string; end: string }[];
  empty: string;
}) {
  const { formatMeeting } = useI18n();
  if (meetings.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <ListUnordered data-testid="next-meetings">
      {meetings.map((meeting) => (
        <ListItem key={meeting.start}>
          <time dateTime={meeting.start}>{formatMeeting(meeting.start, meeting.end)}</time>
        </ListItem>
      ))}
    </ListUnordered>
  );
}
