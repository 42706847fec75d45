import { Button } from '@digdir/designsystemet-react';
import { THEMES, WEEKDAYS } from '@selvhjelp/domain';
import { Form } from 'react-router';
import { AppLink } from '../../../shared/ui/app-link';
import { SelectField, TextField } from '../../../shared/forms/form-fields';
import type { GroupFormat } from '../../../generated/graphql';
import type { FinderQuery } from '../finder-query';
import { formatLabel, weekdayLabel } from '../../groups/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';

const FORMATS: readonly GroupFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];

export interface FinderCounty {
  number: string;
  name: string;
  municipalities: readonly { number: string; name: string }[];
}

/** The finder's filters as a GET form: the address is the search, with or without JavaScript. */
export function FinderFilters({
  query,
  counties,
  districts,
}: {
  query: FinderQuery;
  counties: readonly FinderCounty[];
  districts: readonly { id: string; name: string }[];
}) {
  const { t, lang } = useI18n();
  const all = <option value="">{t('finder.filter.all')}</option>;
  return (
    <Form method="get" action="/grupper" className="portal-filters" aria-label={t('finder.filter.heading')}>
      <TextField
        id="finder-search"
        name="q"
        type="search"
        label={t('finder.filter.search')}
        description={t('finder.filter.searchHint')}
        defaultValue={query.search}
      />
      <SelectField id="finder-theme" name="theme" label={t('finder.filter.theme')} defaultValue={query.theme}>
        {all}
        {THEMES.map((theme) => (
          <option key={theme.id} value={theme.id}>
            {theme.labels[lang]}
          </option>
        ))}
      </SelectField>
      {districts.length > 0 ? (
        <SelectField
          id="finder-district"
          name="district"
          label={t('finder.filter.district')}
          defaultValue={query.district}
        >
          {all}
          {districts.map((district) => (
            <option key={district.id} value={district.id}>
              {district.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField id="finder-county" name="county" label={t('finder.filter.county')} defaultValue={query.county}>
        {all}
        {counties.map((county) => (
          <option key={county.number} value={county.number}>
            {county.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="finder-municipality"
        name="municipality"
        label={t('finder.filter.municipality')}
        defaultValue={query.municipality}
      >
        {all}
        {counties.map((county) => (
          <optgroup key={county.number} label={county.name}>
            {county.municipalities.map((municipality) => (
              <option key={municipality.number} value={municipality.number}>
                {municipality.name}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField id="finder-format" name="format" label={t('finder.filter.format')} defaultValue={query.format}>
        {all}
        {FORMATS.map((format) => (
          <option key={format} value={format}>
            {formatLabel(lang, format)}
          </option>
        ))}
      </SelectField>
      <SelectField id="finder-weekday" name="weekday" label={t('finder.filter.weekday')} defaultValue={query.weekday}>
        {all}
        {WEEKDAYS.map((weekday) => (
          <option key={weekday} value={weekday}>
            {weekdayLabel(lang, weekday)}
          </option>
        ))}
      </SelectField>
      <div className="portal-actions">
        <Button type="submit">{t('finder.filter.submit')}</Button>
        <AppLink to="/grupper">{t('finder.filter.reset')}</AppLink>
      </div>
    </Form>
  );
}
