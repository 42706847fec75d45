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
