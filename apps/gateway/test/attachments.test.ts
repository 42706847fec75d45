import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestFile, TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import { CREATE_AGREEMENT, UPDATE_AGREEMENT, createPartner, dataOf, errorOf, pdfBytes } from './network-fixtures.js';

const MAX_BYTES = 2048;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

interface AgreementShape {
  id: string;
  version: number;
  inForce: boolean;
  attachment: { id: string; fileName: string; contentType: string; byteSize: number; sha256: string } | null;
}

const agreementInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Samarbeidsavtale 2026–2027',
  startsOn: '2026-01-01',
  endsOn: '2027-12-31',
  scope: 'Informasjon om selvhjelpsgrupper på legekontorene, og lokaler til to grupper.',
  ...overrides,
});
const upload = (bytes: Buffer, fileName = 'avtale.pdf') => ({ bytes, fileName });
const ATTACHMENT = 'variables.input.attachment';
/** createAgreement/updateAgreement with the document as a multipart file part (or none). */
const withDocument = <T>(gateway: TestGateway, mutation: string, input: Record<string, unknown>, token: string) => {
  const { attachment, ...rest } = input as { attachment?: TestFile };
  return attachment
    ? gateway.gqlWithFiles<T>(mutation, { input: { ...rest, attachment: null } }, { [ATTACHMENT]: attachment }, token)
    : gateway.gql<T>(mutation, { input: rest }, token);
};
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each(testBackends())('agreement documents on $name', (backend) => {
  let db: Database;
  let inDatabase: TestGateway;
  let inFolder: TestGateway;
  let folder: string;
  let vest: string;
  let vestInFolder: string;

  beforeAll(async () => {
    db = await backend.open();
    folder = await mkdtemp(join(tmpdir(), 'selvhjelp-vedlegg-'));
    inDatabase = await startTestGateway(db, { attachments: { dir: undefined, maxBytes: MAX_BYTES } });
    inFolder = await startTestGateway(db, {
      attachments: { dir: join(folder, 'nested', 'vedlegg'), maxBytes: MAX_BYTES, deleteGraceMs: 0 },
    });
    for (const gateway of [inDatabase, inFolder]) gateway.clock.now = new Date('2026-11-22T10:00:00Z');
    vest = await inDatabase.login('vest.ansatt@demo.selvhjelp.no');
    vestInFolder = await inFolder.login('vest.ansatt@demo.selvhjelp.no');
  });
  afterAll(async () => {
    await inDatabase?.close();
    await inFolder?.close();
    await db?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const agreementsOf = async (gateway: TestGateway, token: string, partnerId: string) =>
    dataOf(
      await gateway.gql<{ partner: { agreements: AgreementShape[] } }>(
        `query { partner(id: "${partnerId}") { agreements { id version inForce attachment { id fileName contentType byteSize sha256 } } } }`,
        {},
        token,
      ),
    ).partner.agreements;

  const folderFiles = async () => (await readdir(join(folder, 'nested', 'vedlegg')).catch(() => [] as string[])).sort();

  it('stores a document in the database and gives it back byte for byte', async () => {
    const partner = await createPartner(inDatabase, vest, { name: 'Legesenteret Fyllingsdalen', type: 'GP_OFFICE' });
    const bytes = pdfBytes();
    const created = await withDocument<{ createAgreement: AgreementShape }>(
      inDatabase,
      CREATE_AGREEMENT,
      {
        partnerId: partner.id,
        agreement: agreementInput(),
        attachment: upload(bytes, 'C:\\Users\\kari\\Avtale "signert".pdf'),
      },
      vest,
    );
    const agreement = dataOf(created).createAgreement;
    expect(agreement).toMatchObject({
      inForce: true,
      attachment: {
        fileName: 'Avtale signert.pdf',
        contentType: 'application/pdf',
        byteSize: bytes.length,
        sha256: sha256(bytes),
      },
    });
    const content = dataOf(
      await inDatabase.gql<{ agreement: { attachment: { contentBase64: string } } }>(
        `query { agreement(id: "${agreement.id}") { attachment { contentBase64 } } }`,
        {},
        vest,
      ),
    );
    expect(Buffer.from(content.agreement.attachment.contentBase64, 'base64').equals(bytes)).toBe(true);

    const removed = dataOf(
      await withDocument<{ updateAgreement: AgreementShape }>(
        inDatabase,
        UPDATE_AGREEMENT,
        {
          id: agreement.id,
          version: agreement.version,
          agreement: agreementInput({ endsOn: '2026-06-30' }),
          removeAttachment: true,
        },
        vest,
      ),
    ).updateAgreement;
    expect(removed).toMatchObject({ inForce: false, attachment: null, version: 2 });
    const stale = await withDocument(
      inDatabase,
      UPDATE_AGREEMENT,
      { id: agreement.id, version: agreement.version, agreement: agreementInput() },
      vest,
    );
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
  });

  it('refuses a document that is too large, of a forbidden type, empty or without a name, and an end before the start, writing nothing', async () => {
    const partner = await createPartner(inFolder, vestInFolder, { name: 'Fana legekontor', type: 'GP_OFFICE' });
    const filesBefore = await folderFiles();
    const tooLarge = Buffer.concat([pdfBytes(), Buffer.alloc(MAX_BYTES)]);
    const cases: [Record<string, unknown>, string, RegExp?][] = [
      [{ attachment: upload(tooLarge) }, 'input.attachment', /0,002 MB|2 KB|MB/],
      [
        { attachment: upload(Buffer.from('MZ\x90\x00 not a document', 'latin1'), 'avtale.exe') },
        'input.attachment',
        /PDF, DOCX, ODT, PNG, JPEG/,
      ],
      [{ attachment: upload(PNG, 'avtale.pdf') }, 'input.attachment'],
      [{ attachment: upload(pdfBytes(), 'avtale.pdf.exe') }, 'input.attachment'],
      [{ attachment: upload(Buffer.alloc(0)) }, 'input.attachment', /tomt/],
      [{ attachment: upload(pdfBytes(), '  /tmp/ ') }, 'input.attachment', /Filnavnet/],
      [
        { agreement: agreementInput({ startsOn: '2026-05-01', endsOn: '2026-04-30' }), attachment: upload(pdfBytes()) },
        'input.agreement.endsOn',
      ],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await withDocument(
        inFolder,
        CREATE_AGREEMENT,
        { partnerId: partner.id, agreement: agreementInput(), ...overrides },
        vestInFolder,
      );
      expect(errorOf(result), `${field} ${JSON.stringify(overrides).slice(0, 80)}`).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
      if (message) expect(result.errors?.[0]?.message).toMatch(message);
    }
    expect(await agreementsOf(inFolder, vestInFolder, partner.id)).toEqual([]);
    expect(await folderFiles()).toEqual(filesBefore);
  });

  it('keeps documents in the folder as files named by their SHA-256, reads them back, and deletes a file once no agreement uses it', async () => {
    const partner = await createPartner(inFolder, vestInFolder, {
      name: 'Frivilligsentralen Laksevåg',
      type: 'VOLUNTEER_CENTRE',
    });
    const bytes = pdfBytes('Avtale med frivilligsentralen');
    const create = async () =>
      dataOf(
        await withDocument<{ createAgreement: AgreementShape }>(
          inFolder,
          CREATE_AGREEMENT,
          { partnerId: partner.id, agreement: agreementInput(), attachment: upload(bytes) },
          vestInFolder,
        ),
      ).createAgreement;
    const first = await create();
    const second = await create();
    expect(first.attachment?.sha256).toBe(sha256(bytes));
    expect(await folderFiles()).toContain(sha256(bytes));
    expect((await folderFiles()).some((name) => name.endsWith('.tmp'))).toBe(false);
    expect((await readFile(join(folder, 'nested', 'vedlegg', sha256(bytes)))).equals(bytes)).toBe(true);

    const content = dataOf(
      await inFolder.gql<{ agreement: { attachment: { contentBase64: string } } }>(
        `query { agreement(id: "${first.id}") { attachment { contentBase64 } } }`,
        {},
        vestInFolder,
      ),
    );
    expect(Buffer.from(content.agreement.attachment.contentBase64, 'base64').equals(bytes)).toBe(true);

    // Two agreements share the file: removing one keeps it, removing both deletes it.
    dataOf(await inFolder.gql(`mutation { removeAgreement(id: "${first.id}") }`, {}, vestInFolder));
    expect(await folderFiles()).toContain(sha256(bytes));
    const png = Buffer.concat([PNG, Buffer.from('bilde av signert avtale')]);
    const replaced = dataOf(
      await withDocument<{ updateAgreement: AgreementShape }>(
        inFolder,
        UPDATE_AGREEMENT,
        { id: second.id, version: second.version, agreement: agreementInput(), attachment: upload(png, 'avtale.png') },
        vestInFolder,
      ),
    ).updateAgreement;
    expect(replaced.attachment).toMatchObject({ contentType: 'image/png', sha256: sha256(png) });
    expect(await folderFiles()).not.toContain(sha256(bytes));
    expect(await folderFiles()).toContain(sha256(png));

    // A file changed behind our back is never served.
    await writeFile(join(folder, 'nested', 'vedlegg', sha256(png)), Buffer.from('tampered'));
    const tampered = await inFolder.gql(
      `query { agreement(id: "${second.id}") { attachment { contentBase64 } } }`,
      {},
      vestInFolder,
    );
    expect(tampered.errors?.[0]?.message).not.toMatch(/SHA-256/);
    expect(tampered.data).toEqual({ agreement: { attachment: null } });
  });

  it('leaves a freshly written unused file for the grace period, so a removal cannot pull it from under an identical upload', async () => {
    const dir = join(folder, 'grace');
    const withGrace = await startTestGateway(db, { attachments: { dir, maxBytes: MAX_BYTES } });
    try {
      const token = await withGrace.login('vest.ansatt@demo.selvhjelp.no');
      const partner = await createPartner(withGrace, token, { name: 'Biblioteket i Sandviken', type: 'LIBRARY' });
      const bytes = pdfBytes('Avtale om lokaler');
      const create = async () =>
        dataOf(
          await withDocument<{ createAgreement: AgreementShape }>(
            withGrace,
            CREATE_AGREEMENT,
            { partnerId: partner.id, agreement: agreementInput(), attachment: upload(bytes) },
            token,
          ),
        ).createAgreement;
      const remove = async (id: string) =>
        dataOf(await withGrace.gql(`mutation { removeAgreement(id: "${id}") }`, {}, token));
      const first = await create();
      const second = await create();
      await remove(first.id);
      await remove(second.id);
      // Unused, but written a moment ago: kept.
      expect(await readdir(dir)).toContain(sha256(bytes));
      // Once older than the grace period, the next release deletes it.
      const third = await create();
      const old = new Date(Date.now() - 11 * 60 * 1000);
      await utimes(join(dir, sha256(bytes)), old, old);
      await remove(third.id);
      expect(await readdir(dir)).not.toContain(sha256(bytes));
    } finally {
      await withGrace.close();
    }
  });

  it('hides agreements of other districts, and refuses writes from national users', async () => {
    const partner = await createPartner(inDatabase, vest, { name: 'Bergen bibliotek', type: 'LIBRARY' });
    const agreement = dataOf(
      await withDocument<{ createAgreement: AgreementShape }>(
        inDatabase,
        CREATE_AGREEMENT,
        { partnerId: partner.id, agreement: agreementInput() },
        vest,
      ),
    ).createAgreement;
    const nord = await inDatabase.login('nord.ansatt@demo.selvhjelp.no');
    expect(errorOf(await inDatabase.gql(`query { agreement(id: "${agreement.id}") { id } }`, {}, nord))?.code).toBe(
      'NOT_FOUND',
    );
    expect(errorOf(await inDatabase.gql(`mutation { removeAgreement(id: "${agreement.id}") }`, {}, nord))?.code).toBe(
      'NOT_FOUND',
    );
    expect(
      errorOf(
        await withDocument(
          inDatabase,
          CREATE_AGREEMENT,
          { partnerId: partner.id, agreement: agreementInput(), attachment: upload(pdfBytes()) },
          nord,
        ),
      )?.code,
    ).toBe('NOT_FOUND');
    const national = await inDatabase.login('nasjonal@demo.selvhjelp.no');
    expect(
      errorOf(
        await withDocument(
          inDatabase,
          CREATE_AGREEMENT,
          { partnerId: partner.id, agreement: agreementInput() },
          national,
        ),
      )?.code,
    ).toBe('FORBIDDEN');
    expect(
      dataOf(
        await inDatabase.gql<{ agreement: { id: string } }>(
          `query { agreement(id: "${agreement.id}") { id } }`,
          {},
          national,
        ),
      ).agreement.id,
    ).toBe(agreement.id);
  });
});
