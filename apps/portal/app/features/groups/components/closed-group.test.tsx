import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createRoutesStub } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { GroupPageQuery, PublicGroupQuery } from '../../../generated/graphql';
import { I18nProvider } from '../../../shared/i18n/i18n-context';
import { PublicGroupDetails } from '../../finder/components/public-group';
import { FollowUpSection } from './follow-up-section';
import { GroupOverview } from './group-overview';

const meetings = [{ start: '2026-03-03T17:00:00.000Z', end: '2026-03-03T18:30:00.000Z' }];

const group = {
  id: 'g1',
  slug: 'sorggruppe-bergen',
  name: 'Sorggruppe Bergen',
  description: 'For deg som har mistet noen.',
  status: 'RUNNING',
  themes: [{ id: 'grief', label: 'Sorg' }],
  targetGroup: 'AFFECTED',
  municipality: { number: '4601', name: 'Bergen', county: { name: 'Vestland' } },
  district: { id: 'vest', name: 'Vest' },
  format: 'IN_PERSON',
  venue: {
    name: 'Frivilligsentralen',
    streetAddress: 'Storgata 1',
    postalCode: '5003',
    postalPlace: 'Bergen',
    stepFreeAccess: true,
    hearingLoop: false,
    accessibilityNotes: null,
    partner: { id: 'p1', name: 'Bergen frivilligsentral' },
  },
  meetingUrl: null,
  languages: ['nb'],
  openForNewMembers: true,
  maxSize: 8,
  schedule: {
    kind: 'WEEKLY',
    weekday: 'TUESDAY',
    nth: null,
    dates: [],
    startTime: '18:00',
    durationMinutes: 90,
    startDate: '2026-01-06',
    endDate: null,
  },
  originActivities: [],
  nextMeetings: meetings,
  nextFollowUpDue: '2026-06-01',
  followUps: [],
  contact: { officeName: 'Selvhjelp Vest', email: 'vest@example.org', phone: '55 55 55 55' },
};

const closed = { ...group, status: 'CLOSED', nextFollowUpDue: null };

function render(node: ReactNode): string {
  const Stub = createRoutesStub([{ path: '/vest/grupper/g1', Component: () => node }]);
  return renderToStaticMarkup(
    <I18nProvider lang="nb">
      <Stub initialEntries={['/vest/grupper/g1']} />
    </I18nProvider>,
  );
}

const staffGroup = (value: object) => value as unknown as GroupPageQuery['group'];
const publicGroup = (value: object) => value as unknown as PublicGroupQuery['publicGroup'];

describe('a closed group', () => {
  it('shows staff no next meetings and no "open for new members"', () => {
    const running = render(<GroupOverview group={staffGroup(group)} portalBase="/vest" />);
    expect(running).toContain('data-testid="next-meetings"');
    expect(running).toContain('Åpen for nye medlemmer');
    const html = render(<GroupOverview group={staffGroup(closed)} portalBase="/vest" />);
    expect(html).not.toContain('data-testid="next-meetings"');
    expect(html).not.toContain('Neste møter');
    expect(html).not.toContain('Åpen for nye medlemmer');
  });

  it('offers no follow-up form', () => {
    expect(render(<FollowUpSection group={staffGroup(group)} canEdit today="2026-02-01" />)).toContain(
      'name="intent" value="followUp"',
    );
    expect(render(<FollowUpSection group={staffGroup(closed)} canEdit today="2026-02-01" />)).not.toContain(
      'name="intent" value="followUp"',
    );
  });

  it('shows the public no next meetings and no "takes new members"', () => {
    expect(render(<PublicGroupDetails group={publicGroup(group)} />)).toContain('tar imot nye medlemmer');
    const html = render(<PublicGroupDetails group={publicGroup(closed)} />);
    expect(html).not.toContain('data-testid="next-meetings"');
    expect(html).not.toContain('tar imot nye medlemmer');
  });
});

describe('the national office reading a group', () => {
  it('sees the venue’s partner as text, since partner pages are the district’s', () => {
    const district = render(<GroupOverview group={staffGroup(group)} portalBase="/vest" />);
    expect(district).toMatch(/<a[^>]*href="\/vest\/samarbeidspartnere\/p1"/);
    const national = render(
      <GroupOverview group={staffGroup(group)} portalBase="/nasjonalt" registersLinked={false} />,
    );
    expect(national).not.toContain('samarbeidspartnere/p1');
    expect(national).toContain('Bergen frivilligsentral');
  });
});
