import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AgreementAttachmentRecord, AttachmentWrite, PartnerRepository } from '@selvhjelp/db';
import { ATTACHMENT_TYPES, cleanAttachmentFileName, detectAttachmentType } from '@selvhjelp/domain';
import { badUserInput } from '../../kernel/errors.js';
import type { ReceivedFile, UploadArg } from '../../uploads/read-upload.js';
import { readUpload } from '../../uploads/read-upload.js';

/** Where agreement documents go: a folder (files named by SHA-256), or the database when unset. */
export interface AttachmentSettings {
  dir: string | undefined;
  maxBytes: number;
  /**
   * A folder file unused by every agreement is deleted only once it is older than this. An
   * identical document being uploaded at that moment rewrites the file (fresh mtime) before its
   * row commits, so a removal racing it leaves the file alone. Default: 10 minutes.
   */
  deleteGraceMs?: number;
}

export const DEFAULT_DELETE_GRACE_MS = 10 * 60 * 1000;

/** A document that passed every check; nothing has been written yet. */
export interface CheckedAttachment {
  fileName: string;
  contentType: string;
  bytes: Buffer;
  sha256: string;
}

const ALLOWED = Object.keys(ATTACHMENT_TYPES).join(', ');
const STORAGE_KEY = /^[0-9a-f]{64}$/;

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  const rounded = mb >= 1 ? Math.round(mb * 10) / 10 : Number(mb.toPrecision(2));
  return rounded.toLocaleString('nb-NO');
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Checks, stores, reads and deletes agreement documents. Checks come first and write nothing, so
 * a refused upload leaves no trace; folder files are written atomically and shared by identical
 * documents (the key is the content's hash), so one is deleted only when no agreement uses it.
 */
export class AttachmentStore {
  constructor(
    private readonly settings: AttachmentSettings,
    private readonly partners: PartnerRepository,
  ) {}

  get maxBytes(): number {
    return this.settings.maxBytes;
  }

  /**
   * Reads an uploaded document (refused at the first byte past the limit) and checks it: BAD_USER_INPUT
   * naming `field` for anything that is not an allowed document. Writes nothing.
   */
  async receive(upload: UploadArg, field = 'input.attachment'): Promise<CheckedAttachment> {
    const tooLarge = { file: 'DOCUMENT', megabytes: megabytes(this.settings.maxBytes) };
    return this.check(await readUpload(upload, { field, maxBytes: this.settings.maxBytes, tooLarge }), field);
  }

  /** The checks of `receive` on a file already read. */
  check(file: ReceivedFile, field = 'input.attachment'): CheckedAttachment {
    const { bytes } = file;
    if (bytes.length === 0) throw badUserInput(field, 'DOCUMENT_EMPTY');
    if (bytes.length > this.settings.maxBytes)
      throw badUserInput(field, 'FILE_TOO_LARGE', { file: 'DOCUMENT', megabytes: megabytes(this.settings.maxBytes) });
    const fileName = cleanAttachmentFileName(file.fileName);
    if (fileName === '') throw badUserInput(field, 'FILE_NAME_MISSING');
    const type = detectAttachmentType(bytes, fileName);
    if (!type) {
      throw badUserInput(field, 'DOCUMENT_TYPE_NOT_ALLOWED', { allowed: ALLOWED });
    }
    return { fileName, contentType: ATTACHMENT_TYPES[type].contentType, bytes, sha256: file.sha256 };
  }

  /** Puts the bytes where they belong: in the row (DATABASE) or, atomically, in the folder. */
  async store(checked: CheckedAttachment): Promise<AttachmentWrite> {
    const meta = {
      fileName: checked.fileName,
      contentType: checked.contentType,
      byteSize: checked.bytes.length,
      sha256: checked.sha256,
    };
    const dir = this.settings.dir;
    if (!dir) return { ...meta, content: new Uint8Array(checked.bytes), storageKey: null };
    await mkdir(dir, { recursive: true });
    const target = join(dir, checked.sha256);
    const temporary = join(dir, `.${checked.sha256}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await writeFile(temporary, checked.bytes, { flag: 'wx' });
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return { ...meta, content: null, storageKey: checked.sha256 };
  }

  /** The document's bytes; a folder file that no longer matches its hash is an error, never served. */
  async read(record: AgreementAttachmentRecord, content: Uint8Array | null): Promise<Buffer> {
    if (record.storage === 'DATABASE') {
      if (!content) throw new Error(`Attachment ${record.id} has no content in the database`);
      return Buffer.from(content);
    }
    const key = record.storageKey ?? '';
    if (!this.settings.dir) throw new Error(`Attachment ${record.id} is in a folder, but ATTACHMENT_DIR is not set`);
    if (!STORAGE_KEY.test(key)) throw new Error(`Attachment ${record.id} has an invalid storage key`);
    const bytes = await readFile(join(this.settings.dir, key));
    if (sha256Of(bytes) !== record.sha256) throw new Error(`Attachment ${record.id} does not match its SHA-256`);
    return bytes;
  }

  /**
   * Deletes folder files no agreement refers to any more (after a removal, a replacement or a
   * failed write), unless written within the grace period: then an identical upload may be about
   * to commit a row that needs it, and the file stays (an unused file costs only its bytes).
   */
  async release(keys: readonly (string | null | undefined)[]): Promise<void> {
    const dir = this.settings.dir;
    const candidates = [
      ...new Set(keys.filter((key): key is string => typeof key === 'string' && STORAGE_KEY.test(key))),
    ];
    if (!dir || candidates.length === 0) return;
    const inUse = await this.partners.attachmentStorageKeysInUse(candidates);
    const grace = this.settings.deleteGraceMs ?? DEFAULT_DELETE_GRACE_MS;
    const ignoreMissing = (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    };
    for (const key of candidates) {
      if (inUse.has(key)) continue;
      const file = join(dir, key);
      const written = await stat(file).then(({ mtimeMs }) => mtimeMs, ignoreMissing);
      if (written === undefined || Date.now() - written < grace) continue;
      await unlink(file).catch(ignoreMissing);
    }
  }
}
