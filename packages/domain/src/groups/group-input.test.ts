import { describe, expect, it } from 'vitest';
import { messageOfZodIssue } from '../messages/index.js';
import type { GroupInput } from './group-input.js';
import { groupInputSchema, makeGroupInputSchema } from './group-input.js';

function validInput(overrides: Partial<Record<keyof GroupInput, unknown>> = {}): Record<string, unknown> {
  return {
    name: 'Sorggruppe Bergen',
    description: 'For deg som har mistet noen.',
    themeIds: ['grief'],
    targetGroup: 'AFFECTED',
    municipalityNumber: '4601',
    format: 'IN_PERSON',
    venue: { name: 'Frivilligsentralen', streetAddress: 'Storgata 1', postalCode: '5003', postalPlace: 'Bergen' },
    meetingUrl: null,
    openForNewMembers: true,
    maxSize: null,
    schedule: { kind: 'WEEKLY', weekday: 'TUESDAY', startTime: '18:00', durationMinutes: 90, startDate: '2026-01-06' },
    ...overrides,
  };
}

function scheduleWith(overrides: Record<string, unknown>) {
  return { ...(validInput().schedule as object), ...overrides };
}

function venueWith(overrides: Record<string, unknown>) {
  return { ...(validInput().venue as object), ...overrides };
}

