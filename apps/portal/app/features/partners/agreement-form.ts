import { ATTACHMENT_TYPES, DEFAULT_ATTACHMENT_MAX_BYTES } from '@selvhjelp/domain';
import type { AgreementInput } from '../../generated/graphql';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { isIsoDate } from '../../shared/dates/dates';
import type { Lang, Translate } from '../../shared/i18n/i18n';
import { formatByteSize } from './labels';

export interface AgreementFormValues {
  title: string;
  startsOn: string;
  endsOn: string;
  scope: string;
  /** Only when editing: drop the saved document. */
  removeAttachment: boolean;
}

export type AgreementFormField = Exclude<keyof AgreementFormValues, 'removeAttachment'> | 'attachment';

export const AGREEMENT_FORM_FIELDS: readonly AgreementFormField[] = [
  'title',
  'startsOn',
  'endsOn',
  'scope',
  'attachment',
];

export const EMPTY_AGREEMENT_FORM: AgreementFormValues = {
  title: '',
  startsOn: '',
  endsOn: '',
  scope: '',
  removeAttachment: false,
};

/** For the file input's `accept`: the allowed extensions and content types. */
export const ATTACHMENT_ACCEPT = Object.values(ATTACHMENT_TYPES)
  .flatMap(({ contentType, extensions }) => [...extensions.map((extension) => `.${extension}`), contentType])
  .join(',');

const ALLOWED_EXTENSIONS: readonly string[] = Object.values(ATTACHMENT_TYPES).flatMap(({ extensions }) => extensions);

export function readAgreementForm(form: FormData): { values: AgreementFormValues; file: File | null } {
  const file = form.get('attachment');
  return {
    values: {
      title: formText(form, 'title').trim(),
      startsOn: formText(form, 'startsOn').trim(),
      endsOn: formText(form, 'endsOn').trim(),
      scope: formText(form, 'scope').trim(),
      removeAttachment: formText(form, 'removeAttachment') === 'true',
    },
    // A form sent without choosing a file carries an empty, nameless part.
    file: file instanceof File && file.size > 0 && file.name !== '' ? file : null,
  };
}

/** Why the portal will not send the file (the gateway checks the content again), or null. */
export function attachmentProblem(
  file: { name: string; size: number },
  t: Translate,
  lang: Lang,
  maxBytes = DEFAULT_ATTACHMENT_MAX_BYTES,
): string | null {
  if (file.size > maxBytes) return t('partners.agreement.tooLarge', { max: formatByteSize(lang, maxBytes) });
  const dot = file.name.lastIndexOf('.');
  const extension = dot < 0 ? '' : file.name.slice(dot + 1).toLowerCase();
  if (!ALLOWED_EXTENSIONS.includes(extension)) return t('partners.agreement.wrongType');
  return null;
}

export type AgreementInputResult =
  { ok: true; input: AgreementInput } | { ok: false; errors: FormErrors<AgreementFormField> };

/** `AgreementInput` from the form: required fields, date format and order are hints; the gateway decides. */
export function toAgreementInput(values: AgreementFormValues, t: Translate): AgreementInputResult {
  const errors = emptyFormErrors<AgreementFormField>();
  if (!values.title) errors.fields.title = t('validation.required');
  if (!values.startsOn) errors.fields.startsOn = t('validation.required');
  else if (!isIsoDate(values.startsOn)) errors.fields.startsOn = t('partners.form.dateFormat');
  if (values.endsOn && !isIsoDate(values.endsOn)) errors.fields.endsOn = t('partners.form.dateFormat');
  else if (values.endsOn && isIsoDate(values.startsOn) && values.endsOn < values.startsOn)
    errors.fields.endsOn = t('partners.agreement.endsBeforeStart');
  if (!values.scope) errors.fields.scope = t('validation.required');
  if (Object.keys(errors.fields).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: { title: values.title, startsOn: values.startsOn, endsOn: values.endsOn || null, scope: values.scope },
  };
}

/**
 * The most the portal reads of an agreement form. A document over its limit (up to this) is read
 * and dropped, keeping the other fields; a larger body is refused outright.
 */
export const AGREEMENT_FORM_MAX_BYTES = 4 * DEFAULT_ATTACHMENT_MAX_BYTES;

/** `attachment; filename*=UTF-8''…` with a plain ASCII fallback for old clients. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
