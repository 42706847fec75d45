import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/certificates';
import { loadCourse } from './course.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { courseTypeLabel } from './labels';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadCourse(params, context);
}

/** One certificate per completed participant; printing puts each on its own page. */
export default function CertificatesPage({ loaderData }: Route.ComponentProps) {
  const { t, lang, formatDate } = useI18n();
  const { portal, course } = loaderData;
  const completed = course.enrolments.filter((enrolment) => enrolment.completed);
  const dates = course.sessions.map(({ date }) => formatDate(date)).join(', ');
  return (
    <div className="portal-stack">
      <PageTitle>{t('courses.certificates.title', { title: course.title })}</PageTitle>
      <div className="portal-stack portal-no-print">
        <Paragraph data-size="sm">
          <AppLink to={portalPath(portal, `kurs/${course.id}`)}>{t('courses.attendance.back')}</AppLink>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {t('courses.certificates.title', { title: course.title })}
        </Heading>
        <Paragraph>{t('courses.certificates.intro', { count: completed.length })}</Paragraph>
        <div>
          {/* Printing is the browser's own (Ctrl+P); the button is a shortcut when scripts run. */}
          <Button type="button" variant="secondary" onClick={() => window.print()}>
            {t('courses.certificates.print')}
          </Button>
        </div>
      </div>
      {completed.map((enrolment) => (
        <article className="portal-certificate" key={enrolment.id} aria-label={enrolment.facilitator.name}>
          <Heading level={2} data-size="xl">
            {t('courses.certificates.heading')}
          </Heading>
          <Paragraph data-size="xl">
            <strong>{enrolment.facilitator.name}</strong>
          </Paragraph>
          <Paragraph>
            {t('courses.certificates.body', {
              type: courseTypeLabel(lang, course.type).toLocaleLowerCase(lang),
              title: course.title,
            })}
          </Paragraph>
          <Paragraph>{dates}</Paragraph>
          <Paragraph>{t('courses.certificates.office', { office: course.district.name })}</Paragraph>
          <Paragraph className="portal-certificate__signature">{t('courses.certificates.signature')}</Paragraph>
        </article>
      ))}
    </div>
  );
}
