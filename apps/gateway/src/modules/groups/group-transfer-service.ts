import type { Database } from '@selvhjelp/db';
import {
  GROUP_CSV_COLUMNS,
  groupDataSnapshot,
  groupsToCsv,
  initialFollowUpDue,
  markDuplicates,
  parseGroupCsv,
  scopeIncludes,
  todayIn,
} from '@selvhjelp/domain';
import { DEFAULT_LOCALE, renderMessage } from '@selvhjelp/domain';
import type { Locale, RefusalParams } from '@selvhjelp/domain';
import { badUserInput, refusedAll } from '../../kernel/errors.js';
import type { UploadArg } from '../../uploads/read-upload.js';
import { readUpload } from '../../uploads/read-upload.js';
import type { Viewer } from '../../kernel/policy.js';
import type { ReadPath } from '../../kernel/read-path.js';
import { districtWriteScope, readScope } from '../../kernel/policy.js';
import type { GroupFilterArgs } from './group-filter.js';
import { parseGroupFilter, parseGroupOrder } from './group-filter.js';
import { groupDataOf, newGroupSlug } from './group-service.js';

/** Default of CSV_IMPORT_MAX_BYTES. */
export const DEFAULT_CSV_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
const EXPORT_LIMIT = 5_000;
const EXPORT_PAGE = 100;
const MUNICIPALITY_COLUMN = GROUP_CSV_COLUMNS.find((column) => column.key === 'municipality')?.header ?? 'kommune';

export interface ImportRowError {
  column: string;
  message: string;
  reason: string;
  params: { name: string; value: string }[];
}

export interface ImportRowResult {
  line: number;
  name: string | null;
  municipalityName: string | null;
  valid: boolean;
  duplicate: boolean;
  errors: ImportRowError[];
}

/** A row's refusal in the reader's language, with its reason and params for clients that render their own. */
const rowError = (
  error: { column: string; reason: string; params?: RefusalParams | undefined },
  locale: Locale,
): ImportRowError => ({
  column: error.column,
  message: renderMessage(error.reason, error.params, locale),
  reason: error.reason,
  params: Object.entries(error.params ?? {}).map(([name, value]) => ({ name, value: String(value) })),
});

/** UTF-8 text (a leading BOM dropped); a file in another encoding is refused rather than garbled. */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badUserInput('input.file', 'CSV_NOT_UTF8');
  }
}

/** CSV in and out of the registry, in the one documented column format. */
export class GroupTransferService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
    private readonly csvMaxBytes = DEFAULT_CSV_IMPORT_MAX_BYTES,
  ) {}

  async exportCsv(filter: GroupFilterArgs | null | undefined, orderBy: unknown): Promise<string> {
    const scope = readScope(this.viewer);
    const parsedFilter = parseGroupFilter(filter);
    const order = parseGroupOrder(orderBy);
    const rows = [];
    let after: string | undefined;
    // Page through with the same keyset as the list, so the export matches what staff see.
    while (rows.length < EXPORT_LIMIT) {
      const page = await this.db.repositories.groups.list(scope, {
        filter: parsedFilter,
        order,
        first: EXPORT_PAGE,
        after,
      });
      rows.push(...page.nodes);
      if (!page.hasNextPage || !page.endCursor) break;
      after = page.endCursor;
    }
    const exported = await this.read.pass('group', rows, 'export', 'groupsCsv');
    return groupsToCsv(exported.map((group) => ({ ...groupDataOf(group), status: group.status })));
  }

  async import(
    input: { file: UploadArg; dryRun: boolean; skipInvalid?: boolean | null; importDuplicates?: boolean | null },
    locale: Locale = DEFAULT_LOCALE,
  ) {
    const scope = districtWriteScope(this.viewer);
    const megabytes = Math.round((this.csvMaxBytes / (1024 * 1024)) * 10) / 10;
    const file = await readUpload(input.file, {
      field: 'input.file',
      maxBytes: this.csvMaxBytes,
      tooLarge: { file: 'FILE', megabytes: megabytes.toLocaleString('nb-NO') },
    });
    const parsed = parseGroupCsv(decodeUtf8(file.bytes));
    if (parsed.headerRefusals.length > 0) throw refusedAll(parsed.headerRefusals, 'input.file');
    if (parsed.rows.length === 0) throw badUserInput('input.file', 'CSV_NO_GROUPS');

    const checked = parsed.rows.map((row) => {
      const errors = [...row.errors];
      if (row.data && !scopeIncludes(scope, row.data.districtId)) {
        errors.push({
          column: MUNICIPALITY_COLUMN,
          reason: 'MUNICIPALITY_OTHER_DISTRICT',
          message: renderMessage('MUNICIPALITY_OTHER_DISTRICT', undefined, DEFAULT_LOCALE),
        });
      }
      return { ...row, errors, valid: errors.length === 0 && row.data !== null };
    });
    // A file checked again after it was imported must not look new: valid rows that repeat a
    // group of the district, or an earlier row, are flagged and left out unless asked for.
    const candidates = checked.filter((row) => row.valid).map((row) => row.data!);
    const existing = await this.db.repositories.groups.findByNames(
      scope,
      candidates.map((data) => data.name),
    );
    const repeats = markDuplicates(existing, candidates);
    let next = 0;
    const rows = checked.map((row) => ({ ...row, duplicate: row.valid ? repeats[next++]! : false }));
    const valid = rows.filter((row) => row.valid);
    const duplicateCount = valid.filter((row) => row.duplicate).length;
    const summary = (committed: boolean, createdCount: number) => ({
      dryRun: input.dryRun,
      committed,
      validCount: valid.length,
      invalidCount: rows.length - valid.length,
      duplicateCount,
      createdCount,
      rows: rows.map((row): ImportRowResult => ({
        line: row.line,
        name: row.name,
        municipalityName: row.municipalityName,
        valid: row.valid,
        duplicate: row.duplicate,
        errors: row.errors.map((error) => rowError(error, locale)),
      })),
    });

    if (input.dryRun) return summary(false, 0);
    if (valid.length < rows.length && !input.skipInvalid) {
      throw badUserInput('input.skipInvalid', 'CSV_ROWS_INVALID', { count: rows.length - valid.length });
    }
    if (valid.length === 0) throw badUserInput('input.file', 'CSV_NO_VALID_ROWS');
    const toCreate = input.importDuplicates ? valid : valid.filter((row) => !row.duplicate);
    if (toCreate.length === 0) throw badUserInput('input.importDuplicates', 'CSV_ALL_DUPLICATES');

    const now = this.now();
    const today = todayIn(now);
    const created = await this.db.repositories.groups.createMany(
      scope,
      toCreate.map((row) => {
        const data = row.data!;
        return {
          data,
          slug: newGroupSlug(data),
          status: row.status,
          nextFollowUpDue: row.status === 'IDEA' ? null : initialFollowUpDue(data.schedule.startDate),
          statusReason: 'Importert fra CSV',
          changeKind: 'IMPORTED' as const,
          fields: groupDataSnapshot(data),
          actorId: this.viewer.user.id,
          now,
          today,
        };
      }),
    );
    return summary(true, created);
  }
}
