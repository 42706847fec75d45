import { Paragraph } from '@digdir/designsystemet-react';
import { LanguageSwitch } from './language-switch';

/** Header of pages used before login: the office's name and the language switch. */
export function PublicHeader({ office, town }: { office: string; town?: string | undefined }) {
  return (
    <header className="portal-header">
      <div className="portal-header__inner">
        <Paragraph className="portal-header__office">
          <strong>{office}</strong>
          {town ? <span className="portal-header__town">{town}</span> : null}
        </Paragraph>
        <div className="portal-header__tools">
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