/** `path: message` for every issue. */
function errors(input: unknown): string[] {
  const result = groupInputSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${messageOfZodIssue(issue)}`);
}

describe('group input', () => {
  it('produces GroupData with defaults, trimmed text and the district from the municipality', () => {
    const data = groupInputSchema.parse(validInput({ name: '  Sorggruppe Bergen ', meetingUrl: '' }));
    expect(data).toEqual({
      name: 'Sorggruppe Bergen',
      description: 'For deg som har mistet noen.',
      themeIds: ['grief'],
      targetGroup: 'AFFECTED',
      municipalityNumber: '4601',
      districtId: 'vest',
      format: 'IN_PERSON',
      venue: {
        name: 'Frivilligsentralen',
        streetAddress: 'Storgata 1',
        postalCode: '5003',
        postalPlace: 'Bergen',
        stepFreeAccess: false,
        hearingLoop: false,
        accessibilityNotes: null,
      },
      meetingUrl: null,
      languages: ['nb'],
      openForNewMembers: true,
      maxSize: null,
      schedule: {
        kind: 'WEEKLY',
        weekday: 'TUESDAY',
        nth: null,
        dates: [],
        startTime: '18:00',
        durationMinutes: 90,
        startDate: '2026-01-06',
        endDate: null,
      },
    });
    expect(makeGroupInputSchema().parse(validInput({ municipalityNumber: '0301' })).districtId).toBe('ost');
  });

  it('checks name and description', () => {
    expect(errors(validInput({ name: '  ab ' }))).toEqual(['name: Navnet må ha minst 3 tegn.']);
    expect(errors(validInput({ name: '   ' }))).toEqual(['name: Navn må fylles ut.']);
    expect(errors(validInput({ name: 'x'.repeat(121) }))).toEqual(['name: Navnet kan ha høyst 120 tegn.']);
    expect(errors(validInput({ description: ' ' }))).toEqual(['description: Beskrivelse må fylles ut.']);
    expect(errors(validInput({ description: 'x'.repeat(1001) }))).toEqual([
      'description: Beskrivelsen kan ha høyst 1000 tegn.',
    ]);
  });

  it('checks themes: at least one, known, no duplicates, mixed alone', () => {
    expect(errors(validInput({ themeIds: [] }))).toEqual(['themeIds: Velg minst ett tema.']);
    expect(errors(validInput({ themeIds: ['grief', 'sadness'] }))).toEqual(['themeIds: Ukjent tema: sadness.']);
    expect(errors(validInput({ themeIds: ['grief', 'grief'] }))).toEqual([
      'themeIds: Temaet «Sorg» er valgt flere ganger.',
    ]);
    expect(errors(validInput({ themeIds: ['mixed', 'anxiety'] }))).toEqual([
      'themeIds: På tvers av tema kan ikke kombineres med andre tema.',
    ]);
    expect(errors(validInput({ themeIds: ['mixed'] }))).toEqual([]);
  });

  it('wants a known 2024 municipality', () => {
    expect(errors(validInput({ municipalityNumber: '1234' }))).toEqual([
      'municipalityNumber: Ukjent kommunenummer 1234.',
    ]);
    // Ålesund's number before 2024.
    expect(errors(validInput({ municipalityNumber: '1507' }))).toEqual([
      'municipalityNumber: Ukjent kommunenummer 1507.',
    ]);
    expect(errors(validInput({ municipalityNumber: '' }))).toEqual(['municipalityNumber: Kommune må velges.']);
  });

  it('checks target group, format and openness', () => {
    expect(errors(validInput({ targetGroup: 'FRIENDS' }))).toEqual(['targetGroup: Velg målgruppe.']);
    expect(errors(validInput({ format: 'PHONE' }))).toEqual([
      'format: Velg om gruppen møtes fysisk, på nett eller hybrid.',
    ]);
    expect(errors(validInput({ openForNewMembers: undefined }))).toEqual([
      'openForNewMembers: Velg om gruppen er åpen for nye medlemmer.',
    ]);
  });

  it('wants a venue for in-person and hybrid groups, and none for online groups', () => {
    expect(errors(validInput({ venue: null }))).toEqual([
      'venue: Møtested må fylles ut for fysiske og hybride grupper.',
    ]);
    expect(errors(validInput({ format: 'HYBRID', venue: undefined, meetingUrl: 'https://meet.example/a' }))).toEqual([
      'venue: Møtested må fylles ut for fysiske og hybride grupper.',
    ]);
    expect(errors(validInput({ format: 'ONLINE', meetingUrl: 'https://meet.example/a' }))).toEqual([
      'venue: Nettgrupper har ikke møtested.',
    ]);
    const online = groupInputSchema.parse(
      validInput({ format: 'ONLINE', venue: null, meetingUrl: 'https://meet.example/a' }),
    );
    expect(online.venue).toBeNull();
    expect(online.meetingUrl).toBe('https://meet.example/a');
  });

  it('checks the venue fields', () => {
    expect(errors(validInput({ venue: venueWith({ postalCode: '503' }) }))).toEqual([
      'venue.postalCode: Postnummer må ha fire sifre.',
    ]);
    expect(errors(validInput({ venue: venueWith({ postalCode: '50031' }) }))).toEqual([
      'venue.postalCode: Postnummer må ha fire sifre.',
    ]);
    expect(
      errors(validInput({ venue: venueWith({ name: ' ', streetAddress: '', postalPlace: 'x'.repeat(201) }) })),
    ).toEqual([
      'venue.name: Navn på møtested må fylles ut.',
      'venue.streetAddress: Adresse må fylles ut.',
      'venue.postalPlace: Poststedet er for langt.',
    ]);
    expect(errors(validInput({ venue: venueWith({ accessibilityNotes: 'x'.repeat(501) }) }))).toEqual([
      'venue.accessibilityNotes: Teksten om tilgjengelighet kan ha høyst 500 tegn.',
    ]);
    const data = groupInputSchema.parse(
      validInput({ venue: venueWith({ stepFreeAccess: true, hearingLoop: null, accessibilityNotes: '  ' }) }),
    );
    expect(data.venue).toMatchObject({ stepFreeAccess: true, hearingLoop: false, accessibilityNotes: null });
  });

  it('wants an https meeting link for online and hybrid groups, and none for in-person groups', () => {
    const online = { format: 'ONLINE', venue: null };
    expect(errors(validInput({ ...online, meetingUrl: null }))).toEqual([
      'meetingUrl: Møtelenke må fylles ut for grupper på nett og hybride grupper.',
    ]);
    expect(errors(validInput({ ...online, meetingUrl: 'http://meet.example/a' }))).toEqual([
      'meetingUrl: Møtelenken må være en https://-adresse.',
    ]);
    expect(errors(validInput({ ...online, meetingUrl: 'meet.example/a' }))).toEqual([
      'meetingUrl: Møtelenken må være en https://-adresse.',
    ]);
    expect(errors(validInput({ ...online, meetingUrl: `https://meet.example/${'a'.repeat(500)}` }))).toEqual([
      'meetingUrl: Møtelenken kan ha høyst 500 tegn.',
    ]);
    expect(errors(validInput({ meetingUrl: 'https://meet.example/a' }))).toEqual([
      'meetingUrl: Fysiske grupper har ikke møtelenke.',
    ]);
  });

  it('checks languages: 1–5 known codes, deduplicated, nb by default', () => {
    expect(groupInputSchema.parse(validInput({ languages: [' EN', 'se', 'en'] })).languages).toEqual(['en', 'se']);
    expect(groupInputSchema.parse(validInput({ languages: null })).languages).toEqual(['nb']);
    expect(errors(validInput({ languages: [] }))).toEqual(['languages: Velg minst ett språk.']);
    expect(errors(validInput({ languages: ['nb', 'xx'] }))).toEqual(['languages: Ukjent språkkode xx.']);
    expect(errors(validInput({ languages: ['nb', 'nn', 'se', 'en', 'pl', 'ar'] }))).toEqual([
      'languages: Velg høyst 5 språk.',
    ]);
  });

  it('checks the group size', () => {
    expect(groupInputSchema.parse(validInput({ maxSize: 8 })).maxSize).toBe(8);
    expect(errors(validInput({ maxSize: 1 }))).toEqual(['maxSize: Maks antall må være minst 2.']);
    expect(errors(validInput({ maxSize: 101 }))).toEqual(['maxSize: Maks antall kan være høyst 100.']);
    expect(errors(validInput({ maxSize: 7.5 }))).toEqual(['maxSize: Maks antall må være et heltall.']);
  });
});

