import { renderToStaticMarkup } from 'react-dom/server';
import { createRoutesStub } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ShellHeader } from './shell-header';
import { I18nProvider } from '../i18n/i18n-context';
import type { Lang } from '../i18n/i18n';
import { navigationFor } from '../layout/navigation';
import { resolvePortal } from '../layout/portals';

function renderHeader(lang: Lang, path = '/vest') {
  const vest = resolvePortal('vest', undefined)!;
  const Stub = createRoutesStub([
    {
      path: '/vest/*',
      Component: () => (
        <ShellHeader
          base="/vest"
          office="Selvhjelp Vest"
          officeTown="Bergen"
          user={{ name: 'Kari Haugland', role: 'DISTRICT_LEAD' }}
          navigation={navigationFor(vest, 'DISTRICT_LEAD')}
        />
      ),
    },
  ]);
  return renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <Stub initialEntries={[path]} />
    </I18nProvider>,
  );
}

describe('ShellHeader', () => {
  it('shows the office, the user and the role in bokmål', () => {
    const html = renderHeader('nb');
    expect(html).toContain('Selvhjelp Vest');
    expect(html).toContain('Bergen');
    expect(html).toContain('Innlogget som Kari Haugland (distriktsleder)');
  });

  it('links every district capability, inquiries included', () => {
    const html = renderHeader('nb');
    expect(html).toContain('<nav aria-label="Hovedmeny"');
    expect(html).not.toContain('(kommer)');
    expect(html).toMatch(/<a[^>]*href="\/vest\/brukere"[^>]*>Brukere<\/a>/);
    expect(html).toMatch(/<a[^>]*href="\/vest\/grupper"[^>]*>Grupper<\/a>/);
    expect(html).toMatch(/<a[^>]*href="\/vest\/igangsettere"[^>]*>Igangsettere og kurs<\/a>/);
    expect(html).toMatch(/<a[^>]*href="\/vest\/samarbeidspartnere"[^>]*>Samarbeidspartnere<\/a>/);
    expect(html).toMatch(/<a[^>]*href="\/vest\/aktiviteter"[^>]*>Aktiviteter<\/a>/);
    expect(html).toMatch(/<a[^>]*href="\/vest\/henvendelser"[^>]*>Henvendelser<\/a>/);
  });

  it('marks the current page', () => {
    expect(renderHeader('nb', '/vest/brukere')).toMatch(/<a[^>]*aria-current="page"[^>]*href="\/vest\/brukere"/);
  });

  it('logs out and switches language with plain POST forms', () => {
    const html = renderHeader('en', '/vest/brukere?role=ADMIN');
    expect(html).toMatch(/<form[^>]*action="\/vest\/logg-ut" method="post"/);
    expect(html).toMatch(/<form[^>]*action="\/sprak" method="post"/);
    expect(html).toContain('<input type="hidden" name="lang" value="nb"/>');
    expect(html).toContain('<input type="hidden" name="redirectTo" value="/vest/brukere?role=ADMIN"/>');
    expect(html).toMatch(/<a[^>]*href="\/vest\/henvendelser"[^>]*>Inquiries<\/a>/);
    expect(html).toMatch(/<a[^>]*href="\/vest\/grupper"[^>]*>Groups<\/a>/);
  });
});
