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
      createdCount
      rows {
        line
        name
        municipalityName
        valid
        errors {
          column
          message
        }
      }
    }
  }
`);

/** Files larger than this are refused before they are read into memory. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

export type ImportResult = ImportGroupsMutation['importGroups'];

export type ImportActionData =
  | { step: 'checked'; fileName: string; csv: string; result: ImportResult }
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
  const t = createTranslator(context.get(langContext));
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
  } else {
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return failed([t('groups.import.noFile')]);
    if (file.size > MAX_CSV_BYTES) return failed([t('groups.import.tooLarge', { megabytes: 2 })], 413);
    fileName = file.name;
    csv = normaliseCsv(await file.text());
  }
  if (csv.trim() === '') return failed([t('groups.import.noFile')]);

  const skipInvalid = commit && formText(form, 'skipInvalid') === 'true';
  try {
    // The text goes as a file the gateway streams, on checking and on writing alike.
    const file = new File([csv], fileName || 'grupper.csv', { type: 'text/csv' });
    const { importGroups } = await gateway.mutateWithFiles(ImportGroupsDocument, { input: { file, dryRun: !commit, skipInvalid } });
    if (commit) return data<ImportActionData>({ step: 'done', skipInvalid, result: importGroups });
    return data<ImportActionData>({ step: 'checked', fileName, csv, result: importGroups });
  } catch (error) {
    if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'CONFLICT')) {
      return failed(formErrorsFromGateway(error, { lang: context.get(langContext) }).form);
    }
    throw error;
  }
}
