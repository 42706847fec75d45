import type { Database, StaffUserRecord } from '@selvhjelp/db';
import { verifyPassword, hashPassword } from '@selvhjelp/db';
import { NATIONAL_SCOPE, assessPassword } from '@selvhjelp/domain';
import { z } from 'zod';
import { badUserInput, forbidden, unauthenticated } from '../../kernel/errors.js';
import type { Logger } from '../../logger.js';
import type { LoginRealm, Viewer } from '../../kernel/policy.js';
import { mayUseRealm, requireViewer } from '../../kernel/policy.js';
import {
  SESSION_ABSOLUTE_LIFETIME_MS,
  SESSION_IDLE_TIMEOUT_MS,
  SESSION_TOUCH_INTERVAL_MS,
} from '../../auth/session-policy.js';
import { passwordRefused } from '../../auth/password-refusal.js';
import { clientNetOf } from '../../auth/client-net.js';
import type { LoginThrottle } from '../../auth/login-throttle.js';
import { DatabaseLoginThrottle } from '../../auth/login-throttle.js';
import { generateToken, hashToken } from '../../auth/tokens.js';

export interface ClientInfo {
  ipAddress: string | null;
  userAgent: string | null;
}

export interface CurrentSession {
  /** Null when the session's user may not use the portal it names (or it was an API login). */
  realm: { districtId: string | null } | null;
  expiresAt: Date;
  idleExpiresAt: Date;
  idleTimeoutSeconds: number;
}

export interface LoginOutcome {
  token: string;
  expiresAt: Date;
  idleTimeoutSeconds: number;
  user: StaffUserRecord;
}

const WRONG_CREDENTIALS = 'WRONG_CREDENTIALS';
const INVALID_LINK = 'PASSWORD_LINK_INVALID';

/**
 * One dummy hash per process, made with the same argon2 cost as stored hashes. The service is
 * built per request, so a per-instance hash cost unknown emails a hash *and* a verify (~40 ms
 * against ~25 ms), which told the two apart.
 */
let dummyHash: Promise<string> | undefined;
function sharedDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(generateToken());
  return dummyHash;
}

/**
 * Authentication happens before anyone has a scope, so its repository calls use the
 * national scope on purpose; nothing here returns data to a caller who is not yet known.
 */
