import type { RouteConfigEntry } from '@react-router/dev/routes';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import routes from '../app/routes';
import { axeViolations } from './axe';
import { launchBrowser, openPortal } from './browser';
import type { PortalContext } from './browser';
import { gatewayCall, gatewayLogin } from './gateway-api';
import { demo, loginAs } from './helpers';

const portalUrl = inject('portalUrl');
const gatewayUrl = inject('gatewayUrl');

/** Every path pattern of app/routes.ts that answers a request (layouts answer through their children). */
function routePatterns(entries: readonly RouteConfigEntry[], parent = ''): string[] {
  return entries.flatMap((entry) => {
    const path = entry.path ? `${parent}/${entry.path}` : parent;
    return entry.children?.length ? routePatterns(entry.children, path) : [path || '/'];
  });
}

/** Routes that answer data, a redirect or a file, never a page a person looks at. */
const NOT_PAGES: Record<string, string> = {
  '/healthz': 'health check',
  '/sprak': 'language switch (POST, redirects back)',
  '/grupper/meeting-guide.json': 'JSON feed',
  '/grupper/:slug/kalender.ics': 'calendar file',
  '/:portal/logg-ut': 'logout (POST)',
  '/:portal/okt': 'keep-alive (data)',
  '/:portal/kalender/:token': 'calendar feed',
  '/:portal/grupper/eksport.csv': 'CSV export',
  '/:portal/kurs/kalender.ics': 'calendar file',
  '/:portal/kurs/:id/kalender.ics': 'calendar file',
  '/:portal/samarbeidspartnere/:id/avtaler/:agreementId/vedlegg': 'attachment download',
  '/:portal/aktiviteter/eksport.csv': 'CSV export',
  '/:portal/aktiviteter/kalender.ics': 'calendar file',
  '/:portal/saker/:id/eksport': 'art. 15 export (POST, JSON download)',
  '/:portal/rapporter/filer/:fileId': 'report file download',
  '/:portal/rapport.xlsx': 'report download (XLSX)',
  '/:portal/rapport.csv': 'report download (CSV)',
  // Open point (issue 13): the demo data holds no report job, so a job's progress page is not visited here.
  '/:portal/rapporter/:id': "a report job's progress page (needs a job; not in the demo data)",
  '/api/graphql': "the API explorer's relay to the gateway (POST, JSON)",
};

interface DemoIds {
  slug: string;
  group: string;
  facilitator: string;
  course: string;
  partner: string;
  contact: string;
  agreement: string;
  activity: string;
  peer: string;
  inquiry: string;
  referral: string;
  followUpCase: string;
  inquiryWithoutCase: string;
  survey: string;
  apiClient: string;
}

type Visitor = 'public' | 'district' | 'national';

/**
 * Where each page route is looked at: by whom and at which address (ids from the demo data). A
 * route of app/routes.ts missing here fails the test, so a new page gets checked from day one.
 */
