import { Button, Heading } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { FormErrorSummary, summaryOf } from '../../../shared/forms/error-summary';
import { namedOptions, SelectField } from '../../../shared/forms/form-fields';
import { bindFields } from '../../../shared/forms/field-binding';
import type { FormErrors } from '../../../shared/forms/form-errors';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { InterestFormField, InterestFormValues } from '../inquiry-page-forms';
import { INTEREST_FORM_FIELDS } from '../inquiry-page-forms';

export interface InterestSectionProps {
  entries: readonly {
    id: string;
    theme: { label: string };
    municipality: { name: string };
    group?: { name: string } | null;
    closedOn?: string | null;
  }[];
  themes: readonly { id: string; name: string }[];
  municipalities: readonly { number: string; name: string }[];
  defaults: InterestFormValues;
  action: { errors: FormErrors<InterestFormField>; values: InterestFormValues } | null;
}

/** The person's places on interest lists, and a form to put them on one (theme and municipality). */
export function InterestSection({ entries, themes, municipalities, defaults, action }: InterestSectionProps) {
  const { t, formatDate } = useI18n();
  const id = (field: InterestFormField) => `interest-${field}`;
  const label = (field: InterestFormField) =>
    t(field === 'themeId' ? 'inquiries.page.interestTheme' : 'inquiries.page.interestMunicipality');
  const field = bindFields({ values: action?.values ?? defaults, errors: action?.errors, id, label });
  return (
    <section aria-labelledby="inquiry-interest-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="inquiry-interest-heading">
        {t('inquiries.page.interest')}
      </Heading>
      {entries.length === 0 ? (
        <p>{t('inquiries.page.noInterest')}</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.id}>
              {[entry.theme.label, entry.municipality.name, entry.group?.name].filter(Boolean).join(', ')}
              {entry.closedOn ? ` (${t('inquiries.page.interestClosed', { date: formatDate(entry.closedOn) })})` : null}
            </li>
          ))}
        </ul>
      )}
      <Form method="post" className="portal-stack" noValidate>
        <input type="hidden" name="intent" value="add-interest" />
        {action ? <FormErrorSummary errors={summaryOf(action.errors, INTEREST_FORM_FIELDS, id, label)} /> : null}
        <div className="portal-field-row">
          <SelectField
            {...field.text('themeId')}
            required
            blank={t('inquiries.form.choose')}
            options={namedOptions(themes)}
          />
          <SelectField
            {...field.text('municipalityNumber')}
            required
            blank={t('inquiries.form.choose')}
            options={namedOptions(municipalities)}
          />
        </div>
        <div className="portal-actions">
          <Button type="submit" variant="secondary">
            {t('inquiries.page.addInterest')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
