import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { PartnerRepository } from '@selvhjelp/db';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from '@selvhjelp/domain';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../kernel/errors.js';
import { AttachmentStore } from './attachment-store.js';

// receive() writes nothing and never asks the repository; storing is covered in test/attachments.test.ts.
const store = new AttachmentStore({ dir: undefined, maxBytes: DEFAULT_ATTACHMENT_MAX_BYTES }, {} as PartnerRepository);
const CHUNK = 64 * 1024;

const pdf = (size: number) => {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write('%PDF-1.7\n');
  return bytes;
};

/** An upload as graphql-upload hands it over, counting how many chunks the reader pulled. */
function upload(bytes: Buffer, filename = 'avtale.pdf') {
  const pulled = { chunks: 0 };
  function* chunks() {
    for (let offset = 0; offset < bytes.length; offset += CHUNK) {
      pulled.chunks += 1;
      yield bytes.subarray(offset, offset + CHUNK);
    }
  }
  const file: FileUpload = {
    filename,
    mimetype: 'application/octet-stream',
    encoding: '7bit',
    createReadStream: () => Readable.from(chunks()),
  };
  return { promise: Promise.resolve(file), pulled };
}

describe('AttachmentStore.receive', () => {
  it('reads a document just under the limit, hashing it as it streams', async () => {
    const bytes = pdf(DEFAULT_ATTACHMENT_MAX_BYTES - 1024);
    const checked = await store.receive(upload(bytes).promise);
    expect(checked).toMatchObject({
      fileName: 'avtale.pdf',
      contentType: 'application/pdf',
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(checked.bytes.equals(bytes)).toBe(true);
  });

  it('refuses a document just over the limit, naming the attachment, and stops reading there', async () => {
    const { promise, pulled } = upload(pdf(DEFAULT_ATTACHMENT_MAX_BYTES * 2));
    const error = await store.receive(promise).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({
      message: expect.stringMatching(/for stort/),
      extensions: { code: 'BAD_USER_INPUT', field: 'input.attachment', reason: 'FILE_TOO_LARGE' },
    });
    expect(pulled.chunks).toBeLessThanOrEqual(DEFAULT_ATTACHMENT_MAX_BYTES / CHUNK + 2);
  });

  it('refuses an empty file, a missing name and content that does not match the name', async () => {
    await expect(store.receive(upload(Buffer.alloc(0)).promise)).rejects.toThrow(/tomt/);
    await expect(store.receive(upload(pdf(100), '  /tmp/ ').promise)).rejects.toThrow(/Filnavnet/);
    await expect(store.receive(upload(pdf(100), 'avtale.png').promise)).rejects.toThrow(/filtypene/);
  });
});
