/** The longest slug before the unique suffix. */
export const GROUP_SLUG_MAX_BASE_LENGTH = 80;

// Letters that Unicode decomposition does not reduce to ASCII.
const TRANSLITERATIONS: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ð: 'd',
  đ: 'd',
  ŋ: 'n',
  ŧ: 't',
  ł: 'l',
  ı: 'i',
};

/** Lower-case ASCII words joined by single hyphens: "Sorg & savn – Ålesund" → "sorg-savn-alesund". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåœßþðđŋŧłı]/g, (letter) => TRANSLITERATIONS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Cuts at a word boundary when one is close enough, never leaving a trailing hyphen. */
function truncate(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen >= max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/**
 * The public address of a group: name and municipality, plus a suffix that makes it unique,
 * e.g. `sorggruppe-bergen-3f2a9c`. The municipality is left out when the name already ends with it.
 */
export function groupSlug(name: string, municipalityName: string, uniqueSuffix: string): string {
  const nameSlug = slugify(name);
  const placeSlug = slugify(municipalityName);
  const alreadyNamed = placeSlug !== '' && (nameSlug === placeSlug || nameSlug.endsWith(`-${placeSlug}`));
  const words = [nameSlug, alreadyNamed ? '' : placeSlug].filter((part) => part !== '').join('-');
  const base = truncate(words === '' ? 'gruppe' : words, GROUP_SLUG_MAX_BASE_LENGTH);
  const suffix = slugify(uniqueSuffix);
  return suffix === '' ? base : `${base}-${suffix}`;
}
