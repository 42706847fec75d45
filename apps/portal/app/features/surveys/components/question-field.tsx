import { ChoiceGroup } from '../../../shared/forms/choice-fields';
import { TextareaField } from '../../../shared/forms/form-fields';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { PublicQuestion } from '../answer-form';
import { answerField } from '../answer-form';

export interface QuestionFieldProps {
  question: PublicQuestion;
  /** 1-based, for the label. */
  number: number;
  values: readonly string[];
  error?: string | undefined;
}

/** The element id of a question's first input: the error summary links here. */
export function questionId(questionId: string): string {
  return `q-${questionId}`;
}

/** One question as the respondent answers it; the help lines' note beside a sensitive one. */
export function QuestionField({ question, number, values, error }: QuestionFieldProps) {
  const { t } = useI18n();
  const id = questionId(question.id);
  const legend = `${number}. ${question.text}`;
  const description = question.sensitive ? t('surveys.public.sensitiveNote') : undefined;
  const name = answerField(question.id);
  if (question.kind === 'FREE_TEXT') {
    return (
      <TextareaField
        id={id}
        name={name}
        label={legend}
        description={description}
        error={error}
        required={question.required}
        defaultValue={values.join('\n')}
        rows={4}
      />
    );
  }
  if (question.kind === 'SCALE') {
    const min = question.scaleMin ?? 1;
    const max = question.scaleMax ?? 5;
    const options = Array.from({ length: max - min + 1 }, (_, i) => {
      const value = min + i;
      const end = value === min ? question.scaleMinLabel : value === max ? question.scaleMaxLabel : null;
      return { value: String(value), label: end ? `${value} – ${end}` : String(value) };
    });
    return (
      <ChoiceGroup
        id={id}
        name={name}
        type="radio"
        legend={legend}
        options={options}
        selected={values}
        description={description ?? t('surveys.public.scaleHint', { min, max })}
        error={error}
        required={question.required}
      />
    );
  }
  return (
    <ChoiceGroup
      id={id}
      name={name}
      type={question.kind === 'MULTIPLE_CHOICE' ? 'checkbox' : 'radio'}
      legend={legend}
      options={question.options.map((label, index) => ({ value: String(index), label }))}
      selected={values}
      description={description ?? (question.kind === 'MULTIPLE_CHOICE' ? t('surveys.public.multipleHint') : undefined)}
      error={error}
      required={question.required}
    />
  );
}
