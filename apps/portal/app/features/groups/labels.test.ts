import { describe, expect, it } from 'vitest';
import { historyFieldLabel, historyValueText, meaningfulChanges } from './history-text';
import { describeSchedule, languageName, statusLabel, themeLabel } from './labels';
import { createTranslator } from '../../shared/i18n/i18n';

const nb = createTranslator('nb');
const en = createTranslator('en');

describe('labels', () => {
  it('names statuses, themes and languages in the viewer’s language', () => {
    expect(statusLabel('nb', 'RUNNING')).toBe('I gang (selvgående)');
    expect(statusLabel('en', 'IDEA')).toBe('Idea');
    expect(themeLabel('en', { id: 'grief', label: 'Sorg' })).toBe('Grief');
    expect(themeLabel('nb', { id: 'new-theme', label: 'Nytt tema' })).toBe('Nytt tema');
    expect(languageName('nb', 'se')).toBe('nordsamisk');
    expect(languageName('en', 'nb')).toBe('Norwegian (Bokmål)');
  });

  it('describes a schedule with its period', () => {
    const schedule = {
      kind: 'MONTHLY_NTH_WEEKDAY' as const,
      weekday: 'TUESDAY' as const,
      nth: -1,
      dates: [],
      startTime: '18:00',
      durationMinutes: 90,
      startDate: '2026-01-06',
      endDate: '2026-06-30',
    };
    expect(describeSchedule(nb, 'nb', schedule)).toEqual({
      rhythm: 'Siste tirsdag i måneden kl. 18:00–19:30',
      period: 'Fra 6. januar 2026 til 30. juni 2026',
    });
    expect(describeSchedule(en, 'en', { ...schedule, endDate: null }).period).toBe('From 6 January 2026');
  });
});

describe('the change history in words', () => {
  it('names fields as the form does', () => {
    expect(historyFieldLabel(nb, 'venue.postalCode')).toBe('Postnummer');
    expect(historyFieldLabel(nb, 'schedule.weekday')).toBe('Ukedag');
    expect(historyFieldLabel(en, 'status')).toBe('Status');
    expect(historyFieldLabel(nb, 'somethingNew')).toBe('somethingNew');
    expect(historyFieldLabel(nb, 'followUpDate')).toBe('Dato for oppfølgingen');
  });

  it('leaves out fields that were and stay empty', () => {
    const fields = [
      { field: 'name', oldValue: null, newValue: 'Sorg' },
      { field: 'schedule.nth', oldValue: null, newValue: null },
      { field: 'maxSize', oldValue: '8', newValue: null },
    ];
    expect(meaningfulChanges(fields).map((field) => field.field)).toEqual(['name', 'maxSize']);
  });

  it('reads language-neutral values in the viewer’s language', () => {
    expect(historyValueText(nb, 'nb', 'status', 'STARTING')).toBe('Under oppstart');
    expect(historyValueText(en, 'en', 'themeIds', 'grief, loneliness')).toBe('Grief, Loneliness');
    expect(historyValueText(nb, 'nb', 'municipalityNumber', '4601')).toBe('Bergen');
    expect(historyValueText(nb, 'nb', 'openForNewMembers', 'false')).toBe('Nei');
    expect(historyValueText(nb, 'nb', 'schedule.startDate', '2026-01-06')).toBe('6. januar 2026');
    expect(historyValueText(nb, 'nb', 'venue.name', null)).toBe('–');
    expect(historyValueText(nb, 'nb', 'schedule.weekday', 'FRIDAY')).toBe('Fredag');
  });
});
