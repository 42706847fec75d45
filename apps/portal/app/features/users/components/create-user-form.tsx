import { Button, Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { Form } from 'react-router';
import type { Role } from '../../../generated/graphql';
import type { FormErrors } from '../../../shared/forms/form-errors';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { FormErrorSummary } from '../../../shared/forms/error-summary';
import { namedOptions, optionsOf, SelectField, TextField } from '../../../shared/forms/form-fields';
import { bindFields } from '../../../shared/forms/field-binding';

type CreateField = 'email' | 'name' | 'role' | 'districtId';

const FIELDS: readonly CreateField[] = ['name', 'email', 'role', 'districtId'];
const FIELD_IDS: Record<CreateField, string> = {
  name: 'create-name',
  email: 'create-email',
  role: 'create-role',
  districtId: 'create-district',
};

export interface CreateUserFormProps {
  roleOptions: readonly Role[];
  districtOptions: readonly { id: string; name: string }[];
  errors?: FormErrors<CreateField> | undefined;
  values?: Partial<Record<CreateField, string>> | undefined;
  /** Changes after each successful creation, to empty the form again. */
  createdToken?: string | undefined;
}

export function CreateUserForm({ roleOptions, districtOptions, errors, values, createdToken }: CreateUserFormProps) {
  const { t } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const field = bindFields({
    values: values ?? {},
    errors,
    id: (name: CreateField) => FIELD_IDS[name],
    label: (name: CreateField) => t(`users.create.${name === 'districtId' ? 'district' : name}`),
  });
  useEffect(() => {
    if (createdToken) formRef.current?.reset();
  }, [createdToken]);
  return (
    <section aria-labelledby="create-user-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="create-user-heading">
        {t('users.create.heading')}
      </Heading>
      {/* The server checks every field and answers all errors at once, like every other form. */}
      <Form method="post" className="portal-form" ref={formRef} noValidate>
        <input type="hidden" name="intent" value="create" />
        <FormErrorSummary
          id="create-user-error-summary"
          errors={[
            ...(errors?.form ?? []).map((message) => ({ message })),
            ...FIELDS.flatMap((field) => {
              const message = errors?.fields[field];
              if (!message) return [];
              // A district portal has no district field: its error is said, not linked.
              return [
                field === 'districtId' && districtOptions.length === 0
                  ? { message }
                  : { href: FIELD_IDS[field], message },
              ];
            }),
          ]}
        />
        <TextField {...field.text('name')} autoComplete="off" required />
        <TextField {...field.text('email')} type="email" autoComplete="off" required />
        <SelectField
          {...field.text('role')}
          defaultValue={values?.role ?? roleOptions[0]}
          options={optionsOf(roleOptions, (role) => t(`role.${role}` as MessageKey))}
        />
        {districtOptions.length > 0 ? (
          <SelectField
            {...field.text('districtId')}
            blank={t('users.create.noDistrict')}
            options={namedOptions(districtOptions)}
          />
        ) : null}
        <div>
          <Button type="submit">{t('users.create.submit')}</Button>
        </div>
      </Form>
    </section>
  );
}