export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
    throttle?: LoginThrottle,
  ) {
    this.throttle = throttle ?? new DatabaseLoginThrottle(db);
  }

  async login(email: string, password: string, realm: LoginRealm, client: ClientInfo): Promise<LoginOutcome> {
    const normalisedEmail = email.trim().toLowerCase().slice(0, 254);
    const repos = this.db.repositories;
    const at = this.now();
    const clientNet = clientNetOf(client.ipAddress);
    const throttleKey = { email: normalisedEmail, clientNet };
    const record = (
      outcome: 'SUCCESS' | 'BAD_CREDENTIALS' | 'THROTTLED' | 'INACTIVE' | 'WRONG_REALM',
      userId: string | null,
    ) => {
      this.logger.info('login attempt', { email: normalisedEmail, outcome, userId, ip: client.ipAddress });
      return repos.loginAttempts.record(NATIONAL_SCOPE, {
        email: normalisedEmail,
        userId,
        outcome,
        ...client,
        clientNet,
        at,
      });
    };

    // Refused before the password is checked, so a flood of attempts costs no argon2 runs.
    const waitMs = await this.throttle.waitMs(throttleKey, at);
    if (waitMs > 0) {
      await record('THROTTLED', null);
      const seconds = Math.ceil(waitMs / 1000);
      throw unauthenticated('LOGIN_THROTTLED', {
        params: { seconds },
        retryAfterSeconds: seconds,
      });
    }

    const user = await repos.staffUsers.findByEmail(NATIONAL_SCOPE, normalisedEmail);
    // Verify against a dummy hash for unknown users so both answers take the same time.
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await sharedDummyHash()), password.slice(0, 1024));
    if (!user || !user.passwordHash || !passwordOk) {
      await Promise.all([record('BAD_CREDENTIALS', user?.id ?? null), this.throttle.failed(throttleKey, at)]);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    if (!user.active) {
      await record('INACTIVE', user.id);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    if (!mayUseRealm(user, realm)) {
      await record('WRONG_REALM', user.id);
      throw forbidden(realm?.districtId ? 'LOGIN_WRONG_DISTRICT' : 'LOGIN_NATIONAL_ONLY');
    }

    const token = generateToken();
    const expiresAt = new Date(at.getTime() + SESSION_ABSOLUTE_LIFETIME_MS);
    await this.db.transaction(async (tx) => {
      await tx.sessions.create(NATIONAL_SCOPE, {
        userId: user.id,
        tokenHash: hashToken(token),
        realmDistrictId: realm?.districtId ?? null,
        expiresAt,
        ipAddress: client.ipAddress,
        userAgent: client.userAgent,
        now: at,
      });
      await tx.loginAttempts.record(NATIONAL_SCOPE, {
        email: normalisedEmail,
        userId: user.id,
        outcome: 'SUCCESS',
        ...client,
        clientNet,
        at,
      });
    });
    this.logger.info('login attempt', {
      email: normalisedEmail,
      outcome: 'SUCCESS',
      userId: user.id,
      ip: client.ipAddress,
    });
    await this.throttle.succeeded(throttleKey, at);
    return { token, expiresAt, idleTimeoutSeconds: SESSION_IDLE_TIMEOUT_MS / 1000, user };
  }

  /** Resolves a bearer token to a viewer, or null when it is unknown, revoked or expired. */
  async authenticate(token: string): Promise<Viewer | null> {
    const now = this.now();
    const sessions = this.db.repositories.sessions;
    const session = await sessions.findActiveByTokenHash(
      NATIONAL_SCOPE,
      hashToken(token),
      now,
      SESSION_IDLE_TIMEOUT_MS,
    );
    if (!session || !session.user.active) return null;
    let lastSeenAt = session.lastSeenAt;
    if (now.getTime() - lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
      await sessions.touch(NATIONAL_SCOPE, session.id, now);
      lastSeenAt = now;
    }
    const { realmDistrictId, expiresAt } = session;
    return { user: session.user, sessionId: session.id, session: { realmDistrictId, expiresAt, lastSeenAt } };
  }

  /**
   * The request's session, for portals to decide which pages it opens and when to warn
   * before it goes idle. The store keeps a null realm for both the national portal and
   * API logins; the login check (mayUseRealm) tells them apart and also covers a user whose
   * role or district changed since.
   */
  currentSession(viewer: Viewer | null): CurrentSession {
    const { user, session } = requireViewer(viewer);
    if (!session) throw unauthenticated();
    const realm = { districtId: session.realmDistrictId };
    return {
      realm: mayUseRealm(user, realm) ? realm : null,
      expiresAt: session.expiresAt,
      idleExpiresAt: new Date(
        Math.min(session.lastSeenAt.getTime() + SESSION_IDLE_TIMEOUT_MS, session.expiresAt.getTime()),
      ),
      idleTimeoutSeconds: SESSION_IDLE_TIMEOUT_MS / 1000,
    };
  }

  async logout(viewer: Viewer | null): Promise<boolean> {
    if (viewer) await this.db.repositories.sessions.revoke(NATIONAL_SCOPE, viewer.sessionId, this.now());
    return true;
  }

  /**
   * Sets a password with a one-time token; the token is spent even if two requests race. The
   * password is judged against the token's user (name and e-mail count as guessable) before the
   * token is spent, so a refused password leaves the link usable.
   */
  async completePasswordReset(token: string, newPassword: string): Promise<boolean> {
    const now = this.now();
    const tokenHash = hashTokenIfWellFormed(token);
    const repos = this.db.repositories;
    const pendingUserId = await repos.passwordResetTokens.findUsableUserId(NATIONAL_SCOPE, tokenHash, now);
    const pendingUser = pendingUserId ? await repos.staffUsers.findById(NATIONAL_SCOPE, pendingUserId) : null;
    if (!pendingUser?.active) throw badUserInput('token', INVALID_LINK);
    const refusal = assessPassword(newPassword, [pendingUser.email, pendingUser.name]);
    if (refusal) throw passwordRefused('newPassword', refusal);

    const hash = await hashPassword(newPassword);
    return this.db.transaction(async (tx) => {
      const userId = await tx.passwordResetTokens.consume(NATIONAL_SCOPE, tokenHash, now);
      if (userId !== pendingUser.id) throw badUserInput('token', INVALID_LINK);
      const updated = await tx.staffUsers.setPassword(NATIONAL_SCOPE, userId, hash, now);
      if (!updated || !updated.active) throw badUserInput('token', INVALID_LINK);
      await tx.sessions.revokeAllForUser(NATIONAL_SCOPE, userId, now);
      return true;
    });
  }

  /** Makes the dummy hash before the first login, so that login is not slower than the rest. */
  async warmUp(): Promise<void> {
    await sharedDummyHash();
  }
}

const tokenShape = z.string().regex(/^[A-Za-z0-9_-]{20,200}$/);

function hashTokenIfWellFormed(token: string): string {
  // A malformed token can match nothing; hash it anyway so the lookup path is the same.
  return hashToken(tokenShape.safeParse(token).success ? token : `invalid:${token.slice(0, 200)}`);
}
