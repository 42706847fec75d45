import { Fieldset } from '@digdir/designsystemet-react';
import { THEMES } from '@selvhjelp/domain';
import type { GroupFormSectionProps } from './group-form';
import { groupFieldId as id } from '../group-form-labels';
import { ChoiceGroup } from '../../../shared/forms/choice-fields';
import { TextareaField, TextField } from '../../../shared/forms/form-fields';
import type { TargetGroup } from '../../../generated/graphql';
import { targetGroupLabel } from '../labels';
import { useI18n } from '../../../shared/i18n/i18n-context';

const TARGET_GROUPS: readonly TargetGroup[] = ['AFFECTED', 'RELATIVES', 'BOTH'];

/** Name, description, themes and target group. */
export function GroupAboutFields({ values, errors }: GroupFormSectionProps) {
  const { t, lang } = useI18n();
  return (
    <Fieldset className="portal-fieldset">
      <Fieldset.Legend>{t('groups.form.about')}</Fieldset.Legend>
      <div className="portal-form">
        <TextField
          required
          id={id('name')}
          name="name"
          label={t('groups.form.name')}
          defaultValue={values.name}
          error={errors.fields.name}
          autoComplete="off"
        />
        <TextareaField
          id={id('description')}
          name="description"
          label={t('groups.form.description')}
          description={t('groups.form.descriptionHint')}
          defaultValue={values.description}
          error={errors.fields.description}
          rows={5}
          required
        />
      </div>
      <ChoiceGroup
        id={id('themeIds')}
        name="themeIds"
        type="checkbox"
        legend={t('groups.form.themes')}
        description={t('groups.form.themesHint')}
        options={THEMES.map((theme) => ({ value: theme.id, label: theme.labels[lang] }))}
        selected={values.themeIds}
        error={errors.fields.themeIds}
        columns
        required
      />
      <ChoiceGroup
        required
        id={id('targetGroup')}
        name="targetGroup"
        type="radio"
        legend={t('groups.form.targetGroup')}
        options={TARGET_GROUPS.map((target) => ({ value: target, label: targetGroupLabel(lang, target) }))}
        selected={[values.targetGroup]}
        error={errors.fields.targetGroup}
      />
    </Fieldset>
  );
}
