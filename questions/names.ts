import { stripMarks } from '../src/lib/domain/answers';
import { containsWords } from './arabic';
import { regions, type Region } from './countries';
import { entityMatchers, findMentions, type Entity } from './entities';
import { shortHash } from './util';

/**
 * Names recognised in an article that has no gazetteer, or beyond what its gazetteer lists:
 * countries and regions (with their nationality adjectives), people by the titles and reporting
 * verbs in front of their names, organisations and places by their head nouns, and Latin
 * acronyms. Each becomes an {@link Entity} like a gazetteer entry, so that the rest of the
 * generator treats both alike; the gazetteer wins wherever the two overlap.
 */

/** A word of a text: its span, its form without marks, and whether punctuation follows it. */
interface Word {
  start: number;
  end: number;
  text: string;
  /** Without marks, tatweel and the clitics و/ف in front. */
  bare: string;
  /** Punctuation or a quotation mark between this word and the next (or the text ends). */
  stop: boolean;
  /** What follows the word up to the next word or number. */
  after: string;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const r of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const end = r.index + r[0].length;
    const next = /^[^\p{L}\p{M}\p{N}]*/u.exec(text.slice(end))?.[0] ?? '';
    out.push({
      start: r.index,
      end,
      text: r[0],
      bare: stripMarks(r[0]).replace(/\u0640/gu, ''),
      stop: end === text.length || /[.,،؛;:!?؟"«»“”()]/u.test(next),
      after: next
    });
  }
  return out;
}

