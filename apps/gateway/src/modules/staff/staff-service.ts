import type { Database, StaffUserRecord } from '@selvhjelp/db';
import { DISTRICT_IDS, createStaffUserSchema, roleSchema } from '@selvhjelp/domain';
import { z } from 'zod';
import { INVITE_TOKEN_LIFETIME_MS, RESET_TOKEN_LIFETIME_MS } from '../../auth/session-policy.js';
import { generateToken, hashToken } from '../../auth/tokens.js';
import { withDataErrors } from '../../kernel/data-errors.js';
import { badUserInput, conflict, notFound, parseInput } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import { assertMayAssignRole, readScope, userAdministrationScope } from '../../kernel/policy.js';
import { loaded, recordLoader } from '../../kernel/loaders.js';
import { pageSize } from '../../kernel/pagination.js';
import type { ReadPath } from '../../kernel/read-path.js';

export interface PasswordTicket {
  token: string;
  expiresAt: Date;
  user: StaffUserRecord;
}

const filterSchema = z
  .object({
    districtId: z.enum(DISTRICT_IDS, { message: 'UNKNOWN_DISTRICT' }).nullish(),
    role: roleSchema.nullish(),
    active: z.boolean().nullish(),
  })
  .nullish();

const versionedIdSchema = z.object({
  id: z.string().uuid({ message: 'INVALID_ID' }),
  version: z.number().int().min(1),
});

/** Staff accounts: who may see and manage them is decided by the policy module. */
export class StaffService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private readonly loaders = {
    // Names of staff who changed a group are shown to anyone who may read the group, whatever
    // district the staff member belongs to (a national admin may have made the change).
    staffUser: recordLoader((ids) => this.db.repositories.staffUsers.findByIds({ kind: 'national' }, ids)),
  };

  /** A staff member another record names (who changed a group, a course's trainers); null when unknown. */
  async nested(id: string, via: string): Promise<StaffUserRecord | null> {
    return this.read.maybe('staffUser', await this.loaders.staffUser.load(id), 'nested', via);
  }

  async nestedMany(ids: readonly string[], via: string): Promise<StaffUserRecord[]> {
    return this.read.pass('staffUser', loaded(await this.loaders.staffUser.loadMany(ids)), 'nested', via);
  }

  async list(filter: unknown, first: number | null | undefined, after: string | null | undefined) {
    const scope = readScope(this.viewer);
    const parsed = parseInput(filterSchema, filter, 'filter');
    const page = await withDataErrors(() =>
      this.db.repositories.staffUsers.list(scope, {
        districtId: parsed?.districtId ?? undefined,
        role: parsed?.role ?? undefined,
        active: parsed?.active ?? undefined,
        first: pageSize(first),
        after: after ?? undefined,
      }),
    );
    return { ...page, nodes: await this.read.pass('staffUser', page.nodes, 'list', 'staffUsers') };
  }

  /** The signed-in user, as the session found them. */
  me(): Promise<StaffUserRecord> {
    return this.read.one('staffUser', this.viewer.user, 'byId', 'me');
  }

  /** A user outside the viewer's scope answers exactly like a missing one. */
  async get(id: string): Promise<StaffUserRecord> {
    const user = z.string().uuid().safeParse(id).success
      ? await this.db.repositories.staffUsers.findById(readScope(this.viewer), id)
      : null;
    if (!user) throw notFound('STAFF_USER_NOT_FOUND');
    return this.read.one('staffUser', user, 'byId', 'staffUser');
  }

  async create(input: unknown): Promise<PasswordTicket> {
    const scope = userAdministrationScope(this.viewer);
    const data = parseInput(createStaffUserSchema, input, 'input');
    assertMayAssignRole(this.viewer, data.role, data.districtId);
    const now = this.now();
    const token = generateToken();
    const expiresAt = new Date(now.getTime() + INVITE_TOKEN_LIFETIME_MS);
    return withDataErrors(
      () =>
        this.db.transaction(async (tx) => {
          const user = await tx.staffUsers.create(scope, {
            email: data.email,
            name: data.name,
            role: data.role,
            districtId: data.districtId ?? null,
          });
          await tx.passwordResetTokens.issue(scope, {
            userId: user.id,
            tokenHash: hashToken(token),
            purpose: 'INVITE',
            createdById: this.viewer.user.id,
            expiresAt,
            now,
          });
          return { token, expiresAt, user };
        }),
      { taken: (field) => (field === 'email' ? conflict('STAFF_EMAIL_TAKEN', 'input.email') : undefined) },
    );
  }

  async deactivate(input: unknown): Promise<StaffUserRecord> {
    const scope = userAdministrationScope(this.viewer);
    const { id, version } = parseInput(versionedIdSchema, input, 'input');
    if (id === this.viewer.user.id) throw badUserInput('input.id', 'CANNOT_DEACTIVATE_SELF');
    const user = await withDataErrors(
      () => this.db.repositories.staffUsers.deactivate(scope, id, version, this.now()),
      {
        stale: 'STAFF_USER_STALE',
      },
    );
    if (!user) throw notFound('STAFF_USER_NOT_FOUND');
    return this.read.one('staffUser', user, 'byId', 'deactivateStaffUser');
  }

  async resetPassword(id: string): Promise<PasswordTicket> {
    const scope = userAdministrationScope(this.viewer);
    const parsedId = parseInput(z.string().uuid({ message: 'INVALID_ID' }), id, 'id');
    const now = this.now();
    const token = generateToken();
    const expiresAt = new Date(now.getTime() + RESET_TOKEN_LIFETIME_MS);
    return this.db.transaction(async (tx) => {
      const user = await tx.staffUsers.findById(scope, parsedId);
      if (!user) throw notFound('STAFF_USER_NOT_FOUND');
      if (!user.active) throw conflict('STAFF_USER_DEACTIVATED', 'id');
      await tx.passwordResetTokens.issue(scope, {
        userId: user.id,
        tokenHash: hashToken(token),
        purpose: 'RESET',
        createdById: this.viewer.user.id,
        expiresAt,
        now,
      });
      // A reset means the old password may be known to someone else: end every session.
      await tx.sessions.revokeAllForUser(scope, user.id, now);
      return { token, expiresAt, user };
    });
  }
}
