import { Fieldset, Input, Label, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { describedBy } from './form-fields';

// Checkboxes and radios with explicit ids and labels, like form-fields.tsx, so they are
// labelled and grouped in the server's HTML before any script runs.

export interface CheckboxFieldProps {
  id: string;
  name: string;
  label: string;
  value?: string;
  defaultChecked?: boolean;
  description?: string | undefined;
  error?: string | undefined;
}

/** One checkbox on its own; posts `value` ("true") when ticked and nothing when not. */
export function CheckboxField({
  id,
  name,
  label,
  value = 'true',
  defaultChecked,
  description,
  error,
}: CheckboxFieldProps) {
  return (
    <div className="ds-field portal-choice">
      <Input
        type="checkbox"
        id={id}
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
      />
      <Label htmlFor={id} weight="regular">
        {label}
      </Label>
      {description ? (
        <Paragraph id={`${id}-description`} data-field="description" data-size="sm">
          {description}
        </Paragraph>
      ) : null}
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </div>
  );
}

export interface ChoiceGroupProps {
  /** The first option's id; the others get `${id}-${value}`. The error summary links here. */
  id: string;
  name: string;
  type: 'radio' | 'checkbox';
  legend: string;
  options: readonly { value: string; label: string }[];
  /** Checked values. */
  selected: readonly string[];
  description?: string | undefined;
  error?: string | undefined;
  /** Lay the options out in columns (long lists such as themes). */
  columns?: boolean;
  /** An option must be chosen: aria-required on a radio group, and the stylesheet's marker on its legend. */
  required?: boolean;
  children?: ReactNode;
}

/** A fieldset of radios or checkboxes under one legend, with its hint and error tied to every option. */
export function ChoiceGroup({
  id,
  name,
  type,
  legend,
  options,
  selected,
  description,
  error,
  columns,
  required,
  children,
}: ChoiceGroupProps) {
  const described = describedBy(id, description, error);
  return (
    <Fieldset
      className="portal-fieldset"
      aria-describedby={described}
      aria-invalid={error ? true : undefined}
      role={required && type === 'radio' ? 'radiogroup' : undefined}
      aria-required={required && type === 'radio' ? true : undefined}
      // Boxes take no aria-required: the legend's marker says it, the hint says how many.
      data-required={required && type === 'checkbox' ? true : undefined}
    >
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description id={`${id}-description`}>{description}</Fieldset.Description> : null}
      <div className={columns ? 'portal-choices portal-choices--columns' : 'portal-choices'}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div className="ds-field portal-choice" key={option.value}>
              <Input
                type={type}
                id={optionId}
                name={name}
                value={option.value}
                defaultChecked={selected.includes(option.value)}
                aria-invalid={error ? true : undefined}
              />
              <Label htmlFor={optionId} weight="regular">
                {option.label}
              </Label>
            </div>
          );
        })}
      </div>
      {children}
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
