import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { SelectOption } from '../forms/form-fields';
import { SelectField, TextField } from '../forms/form-fields';
import { useI18n } from '../i18n/i18n-context';

// The fields of a list's filter form (ListFilters). A filter shows the value it filters on now,
// read from the address, and has no error: a value the list does not know is simply dropped.
// ListFilters says once what every field needs (the ids' prefix and the values by input name),
// so a field is its name, its label and its choices.

export interface FilterScope {
  /** Ids are `${idPrefix}-${name}`, so two filter forms on one page do not clash. */
  idPrefix: string;
  /** The values in the address now, by input name ('' or missing for none): the list's query. */
  values: object;
}

const FilterScopeContext = createContext<FilterScope>({ idPrefix: 'filter', values: {} });

export function FilterScopeProvider({ scope, children }: { scope: FilterScope; children: ReactNode }) {
  return <FilterScopeContext.Provider value={scope}>{children}</FilterScopeContext.Provider>;
}

function useFilter(name: string) {
  const { idPrefix, values } = useContext(FilterScopeContext);
  const value: unknown = (values as Record<string, unknown>)[name];
  return { id: `${idPrefix}-${name}`, name, defaultValue: typeof value === 'string' ? value : '' };
}

/** Free text, posted as `q` like on every list. */
export function SearchFilter({ label, description }: { label: string; description?: string }) {
  return <TextField {...useFilter('q')} type="search" label={label} description={description} />;
}

/** A calendar day (yyyy-mm-dd), e.g. the start or end of a period. */
export function DateFilter({ name, label, description }: { name: string; label: string; description?: string }) {
  return <TextField {...useFilter(name)} type="date" label={label} description={description} />;
}

export interface SelectFilterProps {
  name: string;
  label: string;
  options?: readonly SelectOption[];
  /** The choice that posts '' (no filter): "Alle" unless said otherwise; false where a choice is always made (sort). */
  all?: string | false;
  /** Options in groups (optgroup), after `options`. */
  children?: ReactNode;
}

/** One choice out of a list, "all" first. */
export function SelectFilter({ name, label, options, all, children }: SelectFilterProps) {
  const { t } = useI18n();
  return (
    <SelectField
      {...useFilter(name)}
      label={label}
      blank={all === false ? undefined : (all ?? t('list.all'))}
      options={options}
    >
      {children}
    </SelectField>
  );
}