// Letters folded as the grader folds them, but «ال» kept: «الحذر» is not the verb «حذر».
const fold = (s: string) =>
  stripMarks(s)
    .replace(/\u0640/gu, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه');
const set = (words: readonly string[]) => new Set(words.map(fold));

// Words that never start or continue a name: particles, pronouns, time words, quantifiers.
const STOP = set([
  'إن',
  'أن',
  'إنه',
  'إنها',
  'أنه',
  'أنها',
  'إنهم',
  'أنهم',
  'إننا',
  'أننا',
  'بأن',
  'بأنه',
  'بأنها',
  'في',
  'من',
  'على',
  'عن',
  'إلى',
  'مع',
  'قد',
  'لقد',
  'ما',
  'لا',
  'لم',
  'لن',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'الذي',
  'التي',
  'الذين',
  'خلال',
  'بعد',
  'قبل',
  'يوم',
  'أمس',
  'اليوم',
  'عند',
  'حين',
  'بين',
  'كل',
  'بعض',
  'أيضا',
  'كما',
  'حتى',
  'منذ',
  'أو',
  'ثم',
  'بل',
  'لكن',
  'غير',
  'نحو',
  'حول',
  'أكثر',
  'أقل',
  'عبر',
  'لدى',
  'هو',
  'هي',
  'هم',
  'نحن',
  'أنا',
  'له',
  'لها',
  'فيه',
  'فيها',
  'عام',
  'سنة',
  'مليون',
  'مليار',
  'ألف',
  'بنحو',
  'إذ',
  'حيث',
  'لأن',
  'وفق',
  'بحسب',
  'وفقا',
  'جديد',
  'جديدة',
  'أمام',
  'خلف',
  'فوق',
  'تحت',
  'عقب',
  'إثر',
  'وسط',
  'ضد',
  'دون',
  'لطالما',
  'طالما',
  'ربما',
  'إنما',
  'الأسبوع',
  'الشهر',
  'العام',
  'الماضي',
  'المقبل',
  'الجاري',
  'الحالي',
  'أنباء'
]);

// Nouns that describe an unnamed speaker: «قال مصدر مطلع», «يقول خبراء».
const SPEAKER_NOUNS = set([
  'مصدر',
  'مصادر',
  'مسؤول',
  'مسؤولون',
  'مسؤولين',
  'خبراء',
  'بيان',
  'تقرير',
  'شهود',
  'سكان',
  'مواطن',
  'مواطنون',
  'مراقبون',
  'محللون',
  'باحثون',
  'علماء',
  'أطباء',
  'مصادر'
]);

/** Titles and roles in front of a person's name; «ة» marks a woman. */
const TITLES = set([
  'رئيس',
  'رئيسة',
  'وزير',
  'وزيرة',
  'دكتور',
  'دكتورة',
  'د',
  'مهندس',
  'مهندسة',
  'باحث',
  'باحثة',
  'مدير',
  'مديرة',
  'أستاذ',
  'أستاذة',
  'بروفيسور',
  'بروفيسورة',
  'خبير',
  'خبيرة',
  'سفير',
  'سفيرة',
  'نائب',
  'نائبة',
  'متحدث',
  'متحدثة',
  'ناطق',
  'ناطقة',
  'طبيب',
  'طبيبة',
  'ممرض',
  'ممرضة',
  'محلل',
  'محللة',
  'مدرب',
  'مدربة',
  'لاعب',
  'لاعبة',
  'كاتب',
  'كاتبة',
  'صحفي',
  'صحفية',
  'مراسل',
  'مراسلة',
  'سيد',
  'سيدة',
  'شيخ',
  'أمير',
  'أميرة',
  'ملك',
  'ملكة',
  'أمين',
  'محافظ',
  'محافظة',
  'قائد',
  'مهاجم',
  'حارس',
  'مدافع',
  'حكم',
  'مؤسس',
  'مؤسسة',
  'منسق',
  'منسقة',
  'مستشار',
  'مستشارة'
]);

/** Reporting verbs before a speaker; a feminine form marks a woman. */
const VERBS_M = set([
  'قال',
  'يقول',
  'أضاف',
  'يضيف',
  'أكد',
  'يؤكد',
  'أوضح',
  'يوضح',
  'صرح',
  'يصرح',
  'أشار',
  'يشير',
  'أعلن',
  'ذكر',
  'يرى',
  'رأى',
  'اعتبر',
  'يعتبر',
  'حذر',
  'يحذر',
  'لفت',
  'تابع',
  'يتابع',
  'ختم',
  'شدد',
  'يشدد'
]);
const VERBS_F = set([
  'قالت',
  'تقول',
  'أضافت',
  'تضيف',
  'أكدت',
  'تؤكد',
  'أوضحت',
  'توضح',
  'صرحت',
  'تصرح',
  'أشارت',
  'تشير',
  'أعلنت',
  'ذكرت',
  'ترى',
  'رأت',
  'اعتبرت',
  'تعتبر',
  'حذرت',
  'تحذر',
  'لفتت',
  'تابعت',
  'تتابع',
  'ختمت',
  'شددت',
  'تشدد'
]);

/** Head nouns of organisations: the construct phrase after them names one. */
const ORG_HEADS = set([
  'وكالة',
  'منظمة',
  'معهد',
  'وزارة',
  'صحيفة',
  'مجلة',
  'قناة',
  'مركز',
  'جامعة',
  'شركة',
  'بنك',
  'مصرف',
  'صندوق',
  'مجلس',
  'هيئة',
  'مؤسسة',
  'اتحاد',
  'جمعية',
  'حزب',
  'مستشفى',
  'لجنة',
  'سلطة',
  'محكمة',
  'بورصة',
  'نادي',
  'منتخب',
  'أكاديمية',
  'مختبر',
  'برلمان'
]);
/** Head nouns of places: «مدينة العقبة» names a city; «خليج العقبة» is itself a place. */
const CITY_HEADS = set(['مدينة', 'بلدة', 'قرية', 'العاصمة', 'عاصمة', 'مخيم']);
/** Heads of bodies whose name after them may be a bare foreign word: «معهد باستور». */
const NAMED_HEADS = set(['معهد', 'شركة', 'وكالة', 'جامعة', 'مستشفى', 'بنك', 'صحيفة', 'قناة']);
const REGION_HEADS = set([
  'خليج',
  'بحر',
  'نهر',
  'جبل',
  'جبال',
  'جزيرة',
  'جزر',
  'صحراء',
  'وادي',
  'بحيرة',
  'ملعب',
  'محافظة',
  'إقليم',
  'ولاية',
  'مضيق',
  'قناة'
]);

const HEADS = new Set([...ORG_HEADS, ...CITY_HEADS, ...REGION_HEADS]);

/** The word without the clitics و/ف/ب/ل/ك in front, and without «ال». */
function stem(bare: string): { clitic: string; article: boolean; core: string } {
  const m = /^([وف]?[بلك]?)(ال)?(.*)$/u.exec(bare);
  const clitic = m?.[1] ?? '';
  const rest = m?.[3] ?? bare;
  // A clitic is only split off when a word of at least three letters is left.
  if (rest.length < 3) {
    return { clitic: '', article: bare.startsWith('ال'), core: bare.replace(/^ال/u, '') };
  }
  return { clitic, article: m?.[2] !== undefined, core: rest };
}

/**
 * Whether the word, or the word without «ال», or without its clitics, is in `words`: «وزير» is a
 * title as written, not «و» + «زير».
 */
function isIn(words: ReadonlySet<string>, bare: string): boolean {
  const b = fold(bare);
  return (
    words.has(b) ||
    words.has(b.replace(/^ال/u, '')) ||
    words.has(fold(stem(bare).core)) ||
    words.has(fold(bare.replace(/^[وف]/u, '')))
  );
}

const isDefinite = (w: Word) => /^(?:[وف]?[بك]?ال|[وف]?لل)/u.test(w.bare);
// Particles are matched as written, with و/ف at most: «العلي» is a name, not «على».
const isStop = (w: Word) =>
  STOP.has(fold(w.bare)) || STOP.has(fold(w.bare.replace(/^[وف](?=..)/u, '')));

/** A found name: its words and what the pattern says of it. */
interface Found {
  type: 'person' | 'organisation' | 'place';
  words: Word[];
  gender?: 'm' | 'f';
  role?: string;
  city?: boolean;
}

/**
 * The name that starts at word `i`: one to three words, the first one bare (no «ال», not a
 * particle, not a title), the next ones bare too, or a family name with «ال» as the last word
 * before punctuation («سلمى الحدّاد،»).
 */
function nameAt(words: readonly Word[], i: number, max = 3): Word[] {
  const out: Word[] = [];
  for (let j = i; j < words.length && out.length < max; j++) {
    const w = words[j] as Word;
    const definite = isDefinite(w);
    if (
      isStop(w) ||
      isIn(TITLES, w.bare) ||
      isIn(HEADS, w.bare) ||
      isIn(SPEAKER_NOUNS, w.bare) ||
      isIn(VERBS_M, w.bare) ||
      isIn(VERBS_F, w.bare) ||
      /^[A-Za-z]/u.test(w.bare) ||
      w.bare.length < 2 ||
      (definite && (out.length === 0 || !/^ال/u.test(w.bare)))
    ) {
      break;
    }
    out.push(w);
    // A family name with «ال» ends the name: «أيوب الكعبي».
    if (definite) {
      break;
    }
    // «عبد الحق», «أبو بكر»: the first part of a compound name takes the next word with it.
    const next = words[j + 1];
    if (!w.stop && next !== undefined && COMPOUND.has(fold(w.bare)) && out.length < max) {
      out.push(next);
      j++;
    }
    if (out.at(-1)?.stop) {
      break;
    }
  }
  return out;
}

const COMPOUND = set(['عبد', 'أبو', 'أبي', 'آل']);

/** The title a word is, as folded: «والمهندس» → «مهندس». */
function titleOf(bare: string): string | undefined {
  const b = fold(bare).replace(/^[وف]?(?:ال|ل(?=ل))?/u, '');
  const plain = fold(bare).replace(/^[وف]/u, '');
  return [fold(bare), plain, b].find((x) => TITLES.has(x));
}

/** «المهندس سامر خليل», «وزير المياه الأردني محمد النجار»: a title, its complements, a name. */
function afterTitle(words: readonly Word[], i: number): Found | undefined {
  const w = words[i] as Word;
  const title = titleOf(w.bare);
  // «د.» is a title only as an abbreviation.
  if (title === undefined || (title === 'د' && !/^\./u.test(w.after))) {
    return undefined;
  }
  let j = i + 1;
  while (j < words.length && j - i <= 3 && isDefinite(words[j] as Word) && !words[j - 1]?.stop) {
    j++;
  }
  // «باحثة مرموقة»: a title with no «ال», no complement and no «his» takes an adjective, not a name.
  const bareTitle = j === i + 1 && !isDefinite(w) && !/ه$/u.test(w.bare);
  if (words[j - 1]?.stop || bareTitle) {
    return undefined;
  }
  const name = nameAt(words, j);
  // «ة» makes the title feminine; «ه» is «his»: «مدربه» is his coach.
  const gender = /ه$/u.test(title) && /ة$/u.test(w.bare) ? 'f' : 'm';
  // A man's title before a word in «ة» is a title before a noun: «الرئيس … علاقة موسكو».
  if (name.length === 0 || (gender === 'm' && /ه$/u.test(fold(name[0]?.bare ?? '')))) {
    return undefined;
  }
  return {
    type: 'person',
    words: name,
    gender,
    role: words
      .slice(i, j)
      .map((x) => x.text)
      .join(' ')
  };
}

/** «وقال أحمد خليل إن…», «تقول ليلى منصور»: a reporting verb and a name of two or three words. */
function afterVerb(words: readonly Word[], i: number): Found | undefined {
  const w = words[i] as Word;
  const v = fold(w.bare.replace(/^[وف]/u, ''));
  const female = VERBS_F.has(v);
  if (!female && !VERBS_M.has(v)) {
    return undefined;
  }
  if (w.stop) {
    return undefined;
  }
  const gender = female ? 'f' : 'm';
  const name = nameAt(words, i + 1);
  if (name.length >= 2) {
    return { type: 'person', words: name, gender };
  }
  return unnamedOfficial(words, i + 1, gender);
}

/**
 * «وقال وزير المياه إن…»: a speaker named by office only (a title without «ال» and its
 * complements, then a particle or punctuation) is a person too, the office standing for the name.
 */
function unnamedOfficial(words: readonly Word[], i: number, gender: 'm' | 'f'): Found | undefined {
  const title = words[i];
  // «قال الرئيس الفرنسي» names nobody: only an office in construct («وزير المياه») stands alone.
  if (title === undefined || title.stop || titleOf(title.bare) === undefined || isDefinite(title)) {
    return undefined;
  }
  let j = i + 1;
  while (j < words.length && j - i <= 3 && isDefinite(words[j] as Word)) {
    j++;
    if (words[j - 1]?.stop) {
      break;
    }
  }
  const next = words[j];
  const ends = words[j - 1]?.stop === true || next === undefined || isStop(next);
  return j > i + 1 && ends ? { type: 'person', words: words.slice(i, j), gender } : undefined;
}

/** «منظمة الصحة العالمية»: a head noun and one to three words with «ال» after it. */
function afterHead(words: readonly Word[], i: number): Found | undefined {
  const w = words[i] as Word;
  const { core, article } = stem(w.bare);
  const head = fold(core);
  const org = ORG_HEADS.has(head) && !article;
  const city = CITY_HEADS.has(head) || CITY_HEADS.has(`ال${head}`);
  const region = REGION_HEADS.has(head) && !article;
  if ((!org && !city && !region) || w.stop) {
    return undefined;
  }
  const tail: Word[] = [];
  for (let j = i + 1; j < words.length && tail.length < 3; j++) {
    const next = words[j] as Word;
    if (!/^ال/u.test(next.bare) || isStop(next)) {
      break;
    }
    tail.push(next);
    if (next.stop) {
      break;
    }
  }
  const bareName =
    tail.length === 0 && org && NAMED_HEADS.has(head) ? foreignName(words, i + 1) : [];
  tail.push(...bareName);
  if (tail.length === 0) {
    return undefined;
  }
  if (city) {
    return { type: 'place', words: tail.slice(0, 1), city: true };
  }
  // The head without its clitics starts the name.
  const headWord = { ...w, start: w.end - core.length, text: w.text.slice(-core.length) };
  return { type: org ? 'organisation' : 'place', words: [headWord, ...tail], city: false };
}

/**
 * One bare word after a named head, taken as a name when it cannot be an adjective (no «ي»,
 * «ية» or «ة» ending) or a particle, and a preposition or punctuation follows: «معهد باستور في».
 */
function foreignName(words: readonly Word[], i: number): Word[] {
  const w = words[i];
  const next = words[i + 1];
  if (w === undefined || isStop(w) || /[يةه]$/u.test(w.bare) || w.bare.length < 3) {
    return [];
  }
  return w.stop || next === undefined || isStop(next) ? [w] : [];
}

/** Latin acronyms written in the Arabic text: «WHO», «OPEC». */
function acronyms(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}\p{N}])[A-Z]{2,6}(?![\p{L}\p{N}-])/gu)].map((r) => r[0]);
}