function pagesFor(ids: DemoIds): Record<string, [Visitor, string][]> {
  const district = (path: string): [Visitor, string][] => [['district', `/vest${path}`]];
  const both = (path: string): [Visitor, string][] => [...district(path), ['national', `/nasjonalt${path}`]];
  return {
    '/': [['public', '/']],
    '/grupper': [['public', '/grupper']],
    '/grupper/:slug': [['public', `/grupper/${ids.slug}`]],
    '/api/dokumentasjon': [['public', '/api/dokumentasjon']],
    '/api/utforsker': [['public', '/api/utforsker']],
    '/*': [['public', '/finnes-ikke/her']],
    '/:portal/logg-inn': [
      ['public', '/vest/logg-inn'],
      ['public', '/nasjonalt/logg-inn'],
    ],
    '/:portal/nytt-passord': [['public', '/vest/nytt-passord?token=ugyldig']],
    '/:portal/*': [['district', '/vest/finnes-ikke']],
    '/:portal': both(''),
    '/:portal/brukere': both('/brukere'),
    '/:portal/api-klienter': both('/api-klienter'),
    '/:portal/api-klienter/ny': both('/api-klienter/ny'),
    '/:portal/api-klienter/:id': both(`/api-klienter/${ids.apiClient}`),
    '/:portal/api-klienter/:id/rediger': both(`/api-klienter/${ids.apiClient}/rediger`),
    '/:portal/distrikter': [['national', '/nasjonalt/distrikter']],
    '/:portal/utadrettet': [['national', '/nasjonalt/utadrettet']],
    '/:portal/oversikt': [['national', '/nasjonalt/oversikt']],
    // Vest: the district whose demo registers are the fullest, so its tables are the widest.
    '/:portal/distrikter/:districtId': [['national', '/nasjonalt/distrikter/vest']],
    '/:portal/distrikter/:districtId/grupper': [['national', '/nasjonalt/distrikter/vest/grupper']],
    '/:portal/distrikter/:districtId/kurs': [['national', '/nasjonalt/distrikter/vest/kurs']],
    '/:portal/distrikter/:districtId/samarbeidspartnere': [
      ['national', '/nasjonalt/distrikter/vest/samarbeidspartnere'],
    ],
    '/:portal/distrikter/:districtId/aktiviteter': [['national', '/nasjonalt/distrikter/vest/aktiviteter']],
    '/:portal/grupper': both('/grupper'),
    '/:portal/grupper/oppfolging': both('/grupper/oppfolging'),
    '/:portal/grupper/:id': both(`/grupper/${ids.group}`),
    '/:portal/grupper/ny': district('/grupper/ny'),
    '/:portal/grupper/import': district('/grupper/import'),
    '/:portal/grupper/:id/rediger': district(`/grupper/${ids.group}/rediger`),
    '/:portal/igangsettere': district('/igangsettere'),
    '/:portal/igangsettere/ny': district('/igangsettere/ny'),
    '/:portal/igangsettere/:id': district(`/igangsettere/${ids.facilitator}`),
    '/:portal/igangsettere/:id/rediger': district(`/igangsettere/${ids.facilitator}/rediger`),
    '/:portal/kurs': district('/kurs'),
    '/:portal/kurs/ny': district('/kurs/ny'),
    '/:portal/kurs/:id': district(`/kurs/${ids.course}`),
    '/:portal/kurs/:id/rediger': district(`/kurs/${ids.course}/rediger`),
    '/:portal/kurs/:id/oppmote': district(`/kurs/${ids.course}/oppmote`),
    '/:portal/kurs/:id/kursbevis': district(`/kurs/${ids.course}/kursbevis`),
    '/:portal/samarbeidspartnere': district('/samarbeidspartnere'),
    '/:portal/samarbeidspartnere/ny': district('/samarbeidspartnere/ny'),
    '/:portal/samarbeidspartnere/:id': district(`/samarbeidspartnere/${ids.partner}`),
    '/:portal/samarbeidspartnere/:id/rediger': district(`/samarbeidspartnere/${ids.partner}/rediger`),
    '/:portal/samarbeidspartnere/:id/kontaktpersoner/ny': district(
      `/samarbeidspartnere/${ids.partner}/kontaktpersoner/ny`,
    ),
    '/:portal/samarbeidspartnere/:id/avtaler/ny': district(`/samarbeidspartnere/${ids.partner}/avtaler/ny`),
    '/:portal/samarbeidspartnere/:id/avtaler/:agreementId': district(
      `/samarbeidspartnere/${ids.partner}/avtaler/${ids.agreement}`,
    ),
    '/:portal/kontaktpersoner/:id': district(`/kontaktpersoner/${ids.contact}`),
    '/:portal/aktiviteter': district('/aktiviteter'),
    '/:portal/aktiviteter/ny': district('/aktiviteter/ny'),
    '/:portal/aktiviteter/:id': district(`/aktiviteter/${ids.activity}`),
    '/:portal/aktiviteter/:id/rediger': district(`/aktiviteter/${ids.activity}/rediger`),
    '/:portal/nettverk': district('/nettverk'),
    '/:portal/likepersoner': district('/likepersoner'),
    '/:portal/likepersoner/ny': district('/likepersoner/ny'),
    '/:portal/likepersoner/:id': district(`/likepersoner/${ids.peer}`),
    '/:portal/likepersoner/:id/rediger': district(`/likepersoner/${ids.peer}/rediger`),
    '/:portal/henvendelser': district('/henvendelser'),
    '/:portal/henvendelser/ny': district('/henvendelser/ny'),
    '/:portal/henvendelser/:id': district(`/henvendelser/${ids.inquiry}`),
    '/:portal/henvendelser/:id/rediger': district(`/henvendelser/${ids.inquiry}/rediger`),
    '/:portal/interesseliste': district('/interesseliste'),
    '/:portal/henvisninger': district('/henvisninger'),
    '/:portal/henvisninger/ny': district('/henvisninger/ny'),
    '/:portal/henvisninger/:id/rediger': district(`/henvisninger/${ids.referral}/rediger`),
    '/:portal/saker': district('/saker'),
    '/:portal/saker/ny': district(`/saker/ny?henvendelse=${ids.inquiryWithoutCase}`),
    '/:portal/saker/:id': district(`/saker/${ids.followUpCase}`),
    '/:portal/saker/:id/likeperson': district(`/saker/${ids.followUpCase}/likeperson`),
    '/:portal/saker/:id/innsyn': district(`/saker/${ids.followUpCase}/innsyn`),
    '/undersokelse/:token': [['public', '/undersokelse/demo-vest-brukerundersokelse']],
    '/undersokelse/:token/takk': [['public', '/undersokelse/demo-vest-brukerundersokelse/takk']],
    '/:portal/undersokelser': both('/undersokelser'),
    '/:portal/undersokelser/ny': both('/undersokelser/ny'),
    '/:portal/undersokelser/sammenligning': [['national', '/nasjonalt/undersokelser/sammenligning']],
    '/:portal/undersokelser/:id': both(`/undersokelser/${ids.survey}`),
    '/:portal/rapporter': [['national', '/nasjonalt/rapporter']],
  };
}

