import { renderToStaticMarkup } from 'react-dom/server';
import { createRoutesStub } from 'react-router';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n-context';
import type { Lang } from '../i18n/i18n';
import { EmptyList, ListFilters, Pager, TableScroll } from './list-kit';
import { DateFilter, SearchFilter, SelectFilter } from './filter-fields';

function render(lang: Lang, node: React.ReactNode) {
  const Stub = createRoutesStub([{ path: '/vest/grupper', Component: () => node }]);
  return renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <Stub initialEntries={['/vest/grupper']} />
    </I18nProvider>,
  );
}

describe('list kit', () => {
  it('puts a scrolling table in a named region keyboard users can focus', () => {
    const html = render('nb', <TableScroll label="12 grupper">table</TableScroll>);
    expect(html).toContain(
      '<div class="portal-table-scroll" tabindex="0" role="region" aria-label="12 grupper">table</div>',
    );
  });

  it('makes the box a named group, not a second landmark, inside a section of the same name', () => {
    const html = render(
      'nb',
      <TableScroll label="Endringshistorikk" landmark={false}>
        table
      </TableScroll>,
    );
    expect(html).toContain(
      '<div class="portal-table-scroll" tabindex="0" role="group" aria-label="Endringshistorikk">table</div>',
    );
  });

  it('has one filter button and reset link, named the same on every list', () => {
    const nb = render(
      'nb',
      <ListFilters label="Filtrer grupper" resetTo="/vest/grupper">
        x
      </ListFilters>,
    );
    expect(nb).toMatch(
      /<form[^>]*method="get"[^>]*aria-label="Filtrer grupper"|<form[^>]*aria-label="Filtrer grupper"[^>]*method="get"/,
    );
    expect(nb).toContain('data-variant="secondary" type="submit">Vis</button>');
    expect(nb).toContain('>Nullstill filter</a>');
    expect(
      render(
        'en',
        <ListFilters label="Filter" resetTo="/vest/grupper">
          x
        </ListFilters>,
      ),
    ).toContain('type="submit">Show</button>');
  });

  it('announces an empty list and pages only when there is more than one page', () => {
    expect(render('nb', <EmptyList>Ingen grupper.</EmptyList>)).toContain('role="status">Ingen grupper.</p>');
    expect(render('nb', <Pager label="Sider" />)).toBe('');
    const pager = render('nb', <Pager label="Sider" firstHref="/vest/grupper" nextHref="/vest/grupper?etter=abc" />);
    expect(pager).toContain('<nav aria-label="Sider" class="portal-link-list">');
    expect(pager).toContain('>Første side</a>');
    expect(pager).toContain('>Neste side</a>');
  });

  it('gives each filter its id, the value in the address and "all" first', () => {
    const html = render(
      'en',
      <ListFilters
        label="Filter"
        idPrefix="groups-filter"
        values={{ q: 'sorg', theme: 'grief', sort: 'name', from: '2026-01-01' }}
      >
        <SearchFilter label="Search" />
        <SelectFilter
          name="theme"
          label="Theme"
          options={[
            { value: 'anxiety', label: 'Anxiety' },
            { value: 'grief', label: 'Grief' },
          ]}
        />
        <SelectFilter name="sort" label="Sort" all={false} options={[{ value: 'name', label: 'Name' }]} />
        <DateFilter name="from" label="From" />
      </ListFilters>,
    );
    expect(html).toContain('<label class="ds-label" for="groups-filter-q">Search</label>');
    expect(html).toContain('<input class="ds-input" type="search" id="groups-filter-q" name="q" value="sorg"/>');
    expect(html).toContain(
      '<option value="">All</option><option value="anxiety">Anxiety</option><option value="grief" selected="">Grief</option>',
    );
    expect(html).toContain('name="sort"><option value="name" selected="">Name</option></select>');
    expect(html).toContain(
      '<input class="ds-input" type="date" id="groups-filter-from" name="from" value="2026-01-01"/>',
    );
  });

  it('lets the public finder name its button and make it the main one', () => {
    const html = render(
      'en',
      <ListFilters label="Find a group" submitLabel="Search" primary>
        x
      </ListFilters>,
    );
    expect(html).toContain('<button class="ds-button" type="submit">Search</button>');
  });
});
