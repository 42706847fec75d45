import type { RouteConfig } from '@react-router/dev/routes';
import { index, layout, route } from '@react-router/dev/routes';

// One route table for both ways of running: unpinned, `/` lists every office; pinned
// (PORTAL_DISTRICT), the `:portal` middleware answers 404 for all but its own district, so the
// URLs are the same either way.
export default [
  index('features/districts/start.tsx'),
  route('healthz', 'routes/healthz.ts'),
  route('sprak', 'shared/i18n/language.ts'),
  // The public group finder: no login, no staff chrome; a pinned instance shows its own district.
  route('grupper', 'features/finder/layout.tsx', [
    index('features/finder/finder.tsx'),
    route('meeting-guide.json', 'features/finder/meeting-guide.ts'),
    route(':slug', 'features/finder/group.tsx'),
    route(':slug/kalender.ics', 'features/finder/calendar.ts'),
  ]),
  // A survey's public link: no login, no staff chrome, and nothing about the caller goes on.
  route('undersokelse/:token', 'features/surveys/layout.tsx', [
    index('features/surveys/answer.tsx'),
    route('takk', 'features/surveys/thanks.tsx'),
  ]),
  // The partner API's documentation, explorer and the explorer's relay to the gateway: no login.
  route('api', 'features/api/layout.tsx', [
    route('dokumentasjon', 'features/api/docs.tsx'),
    route('utforsker', 'features/api/explorer.tsx'),
  ]),
  route('api/graphql', 'features/api/graphql-proxy.ts'),
  route(':portal', 'shared/layout/layout.tsx', [
    route('logg-inn', 'features/auth/login.tsx'),
    route('logg-ut', 'features/auth/logout.ts'),
    route('nytt-passord', 'features/auth/new-password.tsx'),
    // "Stay logged in" from the idle warning: answers data, never a page or a redirect.
    route('okt', 'features/auth/keep-alive.ts'),
    // Calendar apps subscribe without a login: the secret token in the address is the credential.
    layout('shared/layout/district.tsx', { id: 'district-calendar-feed' }, [
      route('kalender/:token', 'features/outreach/calendar-feed.ts'),
    ]),
    layout('shared/layout/shell.tsx', [
      index('features/home/home.tsx'),
      route('brukere', 'features/users/users.tsx'),
      // API clients: administrators in the national portal, district leads in their own (issue 14).
      route('api-klienter', 'features/api-clients/list.tsx'),
      route('api-klienter/ny', 'features/api-clients/new.tsx'),
      route('api-klienter/:id', 'features/api-clients/client.tsx'),
      route('api-klienter/:id/rediger', 'features/api-clients/edit.tsx'),
      route('distrikter', 'features/districts/districts.tsx'),
      route('grupper', 'features/groups/list.tsx'),
      route('grupper/eksport.csv', 'features/groups/export.ts'),
      route('grupper/oppfolging', 'features/groups/follow-ups.tsx'),
      route('grupper/:id', 'features/groups/group.tsx'),
      // Registers are per district: the national portal answers 404 here (districtMiddleware).
      layout('shared/layout/district.tsx', [
        route('grupper/ny', 'features/groups/new.tsx'),
        route('grupper/import', 'features/groups/import.tsx'),
        route('grupper/:id/rediger', 'features/groups/edit.tsx'),
        route('igangsettere', 'features/facilitators/list.tsx'),
        route('igangsettere/ny', 'features/facilitators/new.tsx'),
        route('igangsettere/:id', 'features/facilitators/facilitator.tsx'),
        route('igangsettere/:id/rediger', 'features/facilitators/edit.tsx'),
        route('kurs', 'features/courses/list.tsx'),
        route('kurs/ny', 'features/courses/new.tsx'),
        route('kurs/kalender.ics', 'features/courses/district-calendar.ts'),
        route('kurs/:id', 'features/courses/course.tsx'),
        route('kurs/:id/rediger', 'features/courses/edit.tsx'),
        route('kurs/:id/oppmote', 'features/courses/attendance.tsx'),
        route('kurs/:id/kursbevis', 'features/courses/certificates.tsx'),
        route('kurs/:id/kalender.ics', 'features/courses/calendar.ts'),
        route('samarbeidspartnere', 'features/partners/list.tsx'),
        route('samarbeidspartnere/ny', 'features/partners/new.tsx'),
        route('samarbeidspartnere/:id', 'features/partners/partner.tsx'),
        route('samarbeidspartnere/:id/rediger', 'features/partners/edit.tsx'),
        route('samarbeidspartnere/:id/kontaktpersoner/ny', 'features/partners/contact-new.tsx'),
        route('samarbeidspartnere/:id/avtaler/ny', 'features/partners/agreement-new.tsx'),
        route('samarbeidspartnere/:id/avtaler/:agreementId', 'features/partners/agreement-edit.tsx'),
        route('samarbeidspartnere/:id/avtaler/:agreementId/vedlegg', 'features/partners/agreement-attachment.ts'),
        route('kontaktpersoner/:id', 'features/partners/contact.tsx'),
        route('aktiviteter', 'features/outreach/list.tsx'),
        route('aktiviteter/ny', 'features/outreach/new.tsx'),
        route('aktiviteter/eksport.csv', 'features/outreach/export.ts'),
        route('aktiviteter/kalender.ics', 'features/outreach/calendar.ts'),
        route('aktiviteter/:id', 'features/outreach/activity.tsx'),
        route('aktiviteter/:id/rediger', 'features/outreach/edit.tsx'),
        route('nettverk', 'features/outreach/network.tsx'),
        route('likepersoner', 'features/volunteer-peers/list.tsx'),
        route('likepersoner/ny', 'features/volunteer-peers/new.tsx'),
        route('likepersoner/:id', 'features/volunteer-peers/peer.tsx'),
        route('likepersoner/:id/rediger', 'features/volunteer-peers/edit.tsx'),
        route('henvendelser', 'features/inquiries/list.tsx'),
        route('henvendelser/ny', 'features/inquiries/new.tsx'),
        route('henvendelser/:id', 'features/inquiries/inquiry.tsx'),
        route('henvendelser/:id/rediger', 'features/inquiries/edit.tsx'),
        route('interesseliste', 'features/inquiries/interest-list.tsx'),
        route('henvisninger', 'features/inquiries/referrals.tsx'),
        route('henvisninger/ny', 'features/inquiries/referral-new.tsx'),
        route('henvisninger/:id/rediger', 'features/inquiries/referral-edit.tsx'),
        route('saker', 'features/follow-up-cases/list.tsx'),
        route('saker/ny', 'features/follow-up-cases/new.tsx'),
        route('saker/:id', 'features/follow-up-cases/case.tsx'),
        route('saker/:id/likeperson', 'features/follow-up-cases/match.tsx'),
        route('saker/:id/innsyn', 'features/follow-up-cases/access-log.tsx'),
        route('saker/:id/eksport', 'features/follow-up-cases/export.ts'),
      ]),
      route('utadrettet', 'features/outreach/national-outreach.tsx'),
      // The national office's own pages: 404 in a district portal (nationalMiddleware).
      layout('shared/layout/national.tsx', [
        route('oversikt', 'features/overview/overview.tsx'),
        // One district read from afar: its non-personal registers only, never inquiries,
        // cases or volunteer peers (no such routes here, so those addresses are 404).
        route('distrikter/:districtId', 'features/districts/district-layout.tsx', [
          index('features/districts/district.tsx'),
          route('grupper', 'features/districts/district-groups.tsx'),
          route('kurs', 'features/districts/district-courses.tsx'),
          route('samarbeidspartnere', 'features/districts/district-partners.tsx'),
          route('aktiviteter', 'features/districts/district-activities.tsx'),
        ]),
      ]),
      // Reports: the runs for all districts are the national portal's (404 elsewhere); one
      // report on request works in every portal (its own district's, or the national one).
      route('rapporter', 'features/reports/reports.tsx'),
      route('rapporter/:id', 'features/reports/job.tsx'),
      route('rapporter/filer/:fileId', 'features/reports/file.ts'),
      route('rapport.xlsx', 'features/reports/download-xlsx.ts'),
      route('rapport.csv', 'features/reports/download-csv.ts'),
      // Surveys: a district's own, or the national office's (and the comparison across districts).
      route('undersokelser', 'features/surveys/list.tsx'),
      route('undersokelser/ny', 'features/surveys/new.tsx'),
      route('undersokelser/sammenligning', 'features/surveys/comparison.tsx'),
      route('undersokelser/:id', 'features/surveys/results.tsx'),
    ]),
    route('*', 'routes/not-found.tsx', { id: 'portal-not-found' }),
  ]),
  route('*', 'routes/not-found.tsx', { id: 'not-found' }),
] satisfies RouteConfig;