type Node<T> = { edges: { node: T }[] };

/** The record with the most behind it (rows in its tables, entries in its lists): its page is the widest. */
function richest<T extends { id: string }>(connection: Node<T>, size: (node: T) => number): T {
  const nodes = connection.edges.map(({ node }) => node);
  const best = nodes.reduce<T | undefined>((most, node) => (most && size(most) >= size(node) ? most : node), undefined);
  if (!best) throw new Error('the demo data has no such record in Vest');
  return best;
}

async function demoIds(): Promise<DemoIds> {
  const token = await gatewayLogin(gatewayUrl, demo.vestLead.email, 'vest');
  const data = await gatewayCall<{
    publicGroups: Node<{ slug: string; description: string }>;
    groups: Node<{ id: string; history: unknown[]; statusHistory: unknown[]; followUps: unknown[] }>;
    facilitators: Node<{ id: string; assignments: unknown[]; trainingHistory: unknown[] }>;
    trainingCourses: Node<{ id: string; sessions: unknown[]; enrolments: unknown[] }>;
    partners: Node<{ id: string; contacts: { id: string }[]; agreements: { id: string }[] }>;
    outreachActivities: Node<{ id: string; staff: unknown[]; partners: unknown[]; outcomes: unknown[] }>;
    volunteerPeers: Node<{ id: string; checkIns: unknown[]; facilitator: unknown }>;
    inquiries: Node<{
      id: string;
      hasCase: boolean;
      consents: unknown[];
      interestListEntries: unknown[];
      themes: unknown[];
    }>;
    followUpCases: Node<{ id: string; notes: unknown[]; referrals: unknown[]; statusChanges: unknown[] }>;
    referralResources: Node<{ id: string; municipalities: unknown[] }>;
    surveys: { id: string; templateKey: string | null }[];
  }>(
    gatewayUrl,
    `{
      publicGroups(filter: { districtId: "vest" }, first: 50) { edges { node { slug description } } }
      groups(first: 50) { edges { node { id history { __typename } statusHistory { __typename } followUps { __typename } } } }
      facilitators(first: 50) { edges { node { id assignments { __typename } trainingHistory { __typename } } } }
      trainingCourses(first: 50) { edges { node { id sessions { __typename } enrolments { __typename } } } }
      partners(first: 50) { edges { node { id contacts { id } agreements { id } } } }
      outreachActivities(first: 50) { edges { node { id staff { __typename } partners { __typename } outcomes { __typename } } } }
      volunteerPeers(first: 50) { edges { node { id checkIns { __typename } facilitator { __typename } } } }
      inquiries(first: 50) { edges { node { id hasCase consents { __typename } interestListEntries { __typename } themes { __typename } } } }
      followUpCases(first: 50) { edges { node { id notes { __typename } referrals { __typename } statusChanges { __typename } } } }
      referralResources(first: 50) { edges { node { id municipalities { __typename } } } }
      surveys { id templateKey }
    }`,
    {},
    token,
  );
  const publicGroup = richest(
    { edges: data.publicGroups.edges.map(({ node }) => ({ node: { ...node, id: node.slug } })) },
    (group) => group.description.length,
  );
  const partner = richest(
    data.partners,
    (node) =>
      Math.min(node.contacts.length, 1) *
      Math.min(node.agreements.length, 1) *
      (node.contacts.length + node.agreements.length),
  );
  if (partner.contacts.length === 0 || partner.agreements.length === 0)
    throw new Error('no demo partner in Vest has both a contact and an agreement');
  // The demo data has no API client: one for Vest, linked to that partner, with a rotated key (two rows of keys).
  const { createApiClient } = await gatewayCall<{ createApiClient: { client: { id: string; version: number } } }>(
    gatewayUrl,
    'mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { client { id version } } }',
    {
      input: {
        name: 'NAV Bergen (sideoppsett)',
        contactName: 'Kari Nav',
        contactEmail: 'kari.nav@nav.example',
        partnerId: partner.id,
        scopes: ['GROUPS_READ', 'ACTIVITIES_READ', 'REFERRALS_WRITE', 'STATISTICS_READ'],
        districtIds: ['vest'],
      },
    },
    token,
  );
  await gatewayCall(
    gatewayUrl,
    'mutation($input: RotateApiClientSecretInput!) { rotateApiClientSecret(input: $input) { key } }',
    { input: { id: createApiClient.client.id, version: createApiClient.client.version, overlapDays: 7 } },
    token,
  );
  return {
    slug: publicGroup.slug,
    group: richest(data.groups, (node) => node.history.length + node.statusHistory.length + node.followUps.length).id,
    facilitator: richest(data.facilitators, (node) => node.assignments.length + node.trainingHistory.length).id,
    course: richest(data.trainingCourses, (node) => node.sessions.length + node.enrolments.length).id,
    partner: partner.id,
    contact: partner.contacts[0]!.id,
    agreement: partner.agreements[0]!.id,
    activity: richest(
      data.outreachActivities,
      (node) => node.staff.length + node.partners.length + node.outcomes.length,
    ).id,
    peer: richest(data.volunteerPeers, (node) => node.checkIns.length + (node.facilitator ? 1 : 0)).id,
    inquiry: richest(
      data.inquiries,
      (node) => node.consents.length + node.interestListEntries.length + node.themes.length,
    ).id,
    referral: richest(data.referralResources, (node) => node.municipalities.length).id,
    followUpCase: richest(
      data.followUpCases,
      (node) => node.notes.length + node.referrals.length + node.statusChanges.length,
    ).id,
    inquiryWithoutCase: richest(
      { edges: data.inquiries.edges.filter(({ node }) => !node.hasCase) },
      (node) => node.themes.length,
    ).id,
    // The template survey: the most questions, and the one with enough answers to show figures.
    survey: (data.surveys.find((survey) => survey.templateKey) ?? data.surveys[0])!.id,
    apiClient: createApiClient.client.id,
  };
}

