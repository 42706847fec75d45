import type { RouteConfig } from '@react-router/dev/routes';
import { index, layout, route } from '@react-router/dev/routes';

// One route table for both ways of running: unpinned, `/` lists every office; pinned
// (PORTAL_DISTRICT), the `:portal` middleware answers 404 for all but its own district, so the
// URLs are the same either way.
export default [
  index('routes/start.tsx'),
  route('healthz', 'routes/healthz.ts'),
  route('sprak', 'routes/language.ts'),
  // The public group finder: no login, no staff chrome; a pinned instance shows its own district.
  route('grupper', 'routes/finder/layout.tsx', [
    index('routes/finder/finder.tsx'),
    route('meeting-guide.json', 'routes/finder/meeting-guide.ts'),
    route(':slug', 'routes/finder/group.tsx'),
    route(':slug/kalender.ics', 'routes/finder/calendar.ts'),
  ]),
  route(':portal', 'routes/portal/layout.tsx', [
    route('logg-inn', 'routes/portal/login.tsx'),
    route('logg-ut', 'routes/portal/logout.ts'),
    route('nytt-passord', 'routes/portal/new-password.tsx'),
    // "Stay logged in" from the idle warning: answers data, never a page or a redirect.
    route('okt', 'routes/portal/keep-alive.ts'),
    // Calendar apps subscribe without a login: the secret token in the address is the credential.
    route('kalender/:token', 'routes/portal/activities/calendar-feed.ts'),
    layout('routes/portal/shell.tsx', [
      index('routes/portal/home.tsx'),
      route('brukere', 'routes/portal/users.tsx'),
      route('distrikter', 'routes/portal/districts.tsx'),
      route('grupper', 'routes/portal/groups/list.tsx'),
      route('grupper/eksport.csv', 'routes/portal/groups/export.ts'),
      route('grupper/oppfolging', 'routes/portal/groups/follow-ups.tsx'),
      route('grupper/ny', 'routes/portal/groups/new.tsx'),
      route('grupper/import', 'routes/portal/groups/import.tsx'),
      route('grupper/:id', 'routes/portal/groups/group.tsx'),
      route('grupper/:id/rediger', 'routes/portal/groups/edit.tsx'),
      route('igangsettere', 'routes/portal/facilitators/list.tsx'),
      route('igangsettere/ny', 'routes/portal/facilitators/new.tsx'),
      route('igangsettere/:id', 'routes/portal/facilitators/facilitator.tsx'),
      route('igangsettere/:id/rediger', 'routes/portal/facilitators/edit.tsx'),
      route('kurs', 'routes/portal/courses/list.tsx'),
      route('kurs/ny', 'routes/portal/courses/new.tsx'),
      route('kurs/kalender.ics', 'routes/portal/courses/district-calendar.ts'),
      route('kurs/:id', 'routes/portal/courses/course.tsx'),
      route('kurs/:id/rediger', 'routes/portal/courses/edit.tsx'),
      route('kurs/:id/oppmote', 'routes/portal/courses/attendance.tsx'),
      route('kurs/:id/kursbevis', 'routes/portal/courses/certificates.tsx'),
      route('kurs/:id/kalender.ics', 'routes/portal/courses/calendar.ts'),
      route('samarbeidspartnere', 'routes/portal/partners/list.tsx'),
      route('samarbeidspartnere/ny', 'routes/portal/partners/new.tsx'),
      route('samarbeidspartnere/:id', 'routes/portal/partners/partner.tsx'),
      route('samarbeidspartnere/:id/rediger', 'routes/portal/partners/edit.tsx'),
      route('samarbeidspartnere/:id/kontaktpersoner/ny', 'routes/portal/partners/contact-new.tsx'),
      route('samarbeidspartnere/:id/avtaler/ny', 'routes/portal/partners/agreement-new.tsx'),
      route('samarbeidspartnere/:id/avtaler/:agreementId', 'routes/portal/partners/agreement-edit.tsx'),
      route('samarbeidspartnere/:id/avtaler/:agreementId/vedlegg', 'routes/portal/partners/agreement-attachment.ts'),
      route('kontaktpersoner/:id', 'routes/portal/partners/contact.tsx'),
      route('aktiviteter', 'routes/portal/activities/list.tsx'),
      route('aktiviteter/ny', 'routes/portal/activities/new.tsx'),
      route('aktiviteter/eksport.csv', 'routes/portal/activities/export.ts'),
      route('aktiviteter/kalender.ics', 'routes/portal/activities/calendar.ts'),
      route('aktiviteter/:id', 'routes/portal/activities/activity.tsx'),
      route('aktiviteter/:id/rediger', 'routes/portal/activities/edit.tsx'),
      route('nettverk', 'routes/portal/activities/network.tsx'),
      route('utadrettet', 'routes/portal/national-outreach.tsx'),
    ]),
    route('*', 'routes/not-found.tsx', { id: 'portal-not-found' }),
  ]),
  route('*', 'routes/not-found.tsx', { id: 'not-found' }),
] satisfies RouteConfig;
