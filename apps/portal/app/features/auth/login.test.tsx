import { renderToStaticMarkup } from 'react-dom/server';
import { createRoutesStub } from 'react-router';
import { describe, expect, it } from 'vitest';
import LoginPage from './login';
import { I18nProvider } from '../../shared/i18n/i18n-context';
import { resolvePortal } from '../../shared/layout/portals';

const vest = resolvePortal('vest', undefined)!;

function renderLogin(actionData?: unknown) {
  const Stub = createRoutesStub([{ id: 'login', path: '/vest/logg-inn', Component: LoginPage }]);
  return renderToStaticMarkup(
    <I18nProvider lang="nb">
      <Stub
        initialEntries={['/vest/logg-inn?redirectTo=%2Fvest%2Fbrukere']}
        hydrationData={{
          loaderData: { login: { portal: vest, redirectTo: '/vest/brukere', sessionEnded: false, unpinned: false } },
          actionData: actionData ? { login: actionData } : null,
        }}
      />
    </I18nProvider>,
  );
}

describe('login page', () => {
  it('is a plain POST form with labelled fields and the page to return to', () => {
    const html = renderLogin();
    expect(html).toContain('<h1 class="ds-heading" data-size="lg">Logg inn</h1>');
    expect(html).toMatch(/<form[^>]*method="post"/);
    expect(html).toContain('<label class="ds-label" for="login-email">E-post</label>');
    expect(html).toContain('<label class="ds-label" for="login-password">Passord</label>');
    expect(html).toContain('<input type="hidden" name="redirectTo" value="/vest/brukere"/>');
    expect(html).not.toContain('role="alert"');
  });

  it('shows errors next to the form, keeps the email and never the password', () => {
    const html = renderLogin({
      email: 'kari@demo.selvhjelp.no',
      errors: { fields: { password: 'Fyll ut feltet.' }, form: ['Feil e-post eller passord.'] },
    });
    expect(html).toContain('role="alert"');
    expect(html).toContain('Feil e-post eller passord.');
    expect(html).toMatch(/id="login-email"[^>]*value="kari@demo.selvhjelp.no"/);
    expect(html).toMatch(/<input[^>]*id="login-password"(?![^>]*value=)[^>]*>/);
    expect(html).toMatch(/id="login-password"[^>]*aria-invalid="true"[^>]*aria-describedby="login-password-error"/);
    expect(html).toContain(
      '<p class="ds-validation-message" data-field="validation" id="login-password-error">Fyll ut feltet.</p>',
    );
  });
});
