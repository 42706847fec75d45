import { THEMES, WEEKDAYS } from '@selvhjelp/domain';
import { namedOptions, optionsOf } from '../../../shared/forms/form-fields';
import type { GroupFormat } from '../../../generated/graphql';
import type { FinderQuery } from '../finder-query';
import { placeOptions } from '../place-options';
import { formatLabel, weekdayLabel } from '../../groups/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { ListFilters } from '../../../shared/list/list-kit';
import { SearchFilter, SelectFilter } from '../../../shared/list/filter-fields';

const FORMATS: readonly GroupFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];

/** The finder's filters as a GET form: the address is the search, with or without JavaScript. */
export function FinderFilters({
  query,
  pinned,
  districts,
}: {
  query: FinderQuery;
  /** The district of a pinned instance: only its counties and municipalities. */
  pinned: string | null;
  districts: readonly { id: string; name: string }[];
}) {
  const { t, lang } = useI18n();
  const counties = placeOptions(pinned);
  const options = {
    theme: THEMES.map((theme) => ({ value: theme.id, label: theme.labels[lang] })),
    format: optionsOf(FORMATS, (format) => formatLabel(lang, format)),
    weekday: optionsOf(WEEKDAYS, (weekday) => weekdayLabel(lang, weekday)),
  };
  return (
    <ListFilters
      label={t('finder.filter.heading')}
      idPrefix="finder"
      values={{ ...query, q: query.search }}
      action="/grupper"
      resetTo="/grupper"
      resetLabel={t('finder.filter.reset')}
      submitLabel={t('finder.filter.submit')}
      primary
    >
      <SearchFilter label={t('finder.filter.search')} description={t('finder.filter.searchHint')} />
      <SelectFilter name="theme" label={t('finder.filter.theme')} options={options.theme} />
      {districts.length > 0 ? (
        <SelectFilter name="district" label={t('finder.filter.district')} options={namedOptions(districts)} />
      ) : null}
      <SelectFilter name="county" label={t('finder.filter.county')} options={namedOptions(counties)} />
      <SelectFilter name="municipality" label={t('finder.filter.municipality')}>
        {counties.map((county) => (
          <optgroup key={county.number} label={county.name}>
            {county.municipalities.map((municipality) => (
              <option key={municipality.number} value={municipality.number}>
                {municipality.name}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectFilter>
      <SelectFilter name="format" label={t('finder.filter.format')} options={options.format} />
      <SelectFilter name="weekday" label={t('finder.filter.weekday')} options={options.weekday} />
    </ListFilters>
  );
}