const WIDTHS = [1280, 390] as const;

/**
 * How far the document is wider than the viewport, in CSS pixels, and the innermost elements
 * reaching past its right edge, so a failure says where to look.
 */
function sidewaysScroll(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const overflow = Math.max(0, document.documentElement.scrollWidth - window.innerWidth);
    if (overflow === 0) return { overflow, culprits: [] };
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
    const wide = [...document.body.querySelectorAll('*')].filter(
      (element) => element.getBoundingClientRect().right > window.innerWidth + 0.5,
    );
    const innermost = wide.filter((element) => !wide.some((other) => other !== element && element.contains(other)));
    return {
      overflow,
      culprits: innermost.slice(0, 4).map((element) => `${name(element.parentElement ?? element)} > ${name(element)}`),
    };
  });
}

/** Labels in a description list whose text runs into their value's text (a long word in a narrow column). */
function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const textBox = (element: Element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return range.getBoundingClientRect();
    };
    return [...document.querySelectorAll('dl > dt')].flatMap((label) => {
      const value = label.nextElementSibling;
      if (value?.tagName !== 'DD') return [];
      const [a, b] = [textBox(label), textBox(value)];
      const overlap =
        a.width > 0 &&
        b.width > 0 &&
        a.left < b.right - 1 &&
        b.left < a.right - 1 &&
        a.top < b.bottom - 1 &&
        b.top < a.bottom - 1;
      return overlap ? [label.textContent?.trim() ?? ''] : [];
    });
  });
}

