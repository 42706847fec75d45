import type { CalendarFeedTokenRecord, Database } from '@selvhjelp/db';
import { isDistrictRole, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { generateToken, hashToken } from '../../auth/tokens.js';
import { notFound } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import { districtWriteScope, readScope } from '../../kernel/policy.js';
import type { ReadHook } from '../../kernel/read-path.js';
import { ReadPath } from '../../kernel/read-path.js';
import { OutreachService } from './outreach-service.js';

// What generateToken() makes: 32 bytes, base64url.
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Subscription addresses for the district calendar. Calendar apps cannot log in, so the address
 * carries a secret token; only its hash is stored, one address works per user, and it stops
 * when the user is deactivated.
 */
export class CalendarFeedService {
  constructor(
    private readonly db: Database,
    private readonly publicBaseUrl: string,
    /** This request's read path: the viewer's own feed address passes it like any record. */
    private readonly read: ReadPath,
    /** For the owner's read path when a calendar app opens the feed. */
    private readonly readHook: ReadHook,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async mine(viewer: Viewer): Promise<CalendarFeedTokenRecord | null> {
    const active = await this.db.repositories.calendarFeedTokens.active(readScope(viewer), viewer.user.id);
    return this.read.maybe('calendarFeedToken', active, 'byId', 'myCalendarFeed');
  }

  /** District staff only: the calendar is their district's. */
  async create(viewer: Viewer): Promise<{ token: string; createdAt: Date }> {
    const scope = districtWriteScope(viewer);
    const token = generateToken();
    const record = await this.db.repositories.calendarFeedTokens.issue(scope, {
      userId: viewer.user.id,
      tokenHash: hashToken(token),
      now: this.now(),
    });
    const passed = await this.read.one('calendarFeedToken', record, 'byId', 'createCalendarFeed');
    return { token, createdAt: passed.createdAt };
  }

  async revoke(viewer: Viewer): Promise<boolean> {
    return (await this.db.repositories.calendarFeedTokens.revoke(readScope(viewer), viewer.user.id, this.now())) > 0;
  }

  /**
   * The feed for a token; an unknown, revoked or malformed token, a deactivated owner and an
   * owner of another district than `districtId` (a district's own portal) all answer NOT_FOUND.
   */
  async feed(token: string, districtId?: string | null): Promise<string> {
    if (!TOKEN.test(token)) throw notFound('CALENDAR_NOT_FOUND');
    const userId = await this.db.repositories.calendarFeedTokens.use(hashToken(token), this.now());
    const [user] = userId ? await this.db.repositories.staffUsers.findByIds(NATIONAL_SCOPE, [userId]) : [null];
    if (!user || !user.active || !isDistrictRole(user.role) || !user.districtId) throw notFound('CALENDAR_NOT_FOUND');
    if (districtId && districtId !== user.districtId) throw notFound('CALENDAR_NOT_FOUND');
    // The owner's own reading rights, as if they had opened the calendar themselves.
    const owner: Viewer = { user, sessionId: 'calendar-feed' };
    return new OutreachService(this.db, owner, new ReadPath(owner, this.readHook), this.now).calendar(
      user.districtId,
      this.publicBaseUrl,
    );
  }
}