const spanText = (text: string, ws: readonly Word[]) =>
  text.slice(ws[0]?.start ?? 0, ws.at(-1)?.end ?? 0);

/** Every name the patterns find in one paragraph, with the name's text as written. */
export function findNames(text: string): (Found & { ar: string })[] {
  const words = wordsOf(text);
  const out: (Found & { ar: string })[] = [];
  for (let i = 0; i < words.length; i++) {
    const found = afterTitle(words, i) ?? afterVerb(words, i) ?? afterHead(words, i);
    if (found !== undefined) {
      const ar = spanText(text, found.words).replace(/^[وفبلك](?=ال)/u, '');
      out.push({ ...found, ar });
    }
  }
  return out;
}

function regionEntity(r: Region): Entity {
  return {
    id: `r-${r.code}`,
    type: r.type,
    ar: r.ar,
    en: r.en,
    aliases: { ar: r.aliases, en: [] },
    nisba: { ar: r.nisba, en: [] }
  };
}

/** The regions whose name or adjective the article writes, as the mention finder finds them. */
function regionsIn(text: string): Entity[] {
  // Compiling a matcher costs far more than a substring test: only likely regions get one.
  const folded = fold(text);
  return regions()
    .filter((r) =>
      [r.ar, ...r.aliases, ...r.nisba].some((f) => folded.includes(fold(f).replace(/^ال/u, '')))
    )
    .map(regionEntity)
    .filter((entity) =>
      entityMatchers([entity]).some(({ re }) => {
        re.lastIndex = 0;
        return re.test(text);
      })
    );
}

