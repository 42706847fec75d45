import { COUNTIES } from '@selvhjelp/domain';
import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { LOCALES } from '../i18n/i18n';
import { ChartFigure, ChartLegend, ChartSvg, ChartTable, formatCount } from './chart-frame';
import { NORWAY_MAP } from './norway-map';

export interface MunicipalityMapProps {
  /** The figure's caption and the map's name: "Kommuner med minst én åpen gruppe". */
  title: string;
  /** The map's description; by default how many are covered and that the table has the numbers. */
  description?: string;
  /** Numbers (kommunenummer) of the municipalities with at least one open group. */
  covered: Iterable<string>;
  /** Only these counties (a district's), drawn and counted; all fifteen by default. */
  counties?: readonly string[];
}

/** User units of sea around the drawn counties. */
const MARGIN = 10;

/**
 * Norway's municipalities, those with an open group filled dark and hatched, county borders on
 * top, with a table per county beside it. The shapes are shipped (norway-map.ts): no tiles, no
 * request anywhere else, nothing computed but which shapes to fill.
 */
export function MunicipalityMap({ title, description, covered, counties }: MunicipalityMapProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const shown = counties ? new Set(counties) : null;
  const municipalities = NORWAY_MAP.municipalities.filter((m) => !shown || shown.has(m.county));
  const coveredSet = new Set(covered);
  const countyRows = COUNTIES.filter((county) => !shown || shown.has(county.number))
    .map((county) => {
      const inCounty = municipalities.filter((m) => m.county === county.number);
      return {
        county,
        total: inCounty.length,
        covered: inCounty.filter((m) => coveredSet.has(m.number)).length,
      };
    })
    .sort((a, b) => a.county.number.localeCompare(b.county.number));
  const total = municipalities.length;
  const coveredCount = countyRows.reduce((sum, row) => sum + row.covered, 0);
  const percent = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 });
  const share = (part: number, whole: number) => (whole === 0 ? '–' : percent.format(part / whole));

  // The drawn counties' boxes together, so a district's map fills its frame.
  let [x0, y0, x1, y1] = [NORWAY_MAP.viewBox[0], NORWAY_MAP.viewBox[1], NORWAY_MAP.viewBox[2], NORWAY_MAP.viewBox[3]];
  if (shown) {
    const boxes = countyRows.map((row) => NORWAY_MAP.counties[row.county.number]).filter((box) => box !== undefined);
    x0 = Math.min(...boxes.map((box) => box[0])) - MARGIN;
    y0 = Math.min(...boxes.map((box) => box[1])) - MARGIN;
    x1 = Math.max(...boxes.map((box) => box[2])) + MARGIN;
    y1 = Math.max(...boxes.map((box) => box[3])) + MARGIN;
  }

  const table = (
    <ChartTable
      caption={t('chart.table', { title })}
      corner={t('chart.map.county')}
      columns={[t('chart.map.covered'), t('chart.map.municipalities'), t('chart.map.share')]}
      rows={countyRows.map((row) => ({
        key: row.county.number,
        header: row.county.name,
        cells: [formatCount(lang, row.covered), formatCount(lang, row.total), share(row.covered, row.total)],
      }))}
      footer={{
        key: 'total',
        header: t('chart.total'),
        cells: [formatCount(lang, coveredCount), formatCount(lang, total), share(coveredCount, total)],
      }}
    />
  );

  return (
    <ChartFigure
      title={title}
      className="portal-chart--map"
      table={table}
      notes={<p className="portal-chart__note">{t('chart.map.credit')}</p>}
    >
      <ChartSvg
        id={id}
        origin={[x0, y0]}
        width={x1 - x0}
        height={y1 - y0}
        title={title}
        description={
          description ??
          t('chart.map.desc', { covered: formatCount(lang, coveredCount), total: formatCount(lang, total) })
        }
      >
        <defs>
          <pattern id={`${id}-covered`} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" className="portal-map__covered-fill" />
            <path d="M-1 1l2-2M0 8l8-8M7 9l2-2" className="portal-chart__hatch" />
          </pattern>
        </defs>
        <g className="portal-map__municipalities">
          {municipalities.map((m) => (
            <path
              key={m.number}
              d={m.d}
              data-municipality={m.number}
              fill={coveredSet.has(m.number) ? `url(#${id}-covered)` : undefined}
              className={coveredSet.has(m.number) ? 'portal-map__covered' : 'portal-map__uncovered'}
            />
          ))}
        </g>
        <path d={NORWAY_MAP.outline} className="portal-map__outline" />
        <path d={NORWAY_MAP.countyBorders} className="portal-map__county-border" />
      </ChartSvg>
      <ChartLegend
        items={[
          {
            key: 'covered',
            label: t('chart.map.legendCovered'),
            swatch: <rect width="24" height="16" fill={`url(#${id}-covered)`} className="portal-map__covered" />,
          },
          {
            key: 'uncovered',
            label: t('chart.map.legendUncovered'),
            swatch: <rect width="24" height="16" className="portal-map__uncovered" />,
          },
          {
            key: 'border',
            label: t('chart.map.legendBorder'),
            swatch: <line x1="0" x2="24" y1="8" y2="8" className="portal-map__county-border" />,
          },
        ]}
      />
    </ChartFigure>
  );
}
