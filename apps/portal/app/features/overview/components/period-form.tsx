import { Button } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { CheckboxField } from '../../../shared/forms/choice-fields';
import { FormErrorSummary, summaryOf } from '../../../shared/forms/error-summary';
import type { FormErrors } from '../../../shared/forms/form-errors';
import { TextField } from '../../../shared/forms/form-fields';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { AppLink } from '../../../shared/ui/app-link';
import type { OverviewQuery, PeriodField } from '../overview-query';
import { PERIOD_FIELDS } from '../overview-query';

const fieldId = (field: PeriodField) => `overview-${field}`;

/**
 * The period: from/to days and "compare with the same period last year". A GET form, so it
 * works without JavaScript and the address can be bookmarked; errors stand next to their fields
 * and in a summary above, and what was typed is kept.
 */
export function PeriodForm({
  query,
  errors,
  resetTo,
}: {
  query: OverviewQuery;
  errors: FormErrors<PeriodField>;
  resetTo: string;
}) {
  const { t } = useI18n();
  const label = (field: PeriodField) => t(field === 'from' ? 'overview.period.from' : 'overview.period.to');
  return (
    <Form method="get" className="portal-filters" aria-label={t('overview.period.heading')} noValidate>
      <FormErrorSummary errors={summaryOf(errors, PERIOD_FIELDS, fieldId, label)} id="overview-errors" />
      {PERIOD_FIELDS.map((field) => (
        <TextField
          key={field}
          id={fieldId(field)}
          name={field}
          type="date"
          label={label(field)}
          defaultValue={query[field]}
          error={errors.fields[field]}
        />
      ))}
      <CheckboxField
        id="overview-compare"
        name="compare"
        value="1"
        label={t('overview.period.compare')}
        defaultChecked={query.compare}
      />
      <div className="portal-actions">
        <Button type="submit" variant="secondary">
          {t('overview.period.show')}
        </Button>
        <AppLink to={resetTo}>{t('overview.period.thisYear')}</AppLink>
      </div>
    </Form>
  );
}
