import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import type { Route } from './+types/new';
import { loadNewCase, newCaseAction } from './new.server';
import { PageTitle } from '../../shared/ui/page';
import { FormAlert, namedOptions, SelectField, TextField } from '../../shared/forms/form-fields';
import { useI18n } from '../../shared/i18n/i18n-context';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadNewCase(request, context);
}

export function action({ request, context }: Route.ActionArgs) {
  return newCaseAction(request, context);
}

export default function NewCasePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { inquiryId, staff, viewerId } = loaderData;
  const values = actionData?.values;
  const errors = actionData?.errors;
  return (
    <div className="portal-stack">
      <PageTitle>{t('cases.new.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('cases.new.title')}
      </Heading>
      {inquiryId ? (
        <Form method="post" className="portal-stack" noValidate>
          <Paragraph>{t('cases.new.intro')}</Paragraph>
          {errors ? (
            <FormAlert messages={[...errors.form, ...Object.values(errors.fields).filter((m): m is string => !!m)]} />
          ) : null}
          <input type="hidden" name="inquiryId" value={values?.inquiryId ?? inquiryId} />
          <SelectField
            id="new-responsibleStaffUserId"
            name="responsibleStaffUserId"
            label={t('cases.edit.responsible')}
            required
            defaultValue={values?.responsibleStaffUserId ?? viewerId}
            error={errors?.fields.responsibleStaffUserId}
            options={namedOptions(staff)}
          />
          <TextField
            id="new-nextFollowUpOn"
            name="nextFollowUpOn"
            type="date"
            label={t('cases.edit.next')}
            defaultValue={values?.nextFollowUpOn ?? ''}
            error={errors?.fields.nextFollowUpOn}
          />
          <div className="portal-actions">
            <Button type="submit">{t('cases.new.submit')}</Button>
          </div>
        </Form>
      ) : (
        <Paragraph>{t('cases.new.missing')}</Paragraph>
      )}
    </div>
  );
}
