/**
 * Agreement documents. The type is decided by the file's first bytes and its name together;
 * a declared content type is never trusted on its own.
 */
export const ATTACHMENT_TYPES = {
  PDF: { contentType: 'application/pdf', extensions: ['pdf'] },
  DOCX: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  ODT: { contentType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  PNG: { contentType: 'image/png', extensions: ['png'] },
  JPEG: { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

/** Default upper limit; the gateway's ATTACHMENT_MAX_BYTES may lower or raise it. */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_FILE_NAME_MAX_LENGTH = 200;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // DOCX and ODT are zip containers

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The attachment type when the bytes and the name agree; null = not an allowed document. */
export function detectAttachmentType(bytes: Uint8Array, fileName: string): AttachmentType | null {
  const extension = extensionOf(fileName);
  const named = (Object.keys(ATTACHMENT_TYPES) as AttachmentType[]).find((type) =>
    (ATTACHMENT_TYPES[type].extensions as readonly string[]).includes(extension),
  );
  if (!named) return null;
  switch (named) {
    case 'PDF':
      return startsWith(bytes, PDF) ? named : null;
    case 'PNG':
      return startsWith(bytes, PNG) ? named : null;
    case 'JPEG':
      return startsWith(bytes, JPEG) ? named : null;
    case 'DOCX':
    case 'ODT':
      return startsWith(bytes, ZIP) ? named : null;
  }
}

/** A file name safe to store and to send back in Content-Disposition: no path, no control characters. */
export function cleanAttachmentFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return [...base]
    .filter((char) => char !== '"' && char.charCodeAt(0) > 0x1f && char.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(-ATTACHMENT_FILE_NAME_MAX_LENGTH);
}
