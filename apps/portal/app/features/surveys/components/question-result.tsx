import { Heading, ListItem, ListUnordered, Paragraph, Table } from '@digdir/designsystemet-react';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { TableScroll } from '../../../shared/list/list-kit';
import type { QuestionResult } from '../results.server';

interface Count {
  value: number | null;
  display: string;
}

/** A share of those who answered the question; hidden with its count (a share would give it away). */
function share(count: Count, answered: number | null, lang: string): string {
  if (count.value === null || !answered) return count.display;
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(count.value / answered);
}

/** One question's figures: a table of its options or scale values, or "too few answers". */
export function QuestionResultSection({ result, number }: { result: QuestionResult; number: number }) {
  const { t, lang } = useI18n();
  const { question } = result;
  const headingId = `result-${question.id}`;
  const rows =
    question.kind === 'SCALE'
      ? result.scale.map((row) => ({
          key: String(row.value),
          label:
            row.value === result.scale[0]?.value && question.scaleMinLabel
              ? `${row.value} – ${question.scaleMinLabel}`
              : row.value === result.scale.at(-1)?.value && question.scaleMaxLabel
                ? `${row.value} – ${question.scaleMaxLabel}`
                : String(row.value),
          count: row.count,
        }))
      : result.options.map((row) => ({ key: String(row.index), label: row.label, count: row.count }));
  return (
    <section aria-labelledby={headingId} className="portal-stack" data-testid="question-result">
      <Heading level={2} data-size="sm" id={headingId}>
        {`${number}. ${question.text}`}
      </Heading>
      {result.tooFewAnswers ? (
        <Paragraph data-testid="too-few-answers">{t('surveys.results.tooFew')}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">
            {t('surveys.results.answered', { count: result.answered ?? 0 })}
            {question.kind === 'MULTIPLE_CHOICE' ? ` ${t('surveys.results.multipleNote')}` : ''}
          </Paragraph>
          {question.kind === 'FREE_TEXT' ? (
            result.freeTextAnswers ? (
              <ListUnordered data-testid="free-text">
                {result.freeTextAnswers.map((text, index) => (
                  // Texts come in no meaningful order and may repeat: the position is the key.
                  <ListItem key={index}>{text}</ListItem>
                ))}
              </ListUnordered>
            ) : (
              <Paragraph>{t('surveys.results.freeTextHidden')}</Paragraph>
            )
          ) : (
            <TableScroll label={question.text} landmark={false}>
              <Table>
                <caption>{t('surveys.results.tableCaption', { number })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">
                      {question.kind === 'SCALE' ? t('surveys.results.value') : t('surveys.results.option')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="portal-chart__number">
                      {t('surveys.results.count')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="portal-chart__number">
                      {t('surveys.results.share')}
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {rows.map((row) => (
                    <Table.Row key={row.key}>
                      <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                      <Table.Cell className="portal-chart__number">{row.count.display}</Table.Cell>
                      <Table.Cell className="portal-chart__number">
                        {share(row.count, result.answered, lang)}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          )}
          {question.kind === 'SCALE' ? (
            <Paragraph>
              {result.scaleMean === null
                ? t('surveys.results.meanHidden')
                : t('surveys.results.mean', {
                    mean: new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', {
                      maximumFractionDigits: 2,
                    }).format(result.scaleMean),
                  })}
            </Paragraph>
          ) : null}
        </>
      )}
    </section>
  );
}

/** What "<5" and ":" mean, under any table that shows either. */
export function SuppressionLegend() {
  const { t } = useI18n();
  return (
    <Paragraph data-size="sm" data-testid="suppression-legend">
      {t('surveys.results.legend')}
    </Paragraph>
  );
}
