import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { MessageKey } from '../../../shared/i18n/i18n';
import type { ArgumentDoc, FieldDoc, SchemaReference, TypeDoc } from '../schema-reference';
import { isDocumented, schemaReference } from '../schema-reference';

let reference: SchemaReference | undefined;

/** `[Group!]!` with `Group` linked to its entry. */
function TypeRef({ doc }: { doc: ArgumentDoc }) {
  if (!isDocumented(doc.typeName)) return <code>{doc.type}</code>;
  const [before, after] = doc.type.split(doc.typeName) as [string, string];
  return (
    <code>
      {before}
      <a href={`#type-${doc.typeName}`}>{doc.typeName}</a>
      {after}
    </code>
  );
}

function Deprecation({ reason }: { reason: string | null }) {
  const { t } = useI18n();
  if (reason === null) return null;
  return (
    <Paragraph data-size="sm" className="api-deprecated">
      <Tag data-color="warning">{t('api.ref.deprecated', { reason })}</Tag>
    </Paragraph>
  );
}

function ArgumentList({ args }: { args: ArgumentDoc[] }) {
  const { t } = useI18n();
  if (args.length === 0) return null;
  return (
    <ul className="api-args" aria-label={t('api.ref.arguments')}>
      {args.map((arg) => (
        <li key={arg.name}>
          <code>{arg.name}</code>: <TypeRef doc={arg} />
          {arg.defaultValue !== null ? ` (${t('api.ref.default', { value: arg.defaultValue })})` : null}
          {arg.description ? ` – ${arg.description}` : null}
          <Deprecation reason={arg.deprecation} />
        </li>
      ))}
    </ul>
  );
}

function FieldList({ fields, idPrefix }: { fields: FieldDoc[]; idPrefix?: string }) {
  return (
    <ul className="api-fields">
      {fields.map((field) => (
        <li key={field.name} id={idPrefix ? `${idPrefix}-${field.name}` : undefined}>
          <code className="api-field-name">{field.name}</code>: <TypeRef doc={field} />
          {field.description ? <Paragraph data-size="sm">{field.description}</Paragraph> : null}
          <Deprecation reason={field.deprecation} />
          <ArgumentList args={field.args} />
        </li>
      ))}
    </ul>
  );
}

function TypeEntry({ type }: { type: TypeDoc }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={`type-${type.name}`} className="api-type">
      <Heading level={4} data-size="xs" id={`type-${type.name}`}>
        <code>{type.name}</code> <span className="api-kind">({t(`api.ref.kind.${type.kind}` as MessageKey)})</span>
      </Heading>
      {type.description ? <Paragraph data-size="sm">{type.description}</Paragraph> : null}
      {type.fields.length > 0 ? <FieldList fields={type.fields} /> : null}
      {type.values.length > 0 ? (
        <ul className="api-fields" aria-label={t(type.kind === 'union' ? 'api.ref.members' : 'api.ref.values')}>
          {type.values.map((value) => (
            <li key={value.name}>
              {type.kind === 'union' ? (
                <a href={`#type-${value.name}`}>
                  <code>{value.name}</code>
                </a>
              ) : (
                <code>{value.name}</code>
              )}
              {value.description ? <Fragment> – {value.description}</Fragment> : null}
              <Deprecation reason={value.deprecation} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The whole schema: queries, mutations, then every type by name. */
export function SchemaReferenceSection() {
  const { t } = useI18n();
  reference ??= schemaReference();
  return (
    <section aria-labelledby="referanse">
      <Heading level={2} data-size="md" id="referanse">
        {t('api.ref.heading')}
      </Heading>
      <Paragraph>{t('api.ref.intro')}</Paragraph>
      <Heading level={3} data-size="sm">
        {t('api.ref.queries')}
      </Heading>
      <FieldList fields={reference.queries} idPrefix="query" />
      <Heading level={3} data-size="sm">
        {t('api.ref.mutations')}
      </Heading>
      <FieldList fields={reference.mutations} idPrefix="mutation" />
      <Heading level={3} data-size="sm">
        {t('api.ref.types')}
      </Heading>
      {reference.types.map((type) => (
        <TypeEntry key={type.name} type={type} />
      ))}
    </section>
  );
}
