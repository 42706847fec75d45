import { renderToStaticMarkup } from 'react-dom/server';
import { createRoutesStub } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ActivityForm } from './activity-form';
import { I18nProvider } from '../../../shared/i18n/i18n-context';
import { EMPTY_ACTIVITY_FORM } from '../activity-form';

function render(props: Partial<Parameters<typeof ActivityForm>[0]> = {}) {
  const Stub = createRoutesStub([
    {
      path: '/vest/aktiviteter/ny',
      Component: () => (
        <ActivityForm
          values={{ ...EMPTY_ACTIVITY_FORM, partnerIds: ['p1'], participantCount: 'førti' }}
          errors={{ fields: { participantCount: 'Skriv et helt tall.' }, form: [] }}
          staff={[{ id: 's1', name: 'Eirik Vik' }]}
          partners={[
            { id: 'p1', name: 'Bergen kommune' },
            { id: 'p2', name: 'NAV Voss' },
          ]}
          municipalities={[{ number: '4601', name: 'Bergen' }]}
          cancelHref="/vest/aktiviteter"
          {...props}
        />
      ),
    },
  ]);
  return renderToStaticMarkup(
    <I18nProvider lang="nb">
      <Stub initialEntries={['/vest/aktiviteter/ny']} />
    </I18nProvider>,
  );
}

describe('activity form', () => {
  it('shows an error next to its field and in the summary, keeping what was typed', () => {
    const html = render();
    expect(html).toContain('href="#activity-participantCount">Antall deltakere: Skriv et helt tall.</a>');
    expect(html).toMatch(
      /id="activity-participantCount" aria-invalid="true" aria-describedby="[^"]*activity-participantCount-error"[^>]*value="førti"/,
    );
    expect(html).toContain('id="activity-participantCount-error"');
  });

  it('groups the checkboxes under legends and ticks the chosen partner', () => {
    const html = render();
    for (const legend of ['Ansatte som deltok', 'Samarbeidspartnere', 'Målgrupper', 'Temaer', 'Status']) {
      expect(html).toMatch(new RegExp(`<fieldset[^>]*>(?:(?!</fieldset>).)*<legend[^>]*>${legend}</legend>`, 's'));
    }
    expect(html).toMatch(/id="activity-partnerIds" name="partnerIds" checked="" value="p1"/);
    expect(html).not.toMatch(/name="partnerIds" checked="" value="p2"/);
    expect(html).not.toContain('name="version"');
  });

  it('on a conflict, offers a reload and sends the version saved now', () => {
    const html = render({ version: 3, conflict: { version: 4 }, reloadHref: '/vest/aktiviteter/a1/rediger' });
    expect(html).toContain('data-testid="activity-conflict"');
    expect(html).toContain('href="/vest/aktiviteter/a1/rediger"');
    expect(html).toContain('name="version" value="4"');
  });
});
