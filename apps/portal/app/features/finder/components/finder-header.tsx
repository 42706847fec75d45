import { Link, Paragraph } from '@digdir/designsystemet-react';
import { LanguageSwitch } from '../../../shared/ui/language-switch';
import { useI18n } from '../../../shared/i18n/i18n-context';

/** The public finder's own header: no staff chrome, just where you are and the language. */
export function FinderHeader() {
  const { t } = useI18n();
  return (
    <header className="portal-header">
      <div className="portal-header__inner">
        <Paragraph className="portal-header__office">
          <Link href="/grupper" data-color="neutral">
            <strong>{t('finder.header')}</strong>
          </Link>
        </Paragraph>
        <div className="portal-header__tools">
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
