import { renderToStaticMarkup } from 'react-dom/server';
import { createRoutesStub } from 'react-router';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../shared/i18n/i18n-context';
import type { AttendanceExceptionSectionProps } from './attendance-exception';
import { AttendanceExceptionSection } from './attendance-exception';

function render(props: Partial<AttendanceExceptionSectionProps>) {
  const Stub = createRoutesStub([
    {
      path: '/vest/kurs/c1',
      Component: () => <AttendanceExceptionSection candidates={[]} sessionCount={3} {...props} />,
    },
  ]);
  return renderToStaticMarkup(
    <I18nProvider lang="nb">
      <Stub initialEntries={['/vest/kurs/c1']} />
    </I18nProvider>,
  );
}

describe('the lead’s exception from full attendance', () => {
  it('offers the participants who missed a session, with a reason field', () => {
    const html = render({ candidates: [{ id: 'e1', facilitator: { name: 'Kari Nordmann' }, attended: 2 }] });
    expect(html).toContain('<option value="e1">Kari Nordmann (2 / 3)</option>');
    expect(html).toContain('name="intent" value="exception"');
    expect(html).toMatch(/name="reason"/);
    expect(html).toContain('maxLength="300"');
  });

  it('shows a refusal with what was typed, and nothing when nobody needs an exception', () => {
    const html = render({
      candidates: [{ id: 'e1', facilitator: { name: 'Kari Nordmann' }, attended: 2 }],
      result: {
        intent: 'exception',
        ok: false,
        enrolmentId: 'e1',
        reason: '',
        errors: { fields: { reason: 'Skriv en kort begrunnelse for unntaket.' }, form: [] },
      },
    });
    expect(html).toContain('Skriv en kort begrunnelse for unntaket.');
    expect(render({})).toBe('');
  });
});
