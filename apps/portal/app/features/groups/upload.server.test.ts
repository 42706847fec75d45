import { describe, expect, it } from 'vitest';
import { readFormWithFile, readUpload, UploadError } from './upload.server';

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

describe('readFormWithFile', () => {
  const form = (fileBytes: number) => {
    const body = new FormData();
    body.append('title', 'Samarbeidsavtale');
    body.append('attachment', new File(['%PDF'.padEnd(fileBytes, 'x')], 'Avtale æøå.pdf', { type: 'application/pdf' }));
    body.append('scope', 'Lokaler');
    return new Request('http://portal.test/vest/samarbeidspartnere/p1/avtaler/ny', { method: 'POST', body });
  };

  it('keeps the fields and a file within its limit, with its UTF-8 name', async () => {
    const { form: read, tooLargeFile } = await readFormWithFile(form(1000), {
      maxFileBytes: 2000,
      maxBodyBytes: 10_000,
    });
    expect(tooLargeFile).toBeNull();
    expect(read.get('title')).toBe('Samarbeidsavtale');
    expect(read.get('scope')).toBe('Lokaler');
    const file = read.get('attachment') as File;
    expect(file.name).toBe('Avtale æøå.pdf');
    expect(file.size).toBe(1000);
  });

  it('drops a file over its limit but keeps the fields typed around it', async () => {
    const { form: read, tooLargeFile } = await readFormWithFile(form(5000), {
      maxFileBytes: 2000,
      maxBodyBytes: 10_000,
    });
    expect(tooLargeFile).toBe('attachment');
    expect(read.get('attachment')).toBeNull();
    expect(read.get('title')).toBe('Samarbeidsavtale');
    expect(read.get('scope')).toBe('Lokaler');
  });

  it('refuses a body over the overall limit', async () => {
    await expect(readFormWithFile(form(20_000), { maxFileBytes: 2000, maxBodyBytes: 10_000 })).rejects.toBeInstanceOf(
      UploadError,
    );
  });
});
