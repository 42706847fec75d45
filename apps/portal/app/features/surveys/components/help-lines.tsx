import { Alert, Heading, ListItem, ListUnordered } from '@digdir/designsystemet-react';
import { useI18n } from '../../../shared/i18n/i18n-context';

export interface HelpLine {
  name: string;
  phone: string;
}

/** Where someone can talk to a person now: the template's help lines, always on the page. */
export function HelpLines({ lines, id = 'help-lines' }: { lines: readonly HelpLine[]; id?: string }) {
  const { t } = useI18n();
  return (
    <Alert data-color="info" aria-labelledby={`${id}-heading`} id={id}>
      <Heading level={2} data-size="xs" id={`${id}-heading`}>
        {t('surveys.public.helpHeading')}
      </Heading>
      <ListUnordered>
        {lines.map((line) => (
          <ListItem key={line.phone}>
            {line.name}: <a href={`tel:${line.phone.replace(/\s/g, '')}`}>{line.phone}</a>
          </ListItem>
        ))}
      </ListUnordered>
    </Alert>
  );
}
