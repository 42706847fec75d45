import { Button, Paragraph } from '@digdir/designsystemet-react';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from '@selvhjelp/domain';
import { Form, useNavigation } from 'react-router';
import { ConflictAlert } from '../../../shared/ui/conflict-alert';
import { AppLink } from '../../../shared/ui/app-link';
import { CheckboxField } from '../../../shared/forms/choice-fields';
import { FormErrorSummary, summaryOf } from '../../../shared/forms/error-summary';
import { TextareaField, TextField } from '../../../shared/forms/form-fields';
import type { FormErrors } from '../../../shared/forms/form-errors';
import { bindFields } from '../../../shared/forms/field-binding';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { AgreementFormField, AgreementFormValues } from '../agreement-form';
import { AGREEMENT_FORM_FIELDS, ATTACHMENT_ACCEPT } from '../agreement-form';
import { formatByteSize } from '../labels';

export interface AgreementFormProps {
  values: AgreementFormValues;
  errors: FormErrors<AgreementFormField>;
  /** Editing: the version to send, and the saved document (replace or remove). */
  version?: number;
  attachment?: { fileName: string; byteSize: number; href: string } | null;
  conflict?: boolean;
  /** A file was chosen but the form came back: browsers cannot keep it, so ask again. */
  fileDropped?: boolean;
  cancelHref: string;
  reloadHref?: string;
}

const fieldId = (field: AgreementFormField) => `agreement-${field}`;

/** An agreement with an optional document: a multipart POST that works without JavaScript. */
export function AgreementForm({
  values,
  errors,
  version,
  attachment,
  conflict,
  fileDropped,
  cancelHref,
  reloadHref,
}: AgreementFormProps) {
  const { t, lang } = useI18n();
  const navigation = useNavigation();
  const editing = version !== undefined;
  const label = (field: AgreementFormField) => t(`partners.agreement.${field}` as MessageKey);
  const summary = summaryOf(conflict ? { ...errors, form: [] } : errors, AGREEMENT_FORM_FIELDS, fieldId, label);
  const field = bindFields({ values, errors, id: fieldId, label });
  const attachmentHint = [
    t('partners.agreement.attachmentHint', { max: formatByteSize(lang, DEFAULT_ATTACHMENT_MAX_BYTES) }),
    fileDropped ? t('partners.agreement.chooseAgain') : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Form method="post" encType="multipart/form-data" className="portal-stack" noValidate>
      <FormErrorSummary errors={summary} />
      {conflict ? <ConflictAlert reloadHref={reloadHref ?? cancelHref} catalogue="partners" /> : null}
      <input type="hidden" name="intent" value="save" />
      {editing ? <input type="hidden" name="version" value={version} /> : null}
      <TextField {...field.text('title')} required autoComplete="off" />
      <div className="portal-field-row">
        <TextField {...field.text('startsOn')} required type="date" />
        <TextField {...field.text('endsOn')} type="date" description={t('partners.agreement.endsOnHint')} />
      </div>
      <TextareaField {...field.text('scope')} required />
      {attachment ? (
        <Paragraph>
          {t('partners.agreement.current')}{' '}
          <a href={attachment.href} className="ds-link" download={attachment.fileName}>
            {`${attachment.fileName} (${formatByteSize(lang, attachment.byteSize)})`}
          </a>
        </Paragraph>
      ) : null}
      <TextField
        id={fieldId('attachment')}
        name="attachment"
        type="file"
        accept={ATTACHMENT_ACCEPT}
        label={attachment ? t('partners.agreement.replace') : label('attachment')}
        description={attachmentHint}
        error={errors.fields.attachment}
      />
      {attachment ? (
        <CheckboxField
          id={fieldId('attachment') + '-remove'}
          name="removeAttachment"
          label={t('partners.agreement.removeAttachment')}
          defaultChecked={values.removeAttachment}
        />
      ) : null}
      <div className="portal-actions">
        <Button type="submit" loading={navigation.state === 'submitting'}>
          {editing ? t('partners.form.save') : t('partners.agreement.create')}
        </Button>
        <AppLink to={cancelHref}>{t('partners.form.cancel')}</AppLink>
      </div>
    </Form>
  );
}
