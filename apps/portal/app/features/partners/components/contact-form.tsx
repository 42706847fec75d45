import { Button } from '@digdir/designsystemet-react';
import { Form, useNavigation } from 'react-router';
import { ConflictAlert } from '../../../shared/ui/conflict-alert';
import { AppLink } from '../../../shared/ui/app-link';
import { FormErrorSummary, summaryOf } from '../../../shared/forms/error-summary';
import { namedOptions, SelectField, TextareaField, TextField } from '../../../shared/forms/form-fields';
import { bindFields } from '../../../shared/forms/field-binding';
import type { FormErrors } from '../../../shared/forms/form-errors';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { ContactFormField, ContactFormValues, MoveFormField, MoveFormValues } from '../contact-form';
import { CONTACT_FORM_FIELDS, LEFT_NO_PARTNER, MOVE_FORM_FIELDS } from '../contact-form';

export interface ContactFormProps {
  values: ContactFormValues;
  errors: FormErrors<ContactFormField>;
  /** Editing: the version to send, and `intent=save`. Adding: the start date is asked for. */
  version?: number;
  conflict?: boolean;
  cancelHref: string;
  /** Where to post (the page without `?melding=…`); the current address when left out. */
  action?: string;
  reloadHref?: string;
}

const contactFieldId = (field: ContactFormField) => `contact-${field}`;

/** Adding a person at a partner, or editing one: a plain POST. */
export function ContactForm({ values, errors, version, conflict, cancelHref, action, reloadHref }: ContactFormProps) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const editing = version !== undefined;
  const fields = editing ? CONTACT_FORM_FIELDS.filter((field) => field !== 'since') : CONTACT_FORM_FIELDS;
  const label = (field: ContactFormField) => t(`partners.contact.${field}` as MessageKey);
  const summary = summaryOf(conflict ? { ...errors, form: [] } : errors, fields, contactFieldId, label);
  const field = bindFields({ values, errors, id: contactFieldId, label });
  return (
    <Form method="post" action={action} className="portal-stack" noValidate>
      <FormErrorSummary errors={summary} id="contact-error-summary" />
      {conflict ? <ConflictAlert reloadHref={reloadHref ?? cancelHref} catalogue="partners" /> : null}
      {editing ? (
        <>
          <input type="hidden" name="intent" value="save" />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}
      <TextField {...field.text('name')} type="text" required autoComplete="off" />
      <TextField {...field.text('role')} type="text" autoComplete="off" />
      <TextField {...field.text('email')} type="email" autoComplete="off" />
      <TextField {...field.text('phone')} type="tel" autoComplete="off" />
      <TextareaField {...field.text('consentNote')} description={t('partners.contact.consentNoteHint')} />
      {editing ? null : <TextField {...field.text('since')} type="date" autoComplete="off" />}
      <div className="portal-actions">
        <Button type="submit" loading={navigation.state === 'submitting'}>
          {editing ? t('partners.form.save') : t('partners.contact.create')}
        </Button>
        <AppLink to={cancelHref}>{t('partners.form.cancel')}</AppLink>
      </div>
    </Form>
  );
}

export interface MoveContactFormProps {
  values: MoveFormValues;
  errors: FormErrors<MoveFormField>;
  version: number;
  conflict: boolean;
  /** The district's partners other than the current one. */
  partners: readonly { id: string; name: string }[];
  /** The contact page: where the form posts, and the reload link after a conflict. */
  reloadHref: string;
}

const moveFieldId = (field: MoveFormField) => `move-${field}`;

/** Moving the person to another partner of the district, or marking that they left. */
export function MoveContactForm({ values, errors, version, conflict, partners, reloadHref }: MoveContactFormProps) {
  const { t } = useI18n();
  const label = (field: MoveFormField) => t(`partners.move.${field}` as MessageKey);
  const summary = summaryOf(conflict ? { ...errors, form: [] } : errors, MOVE_FORM_FIELDS, moveFieldId, label);
  const field = bindFields({ values, errors, id: moveFieldId, label });
  return (
    <Form method="post" action={reloadHref} className="portal-stack" noValidate>
      <FormErrorSummary errors={summary} id="move-error-summary" />
      {conflict ? <ConflictAlert reloadHref={reloadHref} catalogue="partners" /> : null}
      <input type="hidden" name="intent" value="move" />
      <input type="hidden" name="version" value={version} />
      <SelectField
        {...field.text('toPartnerId')}
        blank={t('partners.field.choose')}
        options={[{ value: LEFT_NO_PARTNER, label: t('partners.move.left') }, ...namedOptions(partners)]}
      />
      <TextField {...field.text('role')} description={t('partners.move.roleHint')} autoComplete="off" />
      <TextField {...field.text('date')} required type="date" />
      <div className="portal-actions">
        <Button type="submit" variant="secondary">
          {t('partners.move.submit')}
        </Button>
      </div>
    </Form>
  );
}
