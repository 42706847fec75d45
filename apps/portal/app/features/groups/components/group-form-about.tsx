import { Fieldset } from '@digdir/designsystemet-react';
import { THEMES } from '@selvhjelp/domain';
import type { GroupFormSectionProps } from './group-form';
import { ChoiceGroup } from '../../../shared/forms/choice-fields';
import { optionsOf, TextareaField, TextField } from '../../../shared/forms/form-fields';
import type { TargetGroup } from '../../../generated/graphql';
import { targetGroupLabel } from '../labels';
import { useI18n } from '../../../shared/i18n/i18n-context';

const TARGET_GROUPS: readonly TargetGroup[] = ['AFFECTED', 'RELATIVES', 'BOTH'];

/** Name, description, themes and target group. */
export function GroupAboutFields({ field }: GroupFormSectionProps) {
  const { t, lang } = useI18n();
  return (
    <Fieldset className="portal-fieldset">
      <Fieldset.Legend>{t('groups.form.about')}</Fieldset.Legend>
      <div className="portal-form">
        <TextField {...field.text('name')} required autoComplete="off" />
        <TextareaField
          {...field.text('description')}
          description={t('groups.form.descriptionHint')}
          rows={5}
          required
        />
      </div>
      <ChoiceGroup
        {...field.choice('themeIds')}
        type="checkbox"
        description={t('groups.form.themesHint')}
        options={THEMES.map((theme) => ({ value: theme.id, label: theme.labels[lang] }))}
        columns
        required
      />
      <ChoiceGroup
        {...field.choice('targetGroup')}
        required
        type="radio"
        options={optionsOf(TARGET_GROUPS, (target) => targetGroupLabel(lang, target))}
      />
    </Fieldset>
  );
}
