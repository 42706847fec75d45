import { createHash } from 'node:crypto';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import type { RefusalParams } from '@selvhjelp/domain';
import { refusal } from '@selvhjelp/domain';
import type { GatewayError } from '../kernel/errors.js';
import { refused } from '../kernel/errors.js';

const withExtensions = (error: GatewayError, extra: Record<string, unknown>) => {
  Object.assign(error.extensions, extra);
  return error;
};

/** What a resolver receives for an `Upload` argument: the file, once its part arrives. */
export type UploadArg = Promise<FileUpload>;

/** A file read to the end within its limit: bytes, SHA-256 (hashed while reading) and name. */
export interface ReceivedFile {
  fileName: string;
  bytes: Buffer;
  sha256: string;
}

export interface ReadLimit {
  /** The input path named in errors, for example `input.attachment`. */
  field: string;
  maxBytes: number;
  /** The params of the FILE_TOO_LARGE refusal: what the file is and the limit the way the caller states it. */
  tooLarge: RefusalParams;
}

export const fileTooLarge = (limit: ReadLimit) =>
  withExtensions(refused(refusal('FILE_TOO_LARGE', limit.field, limit.tooLarge)), { maxBytes: limit.maxBytes });

/**
 * The file name as the sender had it: browsers and fetch's FormData (HTML's multipart encoding)
 * send `"`, CR and LF in a file name as %22, %0D and %0A, and busboy does not turn them back.
 */
export const decodeFormFileName = (name: string) =>
  name.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');

const statusOf = (error: unknown) =>
  typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
const isPayloadTooLarge = (error: unknown) => statusOf(error) === 413;
// graphql-upload's other refusals (a part missing, the client gone mid-file) are the sender's doing.
const isIncomplete = (error: unknown) =>
  typeof statusOf(error) === 'number' && (statusOf(error) as number) >= 400 && (statusOf(error) as number) < 500;

const incomplete = (limit: ReadLimit) => refused(refusal('UPLOAD_INCOMPLETE', limit.field));

/**
 * Reads an uploaded file chunk by chunk: the size is counted and the hash updated as each chunk
 * arrives, so the event loop is never held for the whole file, and reading stops (the stream is
 * destroyed) at the first byte past the limit. Nothing is stored here.
 */
export async function readUpload(upload: UploadArg, limit: ReadLimit): Promise<ReceivedFile> {
  let file: FileUpload;
  try {
    file = await upload;
  } catch (error) {
    // graphql-upload's own ceiling (the largest of all file limits) was passed first.
    if (isPayloadTooLarge(error)) throw fileTooLarge(limit);
    if (isIncomplete(error)) throw incomplete(limit);
    throw error;
  }
  const stream = file.createReadStream();
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit.maxBytes) throw fileTooLarge(limit);
      hash.update(chunk);
      chunks.push(chunk);
    }
  } catch (error) {
    if (isPayloadTooLarge(error)) throw fileTooLarge(limit);
    if (isIncomplete(error)) throw incomplete(limit);
    throw error;
  } finally {
    stream.destroy();
  }
  return {
    fileName: decodeFormFileName(file.filename),
    bytes: Buffer.concat(chunks, size),
    sha256: hash.digest('hex'),
  };
}
