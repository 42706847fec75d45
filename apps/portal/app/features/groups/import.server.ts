import type { RouterContextProvider } from 'react-router';
import { data } from 'react-router';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import { formErrorsFromGateway } from '../../shared/forms/form-errors';
import { formText } from '../../shared/forms/form-data';
import type { ImportGroupsMutation } from '../../generated/graphql';
import { createTranslator } from '../../shared/i18n/i18n';
import { readUpload, UploadError } from './upload.server';

const ImportGroupsDocument = graphql(`
  mutation ImportGroups($input: ImportGroupsInput!) {
    importGroups(input: $input) {
      dryRun
      committed
      validCount
      invalidCount
      duplicateCount
      createdCount
      rows {
        line
        name
        municipalityName
        valid
        duplicate
        errors {
          column
          message
          reason
          params {
            name
            value
          }
        }
      }
    }
  }
`);

/** Files larger than this are refused before they are read into memory. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

export type ImportResult = ImportGroupsMutation['importGroups'];

/** The confirm form's choices, where a refused import says what to tick. */
export const IMPORT_CHOICES = ['skipInvalid', 'importDuplicates'] as const;
export type ImportChoice = (typeof IMPORT_CHOICES)[number];

export type ImportActionData =
  | {
      step: 'checked';
      fileName: string;
      csv: string;
      result: ImportResult;
      errors?: Partial<Record<ImportChoice, string>>;
    }
  | { step: 'done'; skipInvalid: boolean; result: ImportResult }
  | { step: 'failed'; messages: string[] };

/** Browsers send form fields with CRLF line ends; the file itself may have either. */
const normaliseCsv = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

export function loadImportPage(context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  return { portal, maxBytes: MAX_CSV_BYTES };
}

/**
 * POST grupper/import. A multipart upload is checked (dry run) and the page shows row by row
 * what would happen; the confirm form posts the same CSV back to be written.
 */
export async function importAction(request: Request, context: Readonly<RouterContextProvider>) {
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const gateway = context.get(gatewayContext);
  const failed = (messages: string[], status = 400) => data<ImportActionData>({ step: 'failed', messages }, { status });

  let form: FormData;
  try {
    form = await readUpload(request, MAX_CSV_BYTES + 64 * 1024);
  } catch (error) {
    if (error instanceof UploadError) return failed([t('groups.import.tooLarge', { megabytes: 2 })], 413);
    throw error;
  }

  const commit = formText(form, 'intent') === 'commit';
  let csv: string;
  let fileName = '';
  if (commit) {
    csv = normaliseCsv(formText(form, 'csv'));
    fileName = formText(form, 'fileName');
  } else {
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return failed([t('groups.import.noFile')]);
    if (file.size > MAX_CSV_BYTES) return failed([t('groups.import.tooLarge', { megabytes: 2 })], 413);
    fileName = file.name;
    csv = normaliseCsv(await file.text());
  }
  if (csv.trim() === '') return failed([t('groups.import.noFile')]);

  const skipInvalid = commit && formText(form, 'skipInvalid') === 'true';
  const importDuplicates = commit && formText(form, 'importDuplicates') === 'true';
  // The text goes as a file the gateway streams, on checking and on writing alike.
  const send = (dryRun: boolean) =>
    gateway.mutateWithFiles(ImportGroupsDocument, {
      input: {
        file: new File([csv], fileName || 'grupper.csv', { type: 'text/csv' }),
        dryRun,
        skipInvalid,
        importDuplicates,
      },
    });
  try {
    const { importGroups } = await send(!commit);
    if (commit) return data<ImportActionData>({ step: 'done', skipInvalid, result: importGroups });
    return data<ImportActionData>({ step: 'checked', fileName, csv, result: importGroups });
  } catch (error) {
    if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'CONFLICT')) {
      const errors = formErrorsFromGateway(error, { fields: IMPORT_CHOICES, lang });
      // A refusal about a choice (skip the invalid rows, import the duplicates) is answered next
      // to its checkbox, with the preview checked again, so the user can tick it and go on.
      if (commit && Object.keys(errors.fields).length > 0) {
        const { importGroups } = await send(true);
        return data<ImportActionData>(
          { step: 'checked', fileName, csv, result: importGroups, errors: errors.fields },
          { status: 400 },
        );
      }
      return failed(errors.form.length > 0 ? errors.form : Object.values(errors.fields));
    }
    throw error;
  }
}
