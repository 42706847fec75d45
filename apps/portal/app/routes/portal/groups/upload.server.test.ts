import { describe, expect, it } from 'vitest';
import { readUpload, UploadError } from './upload.server';

function upload(bytes: number, declareLength = true): Request {
  const form = new FormData();
  form.append('intent', 'check');
  form.append('file', new File(['x'.repeat(bytes)], 'grupper.csv', { type: 'text/csv' }));
  const request = new Request('http://portal.test/vest/grupper/import', { method: 'POST', body: form });
  if (declareLength) return request;
  // No Content-Length: the limit must hold while the body streams.
  const headers = new Headers(request.headers);
  headers.delete('Content-Length');
  return new Request(request.url, { method: 'POST', headers, body: request.body, duplex: 'half' } as RequestInit);
}

describe('readUpload', () => {
  it('reads a form under the limit, file included', async () => {
    const form = await readUpload(upload(1000), 10_000);
    const file = form.get('file');
    expect(file).toBeInstanceOf(File);
    expect((file as File).size).toBe(1000);
    expect(form.get('intent')).toBe('check');
  });

  it('refuses a body over the limit, declared or not', async () => {
    await expect(readUpload(upload(20_000), 10_000)).rejects.toBeInstanceOf(UploadError);
    await expect(readUpload(upload(20_000, false), 10_000)).rejects.toBeInstanceOf(UploadError);
  });
});
