import { OUTCOME_KINDS } from '@selvhjelp/domain';
import type { OutcomeKind } from '../../generated/graphql';
import { formText } from '../../shared/forms/form-data';

// "Add an outcome" without JavaScript: one select per kind inside the form, each named
// `target.<KIND>`; the server takes the one that matches the chosen kind.

export const OUTCOME_FORM_FIELDS = ['kind', 'targetId', 'note'] as const;
export type OutcomeFormField = (typeof OUTCOME_FORM_FIELDS)[number];

export interface OutcomeFormValues {
  kind: string;
  targets: Record<OutcomeKind, string>;
  note: string;
}

export const targetFieldName = (kind: OutcomeKind) => `target.${kind}`;

export const EMPTY_OUTCOME_FORM: OutcomeFormValues = {
  kind: '',
  targets: { GROUP_STARTED: '', FACILITATOR_RECRUITED: '', NEW_PARTNER: '' },
  note: '',
};

export function readOutcomeForm(form: FormData): OutcomeFormValues {
  const targets = { ...EMPTY_OUTCOME_FORM.targets };
  for (const kind of OUTCOME_KINDS) targets[kind] = formText(form, targetFieldName(kind)).trim();
  return { kind: formText(form, 'kind'), targets, note: formText(form, 'note').trim() };
}

/** The id the outcome points at: the select of the chosen kind; '' when no kind or nothing chosen. */
export function chosenTarget(values: OutcomeFormValues): string {
  return (OUTCOME_KINDS as readonly string[]).includes(values.kind) ? values.targets[values.kind as OutcomeKind] : '';
}
