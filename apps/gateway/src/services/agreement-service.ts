import type { AgreementAttachmentRecord, AgreementRecord, AttachmentWrite, Database } from '@selvhjelp/db';
import { agreementInputSchema } from '@selvhjelp/domain';
import { notFound, parseInput } from '../errors.js';
import type { Viewer } from '../policy.js';
import { districtWriteScope, readScope } from '../policy.js';
import type { UploadArg } from '../uploads/read-upload.js';
import type { AttachmentStore, CheckedAttachment } from './attachment-store.js';
import { translateNetworkErrors } from './network-errors.js';

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
    private readonly attachments: AttachmentStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get repo() {
    return this.db.repositories.partners;
  }

  async get(id: string): Promise<AgreementRecord> {
    const [agreement] = await this.repo.agreementsByIds(readScope(this.viewer), [id]);
    if (!agreement) throw notFound('AGREEMENT_NOT_FOUND');
    return agreement;
  }

  async create(input: { partnerId: string; agreement: unknown; attachment?: UploadArg | null }): Promise<AgreementRecord> {
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
    return created;
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
      translateNetworkErrors(
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
    if (current.attachment && current.attachment.id !== updated.attachment?.id) await this.attachments.release([current.attachment.storageKey]);
    return updated;
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

  private async withStoredAttachment<T>(checked: CheckedAttachment | null, write: (attachment: AttachmentWrite | null) => Promise<T>): Promise<T> {
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
