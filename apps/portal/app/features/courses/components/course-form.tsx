import { Button, Fieldset, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { Form, useNavigation } from 'react-router';
import { AppLink } from '../../../shared/ui/app-link';
import { CheckboxField, ChoiceGroup } from '../../../shared/forms/choice-fields';
import { FormErrorSummary } from '../../../shared/forms/error-summary';
import { describedBy, TextField } from '../../../shared/forms/form-fields';
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

const fieldId = (field: CourseFormField) => `course-${field.replace('.', '-')}`;

/**
 * Creating and editing a course. The sessions are a fixed set of rows (blank ones ignored);
 * "Add a session" posts the form and gets it back with one more row, so no script is needed.
 */
export function CourseForm({ values, errors, trainers, version, conflict, cancelHref, reloadHref }: CourseFormProps) {
  const { t, lang } = useI18n();
  const navigation = useNavigation();
  const editing = version !== undefined;
  const labelOf = (field: CourseFormField): string => {
    if (field.startsWith('sessions.')) return t('courses.form.sessionN', { n: Number(field.split('.')[1]) + 1 });
    return t(`courses.field.${field as 'type' | 'title' | 'locationText' | 'capacity' | 'trainerIds' | 'sessions'}`);
  };
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
        required
        id={fieldId('type')}
        name="type"
        type="radio"
        legend={t('courses.field.type')}
        options={COURSE_TYPES.map((type) => ({ value: type, label: courseTypeLabel(lang, type) }))}
        selected={[values.type]}
        error={errors.fields.type}
      />
      <TextField
        required
        id={fieldId('title')}
        name="title"
        label={t('courses.field.title')}
        defaultValue={values.title}
        error={errors.fields.title}
      />
      <TextField
        id={fieldId('locationText')}
        name="locationText"
        label={t('courses.field.locationText')}
        defaultValue={values.locationText}
        error={errors.fields.locationText}
      />
      <CheckboxField
        id="course-online"
        name="online"
        label={t('courses.field.online')}
        defaultChecked={values.online}
      />
      <TextField
        id={fieldId('capacity')}
        name="capacity"
        inputMode="numeric"
        label={t('courses.field.capacity')}
        defaultValue={values.capacity}
        error={errors.fields.capacity}
      />
      <ChoiceGroup
        id={fieldId('trainerIds')}
        name="trainerIds"
        type="checkbox"
        legend={t('courses.field.trainerIds')}
        options={trainers.map(({ id, name }) => ({ value: id, label: name }))}
        selected={values.trainerIds}
        error={errors.fields.trainerIds}
        columns
      />
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
