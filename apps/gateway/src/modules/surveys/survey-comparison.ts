import type { SurveyComparisonRow } from '@selvhjelp/db';
import type { DistrictId, Locale, SurveyTemplateQuestion } from '@selvhjelp/domain';
import { findDistrict, findSurveyTemplate, protectTable, refusal } from '@selvhjelp/domain';
import { refused } from '../../kernel/errors.js';
import { present } from '../../kernel/support.js';
import { countView } from './survey-results.js';

function columnsOf(question: SurveyTemplateQuestion, language: Locale): { values: number[]; labels: string[] } {
  if (question.scale) {
    const values = Array.from(
      { length: question.scale.max - question.scale.min + 1 },
      (_, i) => question.scale!.min + i,
    );
    return { values, labels: values.map(String) };
  }
  return {
    values: question.options.map((_, index) => index),
    labels: question.options.map((option) => option[language]),
  };
}

/**
 * A template's questions across districts, one protected table per question (free text is
 * never compared). Rows are the districts with answers to the question; the cells, row and
 * column totals and the grand total are protected together (protectTable).
 */
export function compareDistricts(
  templateKey: string,
  rows: readonly SurveyComparisonRow[],
  language: Locale,
  period: { from: string | null; to: string | null },
) {
  const template = findSurveyTemplate(templateKey);
  if (!template) throw refused(refusal('SURVEY_TEMPLATE_UNKNOWN', 'templateKey'));
  const tables = template.questions
    .filter((question) => question.kind !== 'FREE_TEXT')
    .map((question) => {
      const { values, labels } = columnsOf(question, language);
      const mine = rows.filter((row) => row.questionKey === question.templateKey);
      const districts = [...new Set(mine.map((row) => row.districtId))].sort();
      const count = (districtId: DistrictId, value: number) =>
        mine.find((row) => row.districtId === districtId && row.value === value)?.count ?? 0;
      const table = protectTable({
        rows: districts,
        columns: values.map(String),
        cells: districts.map((districtId) => values.map((value) => count(districtId, value))),
      });
      return {
        questionKey: question.templateKey,
        kind: question.kind,
        question: question.text[language],
        columns: labels,
        rows: districts.map((districtId, r) => ({
          district: present(findDistrict(districtId), 'district'),
          cells: (table.cells[r] ?? []).map(countView),
          total: countView(table.rowTotals[r]!),
        })),
        columnTotals: table.columnTotals.map(countView),
        total: countView(table.total),
      };
    });
  return { templateKey, ...period, tables };
}
