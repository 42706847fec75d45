import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { AppLink } from '../../../shared/ui/app-link';
import { useI18n } from '../../../shared/i18n/i18n-context';

export interface AgendaSectionProps {
  /** Unique on the page: the heading's id, which names the section for screen readers. */
  id: string;
  title: string;
  totalCount: number;
  /** Given for lists that can be overdue: said in the count, in words. */
  overdueCount?: number;
  empty: string;
  /** The full list in the register's own page. */
  all: { to: string; label: string };
  children: ReactNode;
}

/**
 * One of the district home's short lists: a section named by its heading, the count of the whole
 * list in words, the first entries as a list, and a link to the full list. An empty list says so.
 */
export function AgendaSection({ id, title, totalCount, overdueCount, empty, all, children }: AgendaSectionProps) {
  const { t } = useI18n();
  const headingId = `agenda-${id}`;
  return (
    <section aria-labelledby={headingId} className="portal-stack portal-agenda-section">
      <Heading level={3} data-size="xs" id={headingId}>
        {title}
      </Heading>
      {totalCount === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">
            {overdueCount === undefined || overdueCount === 0
              ? t('home.agenda.count', { count: totalCount })
              : t('home.agenda.countOverdue', { count: totalCount, overdue: overdueCount })}
          </Paragraph>
          <ul className="portal-agenda-list">{children}</ul>
          <Paragraph data-size="sm">
            <AppLink to={all.to}>{all.label}</AppLink>
          </Paragraph>
        </>
      )}
    </section>
  );
}

/** One entry: what it is (a link to it), when, and "Forfalt" in words when the day has passed. */
export function AgendaItem({
  to,
  name,
  when,
  overdue,
}: {
  to: string;
  name: string;
  when: ReactNode;
  overdue?: boolean;
}) {
  const { t } = useI18n();
  return (
    <li className="portal-agenda-item">
      <AppLink to={to}>{name}</AppLink>
      <span className="portal-due">
        {when}
        {overdue ? (
          <Tag data-color="danger" data-size="sm">
            {t('home.agenda.overdue')}
          </Tag>
        ) : null}
      </span>
    </li>
  );
}
