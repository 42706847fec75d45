import { Tag } from '@digdir/designsystemet-react';
import type { ReportJobStatus } from '../../../generated/graphql';
import { useI18n } from '../../../shared/i18n/i18n-context';

const COLORS: Record<ReportJobStatus, 'neutral' | 'info' | 'success' | 'danger'> = {
  QUEUED: 'neutral',
  RUNNING: 'info',
  DONE: 'success',
  FAILED: 'danger',
};

export function JobStatus({ status }: { status: ReportJobStatus }) {
  const { t } = useI18n();
  return <Tag data-color={COLORS[status]}>{t(`reports.status.${status}`)}</Tag>;
}
