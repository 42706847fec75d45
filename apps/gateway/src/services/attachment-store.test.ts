import type { PartnerRepository } from '@selvhjelp/db';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../errors.js';
import { AttachmentStore } from './attachment-store.js';

// check() writes nothing and never asks the repository; storing is covered in test/attachments.test.ts.
const store = new AttachmentStore({ dir: undefined, maxBytes: DEFAULT_ATTACHMENT_MAX_BYTES }, {} as PartnerRepository);

const pdf = (size: number) => {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write('%PDF-1.7\n');
  return bytes;
};

describe('AttachmentStore.check', () => {
  it('accepts a document just under the limit (a large base64 string must not exhaust the stack)', () => {
    const bytes = pdf(DEFAULT_ATTACHMENT_MAX_BYTES - 1024);
    const checked = store.check({ fileName: 'avtale.pdf', contentBase64: bytes.toString('base64') });
    expect(checked).toMatchObject({ fileName: 'avtale.pdf', contentType: 'application/pdf' });
    expect(checked.bytes.equals(bytes)).toBe(true);
  });

  it('refuses a document just over the limit, naming the attachment', () => {
    const attempt = () => store.check({ fileName: 'avtale.pdf', contentBase64: pdf(DEFAULT_ATTACHMENT_MAX_BYTES + 1).toString('base64') });
    expect(attempt).toThrow(GatewayError);
    expect(attempt).toThrow(/for stort/);
  });

  it('refuses base64 that is not canonical', () => {
    for (const contentBase64 of ['JVBERi0xLjQ', 'JVBE=i0xLjQK', 'JVBERi0xLjQK====', 'JVBERi0x LjQK']) {
      expect(() => store.check({ fileName: 'avtale.pdf', contentBase64 }), contentBase64).toThrow(/base64/);
    }
  });
});
