/**
 * Orders of the glossary page: by pinyin (Chinese names) and A–Z (English names), each with the
 * letter a term is filed under. Computed at build time in Node, whose ICU sorts Chinese by
 * pinyin, so the browser needs no collation data.
 */

const pinyin = new Intl.Collator('zh-Hans-u-co-pinyin');
const english = new Intl.Collator('en', {sensitivity: 'base', numeric: true});

/**
 * The first character of each pinyin initial letter in the collator's order (no syllable starts
 * with i, u or v): a character sorts under the last of these that does not come after it.
 */
const FIRST_OF_LETTER: [string, string][] = [...'ABCDEFGHJKLMNOPQRSTWXYZ'].map((letter, i) => [letter, '阿八嚓哒妸发旮哈讥咔垃妈拿噢妑七然撒塌挖昔压匝'[i]]);

const HAN = /\p{Script=Han}/u;

/** The letter a name is filed under: its own first letter, or its first character's pinyin initial. */
export function letterOf(name: string): string {
  const first = [...name.trim()][0] ?? '';
  if (/[A-Za-z]/.test(first)) return first.toUpperCase();
  if (!HAN.test(first)) return '#';
  let letter = '#';
  for (const [l, c] of FIRST_OF_LETTER) if (pinyin.compare(c, first) <= 0) letter = l;
  return letter;
}

export interface Sortable {
  id: string;
  zh: string;
  en: string;
  sortAs?: string;
}

/** Ids by pinyin of the Chinese name, Latin-initial names filed under their letter. */
export function pinyinOrder(entries: readonly Sortable[]): string[] {
  const key = (e: Sortable) => e.sortAs ?? e.zh;
  return [...entries]
    .sort((a, b) => letterOf(key(a)).localeCompare(letterOf(key(b))) || pinyin.compare(key(a), key(b)) || a.id.localeCompare(b.id))
    .map((e) => e.id);
}

/** Ids by English name, ignoring case. */
export function englishOrder(entries: readonly Sortable[]): string[] {
  return [...entries].sort((a, b) => english.compare(a.en, b.en) || a.id.localeCompare(b.id)).map((e) => e.id);
}
