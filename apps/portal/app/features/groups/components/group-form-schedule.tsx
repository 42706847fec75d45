import { Fieldset } from '@digdir/designsystemet-react';
import type { GroupFormSectionProps } from './group-form';
import { CheckboxField, ChoiceGroup } from '../../../shared/forms/choice-fields';
import { optionsOf, SelectField, TextareaField, TextField } from '../../../shared/forms/form-fields';
import type { ScheduleKind, Weekday } from '../../../generated/graphql';
import { GROUP_LANGUAGES } from '@selvhjelp/domain';
import { capitalise, nthLabel, scheduleKindLabel, weekdayLabel } from '../labels';
import { useI18n } from '../../../shared/i18n/i18n-context';

const KINDS: readonly ScheduleKind[] = ['WEEKLY', 'BIWEEKLY', 'MONTHLY_NTH_WEEKDAY', 'IRREGULAR'];
const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const NTHS = [1, 2, 3, 4, -1] as const;

/** Languages, whether new members are welcome, and the maximum size. */
export function GroupMembershipFields({ field }: GroupFormSectionProps) {
  const { t, lang } = useI18n();
  return (
    <Fieldset className="portal-fieldset">
      <Fieldset.Legend>{t('groups.form.membership')}</Fieldset.Legend>
      <div className="portal-form"></div>
      <ChoiceGroup
        {...field.choice('languages')}
        type="checkbox"
        description={t('groups.form.languagesHint')}
        options={GROUP_LANGUAGES.map((language) => ({
          value: language.code,
          label: capitalise(language.labels[lang]),
        }))}
        columns
      />
      <div className="portal-form">
        <CheckboxField {...field.check('openForNewMembers')} />
        <TextField {...field.text('maxSize')} description={t('groups.form.maxSizeHint')} inputMode="numeric" size={6} />
      </div>
    </Fieldset>
  );
}

/** When the group meets: the rhythm, and the fields that apply to it (each says when it does). */
export function GroupScheduleFields({ field }: GroupFormSectionProps) {
  const { t, lang } = useI18n();
  return (
    <Fieldset className="portal-fieldset">
      <Fieldset.Legend>{t('groups.form.schedule')}</Fieldset.Legend>
      <ChoiceGroup
        {...field.choice('scheduleKind')}
        required
        type="radio"
        options={optionsOf(KINDS, (kind) => scheduleKindLabel(lang, kind))}
      />
      <div className="portal-form">
        <SelectField
          {...field.text('scheduleWeekday')}
          description={t('groups.form.weekdayHint')}
          blank={t('groups.form.chooseWeekday')}
          options={optionsOf(WEEKDAYS, (weekday) => weekdayLabel(lang, weekday))}
        />
        <SelectField
          {...field.text('scheduleNth')}
          description={t('groups.form.nthHint')}
          blank={t('groups.form.chooseNth')}
          options={optionsOf(NTHS, (nth) => nthLabel(lang, nth))}
        />
        <TextareaField {...field.text('scheduleDates')} description={t('groups.form.datesHint')} rows={4} />
        <div className="portal-field-row">
          <TextField {...field.text('scheduleStartTime')} type="time" description={t('groups.form.startTimeHint')} />
          <TextField {...field.text('scheduleDurationMinutes')} required inputMode="numeric" size={6} />
        </div>
        <div className="portal-field-row">
          <TextField {...field.text('scheduleStartDate')} required type="date" />
          <TextField {...field.text('scheduleEndDate')} type="date" description={t('groups.form.endDateHint')} />
        </div>
      </div>
    </Fieldset>
  );
}
