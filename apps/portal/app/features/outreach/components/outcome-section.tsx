import { Button, Fieldset, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { OUTCOME_KINDS } from '@selvhjelp/domain';
import { useEffect, useState } from 'react';
import { Form, useNavigation } from 'react-router';
import { AppLink } from '../../../shared/ui/app-link';
import { ChoiceGroup } from '../../../shared/forms/choice-fields';
import { FormErrorSummary } from '../../../shared/forms/error-summary';
import { FormAlert, SelectField, TextField } from '../../../shared/forms/form-fields';
import type { OutcomeKind } from '../../../generated/graphql';
import type { FormErrors } from '../../../shared/forms/form-errors';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { outcomeKindLabel } from '../labels';
import type { OutcomeFormField, OutcomeFormValues } from '../outcome-form';
import { EMPTY_OUTCOME_FORM, targetFieldName } from '../outcome-form';
import type { OutcomeOptions } from '../outcome-options.server';
import { TableScroll } from '../../../shared/list/list-kit';

interface Named {
  id: string;
  name: string;
}

export interface OutcomeRow {
  id: string;
  kind: OutcomeKind;
  note?: string | null;
  group?: Named | null;
  facilitator?: Named | null;
  partner?: Named | null;
}

export interface OutcomeSectionProps {
  outcomes: readonly OutcomeRow[];
  /** Null unless the activity is completed: only then can outcomes be added. */
  options: OutcomeOptions | null;
  /** `aktiviteter` etc. under the portal, to link the targets. */
  pathOf: (page: string) => string;
  addErrors: FormErrors<OutcomeFormField> | null;
  addValues: OutcomeFormValues | null;
  removeErrors: readonly string[];
}

const targetSelectId = (kind: OutcomeKind) => `outcome-target-${kind}`;

function OutcomeTarget({ outcome, pathOf }: { outcome: OutcomeRow; pathOf: (page: string) => string }) {
  const { t } = useI18n();
  if (outcome.group) return <AppLink to={pathOf(`grupper/${outcome.group.id}`)}>{outcome.group.name}</AppLink>;
  if (outcome.facilitator)
    return <AppLink to={pathOf(`igangsettere/${outcome.facilitator.id}`)}>{outcome.facilitator.name}</AppLink>;
  if (outcome.partner)
    return <AppLink to={pathOf(`samarbeidspartnere/${outcome.partner.id}`)}>{outcome.partner.name}</AppLink>;
  return <>{t('outreach.none')}</>;
}

/** What came of the activity, each with a remove button, and the "add an outcome" form. */
export function OutcomeSection({ outcomes, options, pathOf, addErrors, addValues, removeErrors }: OutcomeSectionProps) {
  const { t, lang } = useI18n();
  const navigation = useNavigation();
  const values = addValues ?? EMPTY_OUTCOME_FORM;
  const errors = addErrors ?? { fields: {}, form: [] };
  const [kind, setKind] = useState(values.kind);
  // Without JavaScript every kind's select is shown; once hydrated only the chosen kind's.
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const chosenKind = (OUTCOME_KINDS as readonly string[]).includes(values.kind)
    ? (values.kind as OutcomeKind)
    : 'GROUP_STARTED';
  const summary = [
    ...errors.form.map((message) => ({ message })),
    ...(Object.entries(errors.fields) as [OutcomeFormField, string][]).map(([field, message]) => ({
      href: field === 'targetId' ? targetSelectId(chosenKind) : `outcome-${field}`,
      message: `${t(`outreach.outcome.field.${field}`)}: ${message}`,
    })),
  ];
  const selectOf = (
    target: OutcomeKind,
    label: string,
    groups: readonly { label?: string; options: readonly Named[] }[],
  ) => (
    <div hidden={enhanced && kind !== target ? true : undefined}>
      <SelectField
        id={targetSelectId(target)}
        name={targetFieldName(target)}
        label={label}
        defaultValue={values.targets[target]}
        error={values.kind === target ? errors.fields.targetId : undefined}
      >
        <option value="">{t('outreach.form.choose')}</option>
        {groups.map((group, index) =>
          group.label ? (
            <optgroup key={group.label} label={group.label}>
              {group.options.map(({ id, name }) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </optgroup>
          ) : (
            group.options.map(({ id, name }) => (
              <option key={`${index}-${id}`} value={id}>
                {name}
              </option>
            ))
          ),
        )}
      </SelectField>
    </div>
  );
  return (
    <section aria-labelledby="outcomes-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="outcomes-heading" tabIndex={-1}>
        {t('outreach.outcome.heading')}
      </Heading>
      <FormAlert messages={removeErrors} />
      {outcomes.length === 0 ? (
        <Paragraph>{t('outreach.outcome.none')}</Paragraph>
      ) : (
        <TableScroll label={t('outreach.outcome.caption', { count: outcomes.length })}>
          <Table data-testid="activity-outcomes">
            <caption>{t('outreach.outcome.caption', { count: outcomes.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('outreach.outcome.field.kind')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('outreach.outcome.field.targetId')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('outreach.outcome.field.note')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('outreach.outcome.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {outcomes.map((outcome) => (
                <Table.Row key={outcome.id}>
                  <Table.Cell>{outcomeKindLabel(lang, outcome.kind)}</Table.Cell>
                  <Table.Cell>
                    <OutcomeTarget outcome={outcome} pathOf={pathOf} />
                  </Table.Cell>
                  <Table.Cell className="portal-pre-line">{outcome.note ?? ''}</Table.Cell>
                  <Table.Cell>
                    <Form method="post" className="portal-inline-form">
                      <input type="hidden" name="intent" value="remove-outcome" />
                      <input type="hidden" name="outcomeId" value={outcome.id} />
                      <Button type="submit" variant="tertiary" data-size="sm">
                        {t('outreach.outcome.remove')}
                        <span className="ds-sr-only">
                          {' '}
                          {t('outreach.outcome.removeWhat', { kind: outcomeKindLabel(lang, outcome.kind) })}
                        </span>
                      </Button>
                    </Form>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {options ? (
        <Form method="post" className="portal-stack" noValidate aria-labelledby="outcome-add-heading">
          <Heading level={3} data-size="xs" id="outcome-add-heading">
            {t('outreach.outcome.add')}
          </Heading>
          <FormErrorSummary errors={summary} id="outcome-error-summary" />
          <input type="hidden" name="intent" value="add-outcome" />
          {/* A change of any radio bubbles here; it only decides which select is shown. */}
          <div
            onChange={(event) => {
              const input = event.target as HTMLInputElement;
              if (input.name === 'kind') setKind(input.value);
            }}
          >
            <ChoiceGroup
              id="outcome-kind"
              name="kind"
              type="radio"
              legend={t('outreach.outcome.field.kind')}
              options={OUTCOME_KINDS.map((code) => ({ value: code, label: outcomeKindLabel(lang, code) }))}
              selected={[values.kind]}
              error={errors.fields.kind}
            />
          </div>
          <Fieldset className="portal-fieldset">
            <Fieldset.Legend>{t('outreach.outcome.field.targetId')}</Fieldset.Legend>
            <Fieldset.Description>
              {enhanced ? t('outreach.outcome.targetHintScript') : t('outreach.outcome.targetHint')}
            </Fieldset.Description>
            {selectOf('GROUP_STARTED', t('outreach.outcome.target.GROUP_STARTED'), [
              { label: t('outreach.outcome.startingGroups'), options: options.groups.starting },
              { label: t('outreach.outcome.otherGroups'), options: options.groups.other },
            ])}
            {selectOf('FACILITATOR_RECRUITED', t('outreach.outcome.target.FACILITATOR_RECRUITED'), [
              { options: options.facilitators },
            ])}
            {selectOf('NEW_PARTNER', t('outreach.outcome.target.NEW_PARTNER'), [{ options: options.partners }])}
          </Fieldset>
          <TextField
            id="outcome-note"
            name="note"
            label={t('outreach.outcome.field.note')}
            defaultValue={values.note}
            error={errors.fields.note}
          />
          <div className="portal-actions">
            <Button
              type="submit"
              loading={navigation.state === 'submitting' && navigation.formData?.get('intent') === 'add-outcome'}
            >
              {t('outreach.outcome.addButton')}
            </Button>
          </div>
        </Form>
      ) : (
        <Paragraph data-size="sm">{t('outreach.outcome.onlyCompleted')}</Paragraph>
      )}
    </section>
  );
}
