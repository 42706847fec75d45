import { describe, expect, it } from 'vitest';
import { cleanAttachmentFileName, detectAttachmentType } from './attachments.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('detectAttachmentType', () => {
  it('knows documents by their first bytes and their name together', () => {
    expect(detectAttachmentType(text('%PDF-1.7\n…'), 'avtale.pdf')).toBe('PDF');
    expect(detectAttachmentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'skann.PNG')).toBe('PNG');
    expect(detectAttachmentType(bytes(0xff, 0xd8, 0xff, 0xe0), 'skann.jpeg')).toBe('JPEG');
    expect(detectAttachmentType(bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'avtale.docx')).toBe('DOCX');
    expect(detectAttachmentType(bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'avtale.odt')).toBe('ODT');
  });

  it('refuses a name that lies about the content', () => {
    expect(detectAttachmentType(text('MZ\x90\x00'), 'avtale.pdf')).toBeNull();
    expect(detectAttachmentType(text('%PDF-1.7'), 'avtale.png')).toBeNull();
  });

  it('refuses types that are not allowed, whatever the content', () => {
    expect(detectAttachmentType(text('MZ\x90\x00'), 'program.exe')).toBeNull();
    expect(detectAttachmentType(text('<html>'), 'side.html')).toBeNull();
    expect(detectAttachmentType(text('%PDF-1.7'), 'uten-endelse')).toBeNull();
    expect(detectAttachmentType(bytes(), 'tom.pdf')).toBeNull();
  });
});

describe('cleanAttachmentFileName', () => {
  it('keeps the base name without paths, quotes or control characters', () => {
    expect(cleanAttachmentFileName('C:\\Users\\kari\\Avtale "2026".pdf')).toBe('Avtale 2026.pdf');
    expect(cleanAttachmentFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanAttachmentFileName('avtale\r\n.pdf')).toBe('avtale.pdf');
  });

  it('keeps the end of a long name, where the extension is', () => {
    const cleaned = cleanAttachmentFileName(`${'a'.repeat(300)}.pdf`);
    expect(cleaned).toHaveLength(200);
    expect(cleaned.endsWith('.pdf')).toBe(true);
  });
});