/**
 * The people, organisations and places the patterns find, one entity per name (the longest
 * form wins: «سامر خليل» over «خليل»), and the surname alone as an alias when the article uses
 * it on its own later.
 */
function patternEntities(paragraphs: readonly string[]): Entity[] {
  const byName = new Map<string, Entity>();
  for (const p of paragraphs) {
    for (const f of findNames(p)) {
      const key = fold(f.ar);
      const known = byName.get(key);
      byName.set(key, {
        id: `r-${f.type}-${shortHash(key, 8)}`,
        type: f.type,
        ar: f.ar,
        aliases: { ar: [], en: [] },
        nisba: { ar: [], en: [] },
        ...((known?.gender ?? f.gender) && { gender: known?.gender ?? f.gender }),
        ...((known?.role?.ar ?? f.role) !== undefined && {
          role: { ar: known?.role?.ar ?? f.role ?? '' }
        }),
        ...(f.city === true && { country: '?' })
      });
    }
  }
  // A country is not a person: «ترى روسيا التركيز…».
  const all = [...byName.values()].filter(
    (e) => e.type !== 'person' || regionsIn(e.ar).length === 0
  );
  const text = paragraphs.join('\n');
  return all
    .filter(
      (e) =>
        e.type !== 'person' ||
        !all.some((o) => o !== e && o.type === e.type && longerForm(o.ar, e.ar))
    )
    .map((e) => withSurname(e, text));
}

