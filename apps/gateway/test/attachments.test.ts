import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@selvhjelp/db';
import { createSignedInStaffUser, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { AgreementInput, CreateAgreementInput, UpdateAgreementInput } from './generated/graphql.js';
import type { TestFile, TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import { createPartner, dataOf, errorOf, pdfBytes } from './network-fixtures.js';

const MAX_BYTES = 2048;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** What the agreement mutations read back. */
graphql(`
  fragment AgreementFields on Agreement {
    id
    title
    startsOn
    endsOn
    inForce
    version
    attachment {
      id
      fileName
      contentType
      byteSize
      sha256
    }
  }
`);
const CREATE_AGREEMENT = graphql(`
  mutation CreateTestAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);
const UPDATE_AGREEMENT = graphql(`
  mutation UpdateTestAgreement($input: UpdateAgreementInput!) {
    updateAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);
const REMOVE_AGREEMENT = graphql(`
  mutation RemoveTestAgreement($id: ID!) {
    removeAgreement(id: $id)
  }
`);
const AGREEMENT_ID = graphql(`
  query AgreementIdInDistrict($id: ID!) {
    agreement(id: $id) {
      id
    }
  }
`);
const AGREEMENT_CONTENT = graphql(`
  query AgreementDocumentContent($id: ID!) {
    agreement(id: $id) {
      attachment {
        contentBase64
      }
    }
  }
`);
const PARTNER_AGREEMENTS = graphql(`
  query PartnerAgreementDocuments($id: ID!) {
    partner(id: $id) {
      agreements {
        id
        version
        inForce
        attachment {
          id
          fileName
          contentType
          byteSize
          sha256
        }
      }
    }
  }
`);

const agreementInput = (overrides: Partial<AgreementInput> = {}) =>
  ({
    title: 'Samarbeidsavtale 2026–2027',
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    scope: 'Informasjon om selvhjelpsgrupper på legekontorene, og lokaler til to grupper.',
    ...overrides,
  }) satisfies AgreementInput;
const upload = (bytes: Buffer, fileName = 'avtale.pdf') => ({ bytes, fileName });
const ATTACHMENT = 'variables.input.attachment';
/** The input of createAgreement/updateAgreement with the document, if any, as a file to send beside it. */
type WithDocument<TInput> = Omit<TInput, 'attachment'> & { attachment?: TestFile };
/** createAgreement with the document as a multipart file part (or none). */
const createAgreement = (gateway: TestGateway, input: WithDocument<CreateAgreementInput>, token: string) => {
  const { attachment, ...rest } = input;
  return attachment
    ? gateway.runWithFiles(
        CREATE_AGREEMENT,
        { input: { ...rest, attachment: null } },
        { [ATTACHMENT]: attachment },
        token,
      )
    : gateway.run(CREATE_AGREEMENT, { input: rest }, token);
};
/** updateAgreement with the new document as a multipart file part (or none). */
const updateAgreement = (gateway: TestGateway, input: WithDocument<UpdateAgreementInput>, token: string) => {
  const { attachment, ...rest } = input;
  return attachment
    ? gateway.runWithFiles(
        UPDATE_AGREEMENT,
        { input: { ...rest, attachment: null } },
        { [ATTACHMENT]: attachment },
        token,
      )
    : gateway.run(UPDATE_AGREEMENT, { input: rest }, token);
};
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each(testBackends())('agreement documents on $name', (backend) => {
  let db: Database;
  let inDatabase: TestGateway;
  let inFolder: TestGateway;
  let folder: string;
  let vest: string;
  let nord: string;
  let national: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    folder = await mkdtemp(join(tmpdir(), 'selvhjelp-vedlegg-'));
    inDatabase = await startTestGateway(db, { attachments: { dir: undefined, maxBytes: MAX_BYTES } });
    inFolder = await startTestGateway(db, {
      attachments: { dir: join(folder, 'nested', 'vedlegg'), maxBytes: MAX_BYTES, deleteGraceMs: 0 },
    });
    const now = new Date('2026-11-22T10:00:00Z');
    for (const gateway of [inDatabase, inFolder]) gateway.clock.now = now;
    // One database behind both gateways: a session opened once counts for either.
    ({ token: vest } = await createSignedInStaffUser(db, { districtId: 'vest' }, { now }));
    ({ token: nord } = await createSignedInStaffUser(db, { districtId: 'nord' }, { now }));
    ({ token: national } = await createSignedInStaffUser(db, { role: 'NATIONAL' }, { now }));
  });
  afterAll(async () => {
    await inDatabase?.close();
    await inFolder?.close();
    await db?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const agreementsOf = async (gateway: TestGateway, token: string, partnerId: string) =>
    dataOf(await gateway.run(PARTNER_AGREEMENTS, { id: partnerId }, token)).partner.agreements;
  const contentOf = async (gateway: TestGateway, token: string, id: string) =>
    dataOf(await gateway.run(AGREEMENT_CONTENT, { id }, token)).agreement.attachment!.contentBase64;

  const folderFiles = async () => (await readdir(join(folder, 'nested', 'vedlegg')).catch(() => [] as string[])).sort();

  it('stores a document in the database and gives it back byte for byte', async () => {
    const partner = await createPartner(inDatabase, vest, { name: 'Legesenteret Fyllingsdalen', type: 'GP_OFFICE' });
    const bytes = pdfBytes();
    const created = await createAgreement(
      inDatabase,
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
    const content = await contentOf(inDatabase, vest, agreement.id);
    expect(Buffer.from(content, 'base64').equals(bytes)).toBe(true);

    const removed = dataOf(
      await updateAgreement(
        inDatabase,
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
    const stale = await updateAgreement(
      inDatabase,
      { id: agreement.id, version: agreement.version, agreement: agreementInput() },
      vest,
    );
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
  });

  it('refuses a document that is too large, of a forbidden type, empty or without a name, and an end before the start, writing nothing', async () => {
    const partner = await createPartner(inFolder, vest, { name: 'Fana legekontor', type: 'GP_OFFICE' });
    const filesBefore = await folderFiles();
    const tooLarge = Buffer.concat([pdfBytes(), Buffer.alloc(MAX_BYTES)]);
    const cases: [{ agreement?: AgreementInput; attachment: TestFile }, string, RegExp?][] = [
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
      const result = await createAgreement(
        inFolder,
        { partnerId: partner.id, agreement: agreementInput(), ...overrides },
        vest,
      );
      expect(errorOf(result), `${field} ${JSON.stringify(overrides).slice(0, 80)}`).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
      if (message) expect(result.errors?.[0]?.message).toMatch(message);
    }
    expect(await agreementsOf(inFolder, vest, partner.id)).toEqual([]);
    expect(await folderFiles()).toEqual(filesBefore);
  });

  it('keeps documents in the folder as files named by their SHA-256, reads them back, and deletes a file once no agreement uses it', async () => {
    const partner = await createPartner(inFolder, vest, {
      name: 'Frivilligsentralen Laksevåg',
      type: 'VOLUNTEER_CENTRE',
    });
    const bytes = pdfBytes('Avtale med frivilligsentralen');
    const create = async () =>
      dataOf(
        await createAgreement(
          inFolder,
          { partnerId: partner.id, agreement: agreementInput(), attachment: upload(bytes) },
          vest,
        ),
      ).createAgreement;
    const first = await create();
    const second = await create();
    expect(first.attachment?.sha256).toBe(sha256(bytes));
    expect(await folderFiles()).toContain(sha256(bytes));
    expect((await folderFiles()).some((name) => name.endsWith('.tmp'))).toBe(false);
    expect((await readFile(join(folder, 'nested', 'vedlegg', sha256(bytes)))).equals(bytes)).toBe(true);

    const content = await contentOf(inFolder, vest, first.id);
    expect(Buffer.from(content, 'base64').equals(bytes)).toBe(true);

    // Two agreements share the file: removing one keeps it, removing both deletes it.
    dataOf(await inFolder.run(REMOVE_AGREEMENT, { id: first.id }, vest));
    expect(await folderFiles()).toContain(sha256(bytes));
    const png = Buffer.concat([PNG, Buffer.from('bilde av signert avtale')]);
    const replaced = dataOf(
      await updateAgreement(
        inFolder,
        { id: second.id, version: second.version, agreement: agreementInput(), attachment: upload(png, 'avtale.png') },
        vest,
      ),
    ).updateAgreement;
    expect(replaced.attachment).toMatchObject({ contentType: 'image/png', sha256: sha256(png) });
    expect(await folderFiles()).not.toContain(sha256(bytes));
    expect(await folderFiles()).toContain(sha256(png));

    // A file changed behind our back is never served.
    await writeFile(join(folder, 'nested', 'vedlegg', sha256(png)), Buffer.from('tampered'));
    const tampered = await inFolder.run(AGREEMENT_CONTENT, { id: second.id }, vest);
    expect(tampered.errors?.[0]?.message).not.toMatch(/SHA-256/);
    expect(tampered.data).toEqual({ agreement: { attachment: null } });
  });

  it('leaves a freshly written unused file for the grace period, so a removal cannot pull it from under an identical upload', async () => {
    const dir = join(folder, 'grace');
    const withGrace = await startTestGateway(db, { attachments: { dir, maxBytes: MAX_BYTES } });
    try {
      // This gateway keeps the real clock (the grace period is measured on the files' times), so its session opens now.
      const { token } = await createSignedInStaffUser(db, { districtId: 'vest' });
      const partner = await createPartner(withGrace, token, { name: 'Biblioteket i Sandviken', type: 'LIBRARY' });
      const bytes = pdfBytes('Avtale om lokaler');
      const create = async () =>
        dataOf(
          await createAgreement(
            withGrace,
            { partnerId: partner.id, agreement: agreementInput(), attachment: upload(bytes) },
            token,
          ),
        ).createAgreement;
      const remove = async (id: string) => dataOf(await withGrace.run(REMOVE_AGREEMENT, { id }, token));
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
      await createAgreement(inDatabase, { partnerId: partner.id, agreement: agreementInput() }, vest),
    ).createAgreement;
    expect(errorOf(await inDatabase.run(AGREEMENT_ID, { id: agreement.id }, nord))?.code).toBe('NOT_FOUND');
    expect(errorOf(await inDatabase.run(REMOVE_AGREEMENT, { id: agreement.id }, nord))?.code).toBe('NOT_FOUND');
    expect(
      errorOf(
        await createAgreement(
          inDatabase,
          { partnerId: partner.id, agreement: agreementInput(), attachment: upload(pdfBytes()) },
          nord,
        ),
      )?.code,
    ).toBe('NOT_FOUND');
    expect(
      errorOf(await createAgreement(inDatabase, { partnerId: partner.id, agreement: agreementInput() }, national))
        ?.code,
    ).toBe('FORBIDDEN');
    expect(dataOf(await inDatabase.run(AGREEMENT_ID, { id: agreement.id }, national)).agreement.id).toBe(agreement.id);
  });
});
