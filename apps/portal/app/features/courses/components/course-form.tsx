import { Button, Fieldset, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { Form, useNavigation } from 'react-router';
import { AppLink } from '../../../shared/ui/app-link';
import { CheckboxField, ChoiceGroup } from '../../../shared/forms/choice-fields';
import { FormErrorSummary } from '../../../shared/forms/error-summary';
import { describedBy, namedOptions, optionsOf, TextField } from '../../../shared/forms/form-fields';
import { bindFields } from '../../../shared/forms/field-binding';
import type { FormErrors } from '../../../shared/forms/form-errors';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { CourseFormField, CourseFormValues } from '../course-form';
import { COURSE_TYPES, MAX_SESSION_ROWS } from '../course-form';
import { courseTypeLabel } from '../labels';
import { TableScroll } from '../../../shared/list/list-kit';

export interface CourseFormProps {
  values: CourseFormValues;
  errors: FormErrors<CourseFormField>;
  trainers: readonly { id: string; name: string }[];
  version?: number;
  conflict?: { current: CourseFormValues; version: number } | null;
  cancelHref: string;
  reloadHref?: string;
}

const fieldId = (field: CourseFormField | 'online') => `course-${field.replace('.', '-')}`;

/**
 * Creating and editing a course. The sessions are a fixed set of rows (blank ones ignored);
 * "Add a session" posts the form and gets it back with one more row, so no script is needed.
 */
export function CourseForm({ values, errors, trainers, version, conflict, cancelHref, reloadHref }: CourseFormProps) {
  const { t, lang } = useI18n();
  const navigation = useNavigation();
  const editing = version !== undefined;
  const labelOf = (field: CourseFormField | 'online'): string => {
    if (field.startsWith('sessions.')) return t('courses.form.sessionN', { n: Number(field.split('.')[1]) + 1 });
    return t(
      `courses.field.${field as 'type' | 'title' | 'locationText' | 'online' | 'capacity' | 'trainerIds' | 'sessions'}`,
    );
  };
  const field = bindFields({ values, errors, id: fieldId, label: labelOf });
  const summary = [
    ...errors.form.map((message) => ({ message })),
    ...(Object.entries(errors.fields) as [CourseFormField, string][]).map(([field, message]) => ({
      href: field.startsWith('sessions.') ? `${fieldId(field)}-date` : fieldId(field),
      message: `${labelOf(field)}: ${message}`,
    })),
  ];
  return (
    <Form method="post" className="portal-stack" noValidate>
      {/* Enter in a field submits with the first submit button: make that "save", not "add a session". */}
      <button
        type="submit"
        name="intent"
        value="save"
        className="portal-default-submit"
        tabIndex={-1}
        aria-hidden="true"
      >
        {editing ? t('courses.form.save') : t('courses.form.create')}
      </button>
      <FormErrorSummary errors={summary} />
      {conflict ? (
        <p>
          <AppLink to={reloadHref ?? cancelHref} reloadDocument>
            {t('facilitators.form.reload')}
          </AppLink>
        </p>
      ) : null}
      {editing ? <input type="hidden" name="version" value={conflict?.version ?? version} /> : null}
      <input type="hidden" name="sessionRows" value={values.sessions.length} />
      <ChoiceGroup
        {...field.choice('type')}
        required
        type="radio"
        options={optionsOf(COURSE_TYPES, (type) => courseTypeLabel(lang, type))}
      />
      <TextField {...field.text('title')} required />
      <TextField {...field.text('locationText')} />
      <CheckboxField {...field.check('online')} />
      <TextField {...field.text('capacity')} inputMode="numeric" />
      <ChoiceGroup {...field.choice('trainerIds')} type="checkbox" options={namedOptions(trainers)} columns />
      {/*
        The summary links to the fieldset; its message is tied to it like a field's to its input.
        At least one session is required: the first row's times for assistive technology, the
        legend's marker (data-required, since a group takes no aria-required) for the eye.
      */}
      <Fieldset
        id={fieldId('sessions')}
        className="portal-fieldset"
        aria-describedby={describedBy(fieldId('sessions'), 'hint', errors.fields.sessions)}
        aria-invalid={errors.fields.sessions ? true : undefined}
        data-required
      >
        <Fieldset.Legend>{t('courses.field.sessions')}</Fieldset.Legend>
        <Fieldset.Description id="course-sessions-description">{t('courses.form.sessionsHint')}</Fieldset.Description>
        {errors.fields.sessions ? (
          <ValidationMessage id={`${fieldId('sessions')}-error`}>{errors.fields.sessions}</ValidationMessage>
        ) : null}
        <TableScroll label={t('courses.field.sessions')}>
          <Table className="portal-session-table">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('courses.form.session')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('courses.session.date')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('courses.session.startTime')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('courses.session.endTime')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('courses.session.place')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {values.sessions.map((row, index) => {
                const rowField = `sessions.${index}` as const;
                const error = errors.fields[rowField];
                const n = index + 1;
                const input = (part: 'date' | 'startTime' | 'endTime' | 'place', type: string) => (
                  <input
                    className="ds-input"
                    id={`${fieldId(rowField)}-${part}`}
                    name={`sessions.${index}.${part}`}
                    type={type}
                    defaultValue={row[part]}
                    aria-label={t(`courses.session.${part}Of`, { n })}
                    aria-invalid={error ? true : undefined}
                    aria-required={(index === 0 && part !== 'place') || undefined}
                    aria-describedby={error ? `${fieldId(rowField)}-error` : undefined}
                  />
                );
                return (
                  <Table.Row key={index}>
                    <Table.HeaderCell scope="row">
                      {n}
                      {error ? <ValidationMessage id={`${fieldId(rowField)}-error`}>{error}</ValidationMessage> : null}
                    </Table.HeaderCell>
                    <Table.Cell>{input('date', 'date')}</Table.Cell>
                    <Table.Cell>{input('startTime', 'time')}</Table.Cell>
                    <Table.Cell>{input('endTime', 'time')}</Table.Cell>
                    <Table.Cell>{input('place', 'text')}</Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
        {values.sessions.length < MAX_SESSION_ROWS ? (
          <div>
            <Button type="submit" name="intent" value="addSession" variant="secondary" formNoValidate>
              {t('courses.form.addSession')}
            </Button>
          </div>
        ) : null}
      </Fieldset>
      <div className="portal-actions">
        <Button type="submit" name="intent" value="save" loading={navigation.state === 'submitting'}>
          {editing ? t('courses.form.save') : t('courses.form.create')}
        </Button>
        <AppLink to={cancelHref}>{t('facilitators.form.cancel')}</AppLink>
      </div>
    </Form>
  );
}