describe('every page at 1280 px and 390 px', () => {
  let browser: Browser;
  const visitors = {} as Record<Visitor, PortalContext>;
  let pages: Record<string, [Visitor, string][]>;

  beforeAll(async () => {
    browser = await launchBrowser();
    visitors.public = await openPortal(browser, portalUrl);
    visitors.district = await openPortal(browser, portalUrl);
    visitors.national = await openPortal(browser, portalUrl);
    await loginAs(visitors.district.page, portalUrl, '/vest', demo.vestLead.email);
    await loginAs(visitors.national.page, portalUrl, '/nasjonalt', demo.admin.email);
    pages = pagesFor(await demoIds());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('knows every route of app/routes.ts, as a page it visits or as a resource that is no page', () => {
    const patterns = routePatterns(routes);
    const unknown = patterns.filter((pattern) => !(pattern in pages) && !(pattern in NOT_PAGES));
    expect(unknown, 'routes with no page check: add them to pagesFor or NOT_PAGES').toEqual([]);
    const stale = [...Object.keys(pages), ...Object.keys(NOT_PAGES)].filter((pattern) => !patterns.includes(pattern));
    expect(stale, 'checks for routes that no longer exist').toEqual([]);
  });

  it('has no sideways scroll, no label over its value and no axe violation on any page, at either width', async () => {
    const problems: string[] = [];
    for (const [pattern, visits] of Object.entries(pages)) {
      for (const [visitor, path] of visits) {
        const { page } = visitors[visitor];
        await page.setViewportSize({ width: WIDTHS[0], height: 900 });
        const response = await page.goto(`${portalUrl}${path}`);
        const expected = pattern.endsWith('*') ? 404 : 200;
        if (response?.status() !== expected) {
          problems.push(`${path} (${visitor}): status ${response?.status()}, expected ${expected}`);
          continue;
        }
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          const { overflow, culprits } = await sidewaysScroll(page);
          if (overflow > 0)
            problems.push(
              `${path} (${visitor}) at ${width} px scrolls ${overflow} px sideways: ${culprits.join(', ')}`,
            );
          for (const label of await overlappingLabels(page))
            problems.push(`${path} (${visitor}) at ${width} px: the label «${label}» overlaps its value`);
          for (const violation of await axeViolations(page))
            problems.push(`${path} (${visitor}) at ${width} px: ${violation}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('left no foreign requests', () => {
    for (const { foreignRequests } of Object.values(visitors)) expect(foreignRequests).toEqual([]);
  });
});
