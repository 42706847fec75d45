import { Fieldset } from '@digdir/designsystemet-react';
import type { GroupFormSectionProps } from './group-form';
import { groupFieldId as id } from '../group-form-labels';
import { CheckboxField, ChoiceGroup } from '../../../shared/forms/choice-fields';
import { SelectField, TextareaField, TextField } from '../../../shared/forms/form-fields';
import type { ScheduleKind, Weekday } from '../../../generated/graphql';
import { GROUP_LANGUAGES } from '@selvhjelp/domain';
import { capitalise, nthLabel, scheduleKindLabel, weekdayLabel } from '../labels';
import { useI18n } from '../../../shared/i18n/i18n-context';

const KINDS: readonly ScheduleKind[] = ['WEEKLY', 'BIWEEKLY', 'MONTHLY_NTH_WEEKDAY', 'IRREGULAR'];
const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const NTHS = [1, 2, 3, 4, -1] as const;

/** Languages, whether new members are welcome, and the maximum size. */
export function GroupMembershipFields({ values, errors }: GroupFormSectionProps) {
  const { t, lang } = useI18n();
  return (
    <Fieldset className="portal-fieldset">
      <Fieldset.Legend>{t('groups.form.membership')}</Fieldset.Legend>
      <div className="portal-form"></div>
      <ChoiceGroup
        id={id('languages')}
        name="languages"
        type="checkbox"
        legend={t('groups.form.languages')}
        description={t('groups.form.languagesHint')}
        options={GROUP_LANGUAGES.map((language) => ({
          value: language.code,
          label: capitalise(language.labels[lang]),
        }))}
        selected={values.languages}
        error={errors.fields.languages}
        columns
      />
      <div className="portal-form">
        <CheckboxField
          id={id('openForNewMembers')}
          name="openForNewMembers"
          label={t('groups.form.openForNewMembers')}
          defaultChecked={values.openForNewMembers}
          error={errors.fields.openForNewMembers}
        />
        <TextField
          id={id('maxSize')}
          name="maxSize"
          label={t('groups.form.maxSize')}
          description={t('groups.form.maxSizeHint')}
          defaultValue={values.maxSize}
          error={errors.fields.maxSize}
          inputMode="numeric"
          size={6}
        />
      </div>
    </Fieldset>
  );
}

/** When the group meets: the rhythm, and the fields that apply to it (each says when it does). */
export function GroupScheduleFields({ values, errors }: GroupFormSectionProps) {
  const { t, lang } = useI18n();
  const field = errors.fields;
  return (
    <Fieldset className="portal-fieldset">
      <Fieldset.Legend>{t('groups.form.schedule')}</Fieldset.Legend>
      <ChoiceGroup
        required
        id={id('scheduleKind')}
        name="scheduleKind"
        type="radio"
        legend={t('groups.form.kind')}
        options={KINDS.map((kind) => ({ value: kind, label: scheduleKindLabel(lang, kind) }))}
        selected={[values.scheduleKind]}
        error={field.scheduleKind}
      />
      <div className="portal-form">
        <SelectField
          id={id('scheduleWeekday')}
          name="scheduleWeekday"
          label={t('groups.form.weekday')}
          description={t('groups.form.weekdayHint')}
          defaultValue={values.scheduleWeekday}
          error={field.scheduleWeekday}
        >
          <option value="">{t('groups.form.chooseWeekday')}</option>
          {WEEKDAYS.map((weekday) => (
            <option key={weekday} value={weekday}>
              {weekdayLabel(lang, weekday)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={id('scheduleNth')}
          name="scheduleNth"
          label={t('groups.form.nth')}
          description={t('groups.form.nthHint')}
          defaultValue={values.scheduleNth}
          error={field.scheduleNth}
        >
          <option value="">{t('groups.form.chooseNth')}</option>
          {NTHS.map((nth) => (
            <option key={nth} value={String(nth)}>
              {nthLabel(lang, nth)}
            </option>
          ))}
        </SelectField>
        <TextareaField
          id={id('scheduleDates')}
          name="scheduleDates"
          label={t('groups.form.dates')}
          description={t('groups.form.datesHint')}
          defaultValue={values.scheduleDates}
          error={field.scheduleDates}
          rows={4}
        />
        <div className="portal-field-row">
          <TextField
            id={id('scheduleStartTime')}
            name="scheduleStartTime"
            type="time"
            label={t('groups.form.startTime')}
            description={t('groups.form.startTimeHint')}
            defaultValue={values.scheduleStartTime}
            error={field.scheduleStartTime}
          />
          <TextField
            required
            id={id('scheduleDurationMinutes')}
            name="scheduleDurationMinutes"
            label={t('groups.form.durationMinutes')}
            defaultValue={values.scheduleDurationMinutes}
            error={field.scheduleDurationMinutes}
            inputMode="numeric"
            size={6}
          />
        </div>
        <div className="portal-field-row">
          <TextField
            required
            id={id('scheduleStartDate')}
            name="scheduleStartDate"
            type="date"
            label={t('groups.form.startDate')}
            defaultValue={values.scheduleStartDate}
            error={field.scheduleStartDate}
          />
          <TextField
            id={id('scheduleEndDate')}
            name="scheduleEndDate"
            type="date"
            label={t('groups.form.endDate')}
            description={t('groups.form.endDateHint')}
            defaultValue={values.scheduleEndDate}
            error={field.scheduleEndDate}
          />
        </div>
      </div>
    </Fieldset>
  );
}
