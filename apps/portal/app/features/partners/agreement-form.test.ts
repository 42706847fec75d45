import { DEFAULT_ATTACHMENT_MAX_BYTES } from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_FORM_FIELDS,
  ATTACHMENT_ACCEPT,
  attachmentProblem,
  contentDisposition,
  readAgreementForm,
  toAgreementInput,
} from './agreement-form';
import { formErrorsFromGateway } from '../../shared/forms/form-errors';
import { partnerFieldOf } from './partner-form-errors';
import { formOf } from './test-support';
import { GatewayError } from '../../shared/gateway/errors';
import { createTranslator } from '../../shared/i18n/i18n';

const t = createTranslator('nb');
const pdf = new File([new TextEncoder().encode('%PDF-1.7 avtale')], 'Avtale 2026.pdf', { type: 'application/pdf' });

describe('agreement form', () => {
  it('builds AgreementInput and reads the chosen file', () => {
    const { values, file } = readAgreementForm(
      formOf({
        title: ' Samarbeidsavtale ',
        startsOn: '2026-01-01',
        endsOn: '',
        scope: 'Lokaler og fagdager',
        attachment: pdf,
      }),
    );
    expect(toAgreementInput(values, t)).toEqual({
      ok: true,
      input: { title: 'Samarbeidsavtale', startsOn: '2026-01-01', endsOn: null, scope: 'Lokaler og fagdager' },
    });
    expect(file?.name).toBe('Avtale 2026.pdf');
  });

  it('ignores the empty part a form sends without a file, and reads "remove the document"', () => {
    const { values, file } = readAgreementForm(formOf({ attachment: new File([], ''), removeAttachment: 'true' }));
    expect(file).toBeNull();
    expect(values.removeAttachment).toBe(true);
  });

  it('refuses missing fields and an end before the start', () => {
    const result = toAgreementInput(
      { title: '', startsOn: '2026-05-01', endsOn: '2026-04-30', scope: '', removeAttachment: false },
      t,
    );
    expect(!result.ok && result.errors.fields).toEqual({
      title: t('validation.required'),
      endsOn: t('partners.agreement.endsBeforeStart'),
      scope: t('validation.required'),
    });
  });

  it('refuses files above the limit or of a type not allowed', () => {
    expect(attachmentProblem({ name: 'a.pdf', size: DEFAULT_ATTACHMENT_MAX_BYTES + 1 }, t, 'nb')).toBe(
      t('partners.agreement.tooLarge', { max: '5 MB' }),
    );
    expect(attachmentProblem({ name: 'a.exe', size: 10 }, t, 'nb')).toBe(t('partners.agreement.wrongType'));
    expect(attachmentProblem({ name: 'SCAN.JPEG', size: 10 }, t, 'nb')).toBeNull();
    expect(ATTACHMENT_ACCEPT).toContain('.pdf');
    expect(ATTACHMENT_ACCEPT).toContain('application/vnd.oasis.opendocument.text');
  });

  it('puts every attachment error on the file field', () => {
    const error = new GatewayError('BAD_USER_INPUT', 'x', [
      { field: 'input.attachment.contentBase64', message: 'Filen er for stor.' },
      { field: 'input.agreement.endsOn', message: 'Før start.' },
    ]);
    expect(
      formErrorsFromGateway(error, { fields: AGREEMENT_FORM_FIELDS, fieldOf: partnerFieldOf(AGREEMENT_FORM_FIELDS) })
        .fields,
    ).toEqual({ attachment: 'Filen er for stor.', endsOn: 'Før start.' });
  });

  it('names the download in UTF-8 with an ASCII fallback', () => {
    expect(contentDisposition('Avtale Åsane (2026).pdf')).toBe(
      `attachment; filename="Avtale _sane (2026).pdf"; filename*=UTF-8''Avtale%20%C3%85sane%20%282026%29.pdf`,
    );
  });
});