describe('group input schedule', () => {
  it('wants a weekday for weekly, biweekly and monthly meetings, none for irregular ones', () => {
    expect(errors(validInput({ schedule: scheduleWith({ weekday: null }) }))).toEqual([
      'schedule.weekday: Ukedag må velges for ukentlige møter.',
    ]);
    expect(errors(validInput({ schedule: scheduleWith({ kind: 'BIWEEKLY', weekday: undefined }) }))).toEqual([
      'schedule.weekday: Ukedag må velges for ukentlige møter.',
    ]);
    expect(
      errors(validInput({ schedule: scheduleWith({ kind: 'MONTHLY_NTH_WEEKDAY', weekday: null, nth: 2 }) })),
    ).toEqual(['schedule.weekday: Ukedag må velges for månedlige møter.']);
    expect(errors(validInput({ schedule: scheduleWith({ kind: 'IRREGULAR', dates: ['2026-01-12'] }) }))).toEqual([
      'schedule.weekday: Uregelmessige møter har ikke fast ukedag.',
    ]);
    expect(errors(validInput({ schedule: scheduleWith({ weekday: 'TIRSDAG' }) }))).toEqual([
      'schedule.weekday: Ugyldig ukedag.',
    ]);
  });

  it('wants nth 1–4 or -1 for monthly meetings only', () => {
    const monthly = (nth: unknown) => validInput({ schedule: scheduleWith({ kind: 'MONTHLY_NTH_WEEKDAY', nth }) });
    expect(errors(monthly(-1))).toEqual([]);
    expect(errors(monthly(4))).toEqual([]);
    expect(errors(monthly(null))).toEqual(['schedule.nth: Velg hvilken uke i måneden (1–4 eller siste).']);
    expect(errors(monthly(5))).toEqual(['schedule.nth: Uke i måneden må være 1–4, eller -1 for siste.']);
    expect(errors(monthly(0))).toEqual(['schedule.nth: Uke i måneden må være 1–4, eller -1 for siste.']);
    expect(errors(validInput({ schedule: scheduleWith({ nth: 2 }) }))).toEqual([
      'schedule.nth: Uke i måneden gjelder bare månedlige møter.',
    ]);
  });

  it('wants real dates within start and end for irregular meetings, sorted and de-duplicated', () => {
    const irregular = (overrides: Record<string, unknown>) =>
      validInput({ schedule: scheduleWith({ kind: 'IRREGULAR', weekday: null, ...overrides }) });
    const data = groupInputSchema.parse(irregular({ dates: ['2026-03-02', '2026-01-12', '2026-03-02'] }));
    expect(data.schedule).toMatchObject({ kind: 'IRREGULAR', weekday: null, dates: ['2026-01-12', '2026-03-02'] });
    expect(errors(irregular({ dates: [] }))).toEqual(['schedule.dates: Legg inn minst én møtedato.']);
    expect(errors(irregular({ dates: undefined }))).toEqual(['schedule.dates: Legg inn minst én møtedato.']);
    expect(errors(irregular({ dates: ['2026-02-30'] }))).toEqual(['schedule.dates: Ugyldig dato: 2026-02-30.']);
    expect(errors(irregular({ dates: ['2026-01-05'] }))).toEqual([
      'schedule.dates: Datoen 2026-01-05 er før startdatoen.',
    ]);
    expect(errors(irregular({ dates: ['2026-04-01'], endDate: '2026-03-31' }))).toEqual([
      'schedule.dates: Datoen 2026-04-01 er etter sluttdatoen.',
    ]);
    expect(errors(validInput({ schedule: scheduleWith({ dates: ['2026-01-12'] }) }))).toEqual([
      'schedule.dates: Møtedatoer gjelder bare uregelmessige møter.',
    ]);
  });

  it('checks time, duration and dates', () => {
    expect(
      groupInputSchema.parse(validInput({ schedule: scheduleWith({ startTime: '9:30' }) })).schedule.startTime,
    ).toBe('09:30');
    expect(errors(validInput({ schedule: scheduleWith({ startTime: '24:00' }) }))).toEqual([
      'schedule.startTime: Klokkeslett må skrives TT:MM, for eksempel 18:00.',
    ]);
    expect(errors(validInput({ schedule: scheduleWith({ durationMinutes: 14 }) }))).toEqual([
      'schedule.durationMinutes: Et møte må vare minst 15 minutter.',
    ]);
    expect(errors(validInput({ schedule: scheduleWith({ durationMinutes: 481 }) }))).toEqual([
      'schedule.durationMinutes: Et møte kan vare høyst 480 minutter (8 timer).',
    ]);
    expect(errors(validInput({ schedule: scheduleWith({ startDate: '2026-02-29' }) }))).toEqual([
      'schedule.startDate: Ugyldig startdato.',
    ]);
    expect(errors(validInput({ schedule: scheduleWith({ endDate: '2026-01-05' }) }))).toEqual([
      'schedule.endDate: Sluttdato kan ikke være før startdato.',
    ]);
    expect(errors(validInput({ schedule: scheduleWith({ endDate: '31.12.2026' }) }))).toEqual([
      'schedule.endDate: Ugyldig sluttdato.',
    ]);
    expect(groupInputSchema.parse(validInput({ schedule: scheduleWith({ endDate: '' }) })).schedule.endDate).toBeNull();
    expect(
      groupInputSchema.parse(validInput({ schedule: scheduleWith({ endDate: '2026-01-06' }) })).schedule.endDate,
    ).toBe('2026-01-06');
    expect(errors(validInput({ schedule: null }))).toEqual(['schedule: Møtetidene må fylles ut.']);
  });

  it('reports every mistake at once, across fields', () => {
    const paths = errors(
      validInput({
        name: 'x',
        themeIds: [],
        format: 'ONLINE',
        schedule: scheduleWith({ weekday: null, durationMinutes: 5, endDate: '2025-01-01' }),
      }),
    ).map((error) => error.split(':')[0]);
    expect(paths.sort()).toEqual(
      [
        'name',
        'themeIds',
        'venue',
        'meetingUrl',
        'schedule.weekday',
        'schedule.durationMinutes',
        'schedule.endDate',
      ].sort(),
    );
    expect(errors(validInput({ name: '', venue: null }))).toEqual([
      'name: Navn må fylles ut.',
      'venue: Møtested må fylles ut for fysiske og hybride grupper.',
    ]);
  });
});
