import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Form, useNavigation } from 'react-router';
import { ConflictAlert } from '../../../shared/ui/conflict-alert';
import { AppLink } from '../../../shared/ui/app-link';
import { ChoiceGroup } from '../../../shared/forms/choice-fields';
import { FormErrorSummary, summaryOf } from '../../../shared/forms/error-summary';
import { namedOptions, SelectField, TextField } from '../../../shared/forms/form-fields';
import { bindFields } from '../../../shared/forms/field-binding';
import type { FormErrors } from '../../../shared/forms/form-errors';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { ApiClientFormField, ApiClientFormValues } from '../api-client-form';
import { API_CLIENT_FORM_FIELDS, SCOPE_CHOICES } from '../api-client-form';
import { scopeLabel } from '../labels';

export interface ApiClientFormProps {
  values: ApiClientFormValues;
  errors: FormErrors<ApiClientFormField>;
  partners: readonly { id: string; name: string }[];
  districts: readonly { id: string; name: string }[];
  /** A district lead's portal: the district is shown, not chosen. */
  fixedDistrictId: string | null;
  version?: number;
  conflict?: { version: number } | null;
  cancelHref: string;
  reloadHref?: string;
}

const fieldId = (field: ApiClientFormField) => `api-client-${field}`;

/** Registering and editing an API client: a plain POST that works without JavaScript. */
export function ApiClientForm({
  values,
  errors,
  partners,
  districts,
  fixedDistrictId,
  version,
  conflict,
  cancelHref,
  reloadHref,
}: ApiClientFormProps) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const editing = version !== undefined;
  const label = (field: ApiClientFormField) => t(`apiClients.field.${field}` as MessageKey);
  const summary = summaryOf(conflict ? { ...errors, form: [] } : errors, API_CLIENT_FORM_FIELDS, fieldId, label);
  const field = bindFields({ values, errors, id: fieldId, label });
  const fixedDistrict = districts.find(({ id }) => id === fixedDistrictId);
  return (
    <Form method="post" className="portal-stack" noValidate>
      <FormErrorSummary errors={summary} />
      {conflict ? <ConflictAlert reloadHref={reloadHref ?? cancelHref} catalogue="apiClients" /> : null}
      {editing ? <input type="hidden" name="version" value={conflict?.version ?? version} /> : null}
      <TextField
        {...field.text('name')}
        description={t('apiClients.field.nameHint')}
        autoComplete="organization"
        required
      />
      <TextField {...field.text('contactName')} autoComplete="off" required />
      <TextField {...field.text('contactEmail')} type="email" autoComplete="off" required />
      <TextField
        {...field.text('organisationNumber')}
        description={t('apiClients.field.organisationNumberHint')}
        inputMode="numeric"
        autoComplete="off"
      />
      <SelectField
        {...field.text('partnerId')}
        description={t('apiClients.field.partnerIdHint')}
        blank={t('apiClients.field.noPartner')}
        options={namedOptions(partners)}
      />
      <ChoiceGroup
        {...field.choice('scopes')}
        type="checkbox"
        required
        description={t('apiClients.field.scopesHint')}
        options={SCOPE_CHOICES.map(({ value }) => ({ value, label: scopeLabel(t, value) }))}
      />
      {fixedDistrict ? (
        <div className="ds-field">
          <Paragraph data-size="sm" id={fieldId('districtIds')}>
            <strong>{t('apiClients.field.districtIdsFixed')}:</strong> {fixedDistrict.name}
          </Paragraph>
          <Paragraph data-size="sm">{t('apiClients.field.districtIdsFixedHint')}</Paragraph>
        </div>
      ) : (
        <ChoiceGroup
          {...field.choice('districtIds')}
          type="checkbox"
          required
          options={namedOptions(districts)}
          columns
        />
      )}
      <TextField
        {...field.text('expiresAt')}
        type="date"
        description={t('apiClients.field.expiresAtHint')}
        autoComplete="off"
      />
      <div className="portal-actions">
        <Button type="submit" loading={navigation.state === 'submitting'}>
          {editing ? t('apiClients.form.save') : t('apiClients.form.create')}
        </Button>
        <AppLink to={cancelHref}>{t('apiClients.form.cancel')}</AppLink>
      </div>
    </Form>
  );
}
