import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';

/** A request body over the limit: refused before it is buffered. */
export class UploadError extends Error {
  override readonly name = 'UploadError';
}

/**
 * The posted form, read with a size limit: the declared length is checked first, and the
 * body is counted as it streams, so a large or lying upload never fills the memory.
 */
export async function readUpload(request: Request, maxBytes: number): Promise<FormData> {
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  if (declared > maxBytes) throw new UploadError(`Upload of ${declared} bytes exceeds ${maxBytes}`);
  if (!request.body) return request.formData();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new UploadError(`Upload exceeds ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const body = new Blob(chunks as BlobPart[]);
  return new Request(request.url, { method: request.method, headers: request.headers, body }).formData();
}

export interface FormWithFile {
  /** The text fields, and the file when it was within its limit. */
  form: FormData;
  /** The name of a file field whose file was over its limit (its bytes were read and dropped). */
  tooLargeFile: string | null;
}

/**
 * The posted form with at most one file, kept only up to `maxFileBytes`: a larger file is dropped
 * while it streams, and the other fields are kept, so the page can say why next to the file field
 * without losing what was typed. The whole body is still limited to `maxBodyBytes`.
 */
export async function readFormWithFile(
  request: Request,
  limits: { maxFileBytes: number; maxBodyBytes: number },
): Promise<FormWithFile> {
  const contentType = request.headers.get('Content-Type') ?? '';
  if (!request.body || !contentType.toLowerCase().startsWith('multipart/form-data')) {
    return { form: await readUpload(request, limits.maxBodyBytes), tooLargeFile: null };
  }
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  if (declared > limits.maxBodyBytes)
    throw new UploadError(`Upload of ${declared} bytes exceeds ${limits.maxBodyBytes}`);

  const form = new FormData();
  let tooLargeFile: string | null = null;
  const body = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
  await new Promise<void>((resolve, reject) => {
    // Browsers send file names as UTF-8; busboy's default would read them as Latin-1.
    const parser = busboy({
      headers: { 'content-type': contentType },
      defParamCharset: 'utf8',
      limits: { files: 1, fileSize: limits.maxFileBytes },
    });
    parser.on('field', (name, value) => form.append(name, value));
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      // Past the limit busboy stops delivering the file and skips the rest of its bytes.
      stream.on('limit', () => {
        tooLargeFile = name;
        chunks.length = 0;
      });
      stream.on('end', () => {
        if (tooLargeFile !== name)
          form.append(name, new File(chunks as BlobPart[], info.filename ?? '', { type: info.mimeType }));
      });
    });
    parser.on('close', resolve);
    parser.on('error', reject);
    let total = 0;
    body.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total <= limits.maxBodyBytes) return;
      body.unpipe(parser);
      body.destroy();
      reject(new UploadError(`Upload exceeds ${limits.maxBodyBytes} bytes`));
    });
    body.on('error', reject);
    body.pipe(parser);
  });
  return { form, tooLargeFile };
}
