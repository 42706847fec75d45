import { Tag } from '@digdir/designsystemet-react';
import type { GroupStatus } from '../../../generated/graphql';
import { statusLabel } from '../labels';
import { useI18n } from '../../../shared/i18n/i18n-context';

const COLOURS: Record<GroupStatus, 'info' | 'accent' | 'success' | 'warning' | 'neutral'> = {
  IDEA: 'info',
  STARTING: 'accent',
  RUNNING: 'success',
  PAUSED: 'warning',
  CLOSED: 'neutral',
};

export function StatusTag({ status }: { status: GroupStatus }) {
  const { lang } = useI18n();
  return <Tag data-color={COLOURS[status]}>{statusLabel(lang, status)}</Tag>;
}

/** A due date, marked when it has passed (in text, not only colour). */
export function DueDate({ date, today }: { date: string | null | undefined; today: string }) {
  const { t, formatDate } = useI18n();
  if (!date) return <>{t('groups.none')}</>;
  const overdue = date < today;
  return (
    <span className="portal-due">
      <time dateTime={date}>{formatDate(date)}</time>
      {overdue ? (
        <Tag data-color="danger" data-size="sm">
          {t('groups.overdue')}
        </Tag>
      ) : null}
    </span>
  );
}
