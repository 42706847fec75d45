import type { AgreementAttachmentRecord, AgreementRecord, AttachmentWrite, Database } from '@selvhjelp/db';
import { agreementInForce, agreementInputSchema, todayIn } from '@selvhjelp/domain';
import { notFound, parseInput } from '../../kernel/errors.js';
import { groupedLoader } from '../../kernel/loaders.js';
import type { ReadPath } from '../../kernel/read-path.js';
import type { Viewer } from '../../kernel/policy.js';
import { districtWriteScope, readScope } from '../../kernel/policy.js';
import type { UploadArg } from '../../uploads/read-upload.js';
import type { AttachmentStore, CheckedAttachment } from './attachment-store.js';
import { withDataErrors } from '../../kernel/data-errors.js';

const STALE = 'AGREEMENT_STALE';

/**
 * Cooperation agreements and their signed documents. Every check of the input and the document
 * runs before anything is written; a document written to the folder for a write that then fails
 * is deleted again.
 */
export class AgreementService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly attachments: AttachmentStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get repo() {
    return this.db.repositories.partners;
  }

  private readonly loaders = {
    agreementsOfPartner: groupedLoader((ids) => this.repo.agreementsOfPartners(readScope(this.viewer), ids)),
  };

  async get(id: string): Promise<AgreementRecord> {
    const [agreement] = await this.repo.agreementsByIds(readScope(this.viewer), [id]);
    if (!agreement) throw notFound('AGREEMENT_NOT_FOUND');
    return this.read.one('agreement', agreement, 'byId', 'agreement');
  }

  async ofPartner(partnerId: string): Promise<AgreementRecord[]> {
    return this.read.pass(
      'agreement',
      await this.loaders.agreementsOfPartner.load(partnerId),
      'nested',
      'Partner.agreements',
    );
  }

  /** Whether the agreement binds today, by the domain's rule. */
  inForce(agreement: AgreementRecord): boolean {
    return agreementInForce(agreement, todayIn(this.now()));
  }

  async create(input: {
    partnerId: string;
    agreement: unknown;
    attachment?: UploadArg | null;
  }): Promise<AgreementRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = parseInput(agreementInputSchema, input.agreement, 'input.agreement');
    const checked = input.attachment ? await this.attachments.receive(input.attachment, 'input.attachment') : null;
    // The partner first, so a document for a partner the viewer cannot see is never stored.
    const partner = await this.repo.findById(scope, input.partnerId);
    if (!partner) throw notFound('PARTNER_NOT_FOUND');
    const created = await this.withStoredAttachment(checked, (attachment) =>
      this.repo.createAgreement(scope, { partnerId: partner.id, data, attachment, now: this.now() }),
    );
    if (!created) throw notFound('PARTNER_NOT_FOUND');
    return this.read.one('agreement', created, 'byId', 'createAgreement');
  }

  async update(input: {
    id: string;
    version: number;
    agreement: unknown;
    attachment?: UploadArg | null;
    removeAttachment?: boolean | null;
  }): Promise<AgreementRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = parseInput(agreementInputSchema, input.agreement, 'input.agreement');
    const checked = input.attachment ? await this.attachments.receive(input.attachment, 'input.attachment') : null;
    const [current] = await this.repo.agreementsByIds(scope, [input.id]);
    if (!current) throw notFound('AGREEMENT_NOT_FOUND');
    const updated = await this.withStoredAttachment(checked, (attachment) =>
      withDataErrors(
        () =>
          this.repo.updateAgreement(scope, current.id, input.version, {
            data,
            attachment: attachment ?? (input.removeAttachment ? null : 'keep'),
            now: this.now(),
          }),
        { stale: STALE },
      ),
    );
    if (!updated) throw notFound('AGREEMENT_NOT_FOUND');
    if (current.attachment && current.attachment.id !== updated.attachment?.id)
      await this.attachments.release([current.attachment.storageKey]);
    return this.read.one('agreement', updated, 'byId', 'updateAgreement');
  }

  async remove(id: string): Promise<string> {
    const scope = districtWriteScope(this.viewer);
    const { removed, storageKey } = await this.repo.removeAgreement(scope, id);
    if (!removed) throw notFound('AGREEMENT_NOT_FOUND');
    await this.attachments.release([storageKey]);
    return id;
  }

  /** The document as base64; NOT_FOUND when the agreement is out of scope or has none. */
  async contentBase64(attachment: AgreementAttachmentRecord): Promise<string> {
    const found = await this.repo.attachmentContent(readScope(this.viewer), attachment.agreementId);
    if (!found) throw notFound('DOCUMENT_NOT_FOUND');
    return (await this.attachments.read(found.record, found.content)).toString('base64');
  }

  private async withStoredAttachment<T>(
    checked: CheckedAttachment | null,
    write: (attachment: AttachmentWrite | null) => Promise<T>,
  ): Promise<T> {
    const stored = checked ? await this.attachments.store(checked) : null;
    try {
      const result = await write(stored);
      if (result === null) await this.attachments.release([stored?.storageKey]);
      return result;
    } catch (error) {
      await this.attachments.release([stored?.storageKey]);
      throw error;
    }
  }
}
