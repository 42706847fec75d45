/**
 * The managed list of group themes. Ids are stored with groups and used in URLs and the API,
 * so they never change once published; labels may be reworded freely.
 */
export const THEME_IDS = [
  'grief',
  'separation',
  'anxiety',
  'depression',
  'addiction',
  'relatives',
  'loneliness',
  'cancer',
  'chronic-illness',
  'burnout',
  'leaving-religious-community',
  'domestic-violence',
  'eating-disorders',
  'unemployment',
  'mixed',
] as const;

export type ThemeId = (typeof THEME_IDS)[number];

/** Groups open to people whatever their theme ("På tvers av tema"). */
export const MIXED_THEME_ID = 'mixed' satisfies ThemeId;

export interface Theme {
  id: ThemeId;
  labels: { nb: string; en: string };
}

// A Record keyed by ThemeId makes the compiler insist on a label pair for every id.
const LABELS: Record<ThemeId, Theme['labels']> = {
  grief: { nb: 'Sorg', en: 'Grief' },
  separation: { nb: 'Samlivsbrudd', en: 'Separation and divorce' },
  anxiety: { nb: 'Angst', en: 'Anxiety' },
  depression: { nb: 'Depresjon', en: 'Depression' },
  addiction: { nb: 'Avhengighet', en: 'Addiction' },
  relatives: { nb: 'Pårørende', en: 'Relatives and next of kin' },
  loneliness: { nb: 'Ensomhet', en: 'Loneliness' },
  cancer: { nb: 'Kreft', en: 'Cancer' },
  'chronic-illness': { nb: 'Kronisk sykdom', en: 'Chronic illness' },
  burnout: { nb: 'Utbrenthet', en: 'Burnout' },
  'leaving-religious-community': { nb: 'Brudd med trossamfunn', en: 'Leaving a religious community' },
  'domestic-violence': { nb: 'Vold i nære relasjoner', en: 'Violence in close relationships' },
  'eating-disorders': { nb: 'Spiseforstyrrelser', en: 'Eating disorders' },
  unemployment: { nb: 'Arbeidsledighet', en: 'Unemployment' },
  mixed: { nb: 'På tvers av tema', en: 'Across themes' },
};

export const THEMES: readonly Theme[] = Object.freeze(
  THEME_IDS.map((id) => Object.freeze({ id, labels: Object.freeze({ ...LABELS[id] }) })),
);

const byId = new Map<string, Theme>(THEMES.map((theme) => [theme.id, theme]));

export function isThemeId(value: unknown): value is ThemeId {
  return typeof value === 'string' && byId.has(value);
}

export function findTheme(id: string): Theme | undefined {
  return byId.get(id);
}
