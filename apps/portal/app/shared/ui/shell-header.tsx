import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { AppNavLink } from './app-link';
import { LanguageSwitch } from './language-switch';
import type { MessageKey } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-context';
import type { NavItem, Role } from '../layout/navigation';

export interface ShellHeaderProps {
  /** Path of the portal's home, e.g. `/vest`. */
  base: string;
  office: string;
  officeTown?: string | undefined;
  user: { name: string; role: Role };
  navigation: readonly NavItem[];
}

/** The portal's header: office, who is logged in, logout, language, and the capabilities. */
export function ShellHeader({ base, office, officeTown, user, navigation }: ShellHeaderProps) {
  const { t } = useI18n();
  const role = t(`role.${user.role}` as MessageKey);
  return (
    <header className="portal-header">
      <div className="portal-header__inner">
        <Paragraph className="portal-header__office">
          <strong>{office}</strong>
          {officeTown ? <span className="portal-header__town">{officeTown}</span> : null}
        </Paragraph>
        <div className="portal-header__tools">
          <Paragraph data-size="sm">{t('shell.user', { name: user.name, role })}</Paragraph>
          <Form method="post" action={`${base}/logg-ut`} className="portal-inline-form">
            <Button type="submit" variant="secondary" data-size="sm">
              {t('logout.submit')}
            </Button>
          </Form>
          <LanguageSwitch />
        </div>
      </div>
      <nav aria-label={t('shell.mainNav')} className="portal-header__inner portal-nav">
        <ul>
          {navigation.map((item) => (
            <li key={item.label}>
              {item.page === null ? (
                <span className="portal-nav__coming">{`${t(item.label)} ${t('shell.comingSoon')}`}</span>
              ) : (
                <AppNavLink to={item.page ? `${base}/${item.page}` : base} end>
                  {t(item.label)}
                </AppNavLink>
              )}
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