const longerForm = (long: string, short: string) =>
  fold(long) !== fold(short) && containsWords(long, short);

/** «خليل» for «سامر خليل» when the article also writes «خليل» alone. */
function withSurname(e: Entity, text: string): Entity {
  const parts = e.ar.split(/\s+/u);
  const last = parts.at(-1) ?? '';
  const office = titleOf(parts[0] ?? '') !== undefined;
  if (e.type !== 'person' || office || parts.length < 2 || stripMarks(last).length < 3) {
    return e;
  }
  const without = text.split(e.ar).join(' ');
  return containsWords(without, last) ? { ...e, aliases: { ar: [last], en: [] } } : e;
}

function acronymEntities(text: string): Entity[] {
  return [...new Set(acronyms(text))].map((a) => ({
    id: `r-acronym-${a}`,
    type: 'organisation',
    ar: a,
    en: a,
    aliases: { ar: [], en: [] },
    nisba: { ar: [], en: [] }
  }));
}

/**
 * The entities recognised in the paragraphs that the gazetteer `known` does not already give:
 * a recognised entity with a form of a known one, or written where a known one is, is left out.
 */
export function recogniseEntities(
  paragraphs: readonly string[],
  known: readonly Entity[]
): Entity[] {
  const text = paragraphs.join('\n');
  const found = [...regionsIn(text), ...patternEntities(paragraphs), ...acronymEntities(text)];
  const knownForms = known.flatMap((e) => [e.ar, ...e.aliases.ar, ...e.nisba.ar].map(fold));
  const knownMatchers = entityMatchers(known.filter((e) => e.type !== 'event'));
  const knownSpans = paragraphs.map((p) =>
    findMentions(p, knownMatchers).filter((m) => m.entityId !== undefined)
  );
  return found.filter((e) => {
    const forms = [e.ar, ...e.aliases.ar, ...e.nisba.ar].map(fold);
    if (forms.some((f) => knownForms.includes(f))) {
      return false;
    }
    const own = entityMatchers([e]);
    return paragraphs.every((p, i) =>
      findMentions(p, own).every((m) =>
        (knownSpans[i] ?? []).every((k) => m.end <= k.start || m.start >= k.end)
      )
    );
  });
}
