import { BLANK, foldPhrase } from './arabic';
import { ARABIC_MONTHS } from './dates';
import { numberWord } from './numbers';
import { leansOnContext } from './fragments';

/**
 * The gate a generated candidate passes before it is scored: faults that a teacher would not
 * keep whatever the score. Each test returns the reason it refuses, or undefined; the candidates
 * step (`pipeline/candidates.ts`) reports the reason with the candidate.
 */

const wordsOf = (text: string) => text.split(/\s+/u).filter((w) => w !== '');

// A demonstrative, «ما يحصل» or «الأخير» points to something the prompt does not say.
const REFERENT =
  /(?:^|\s)[وفلب]?(?:هذه|هذا|ذلك|تلك|هولاء|اولئك|هذين|هذان|هاتان|هاتين|ما (?:يحصل|يجري|يحدث|حصل|جري|حدث))(?=\s|$)/u;

// («مشهدًا كهذا»: «like this» points back too.)
const PLURAL_DEMONSTRATIVE = /(?:^|\s)[وفلب]?(?:هولاء|اولئك|كهذا|كهذه|كهولاء|كتلك)(?=\s|$|[.،,])/u;

const TIME_DEICTIC =
  /(?:^|\s)[وفلب]?(?:هذا|هذه) (?:العام|الموسم|الشهر|الاسبوع|اليوم|الصيف|الشتاء|الربيع|الخريف|العقد|القرن|المره|السنه|الفتره)(?=\s|$)/gu;

/** How many words on each side of the blank, and at the prompt's start, a referent may not be. */
export const REFERENT_REACH = 4;

/**
 * A blank whose prompt opens with a referent the student cannot resolve («تتجاوز هذه الصداقة…»،
 * «لاحظ القادة ما يحصل، لا سيما ____») or has one next to the blank («دعمت روسيا و____ ذلك
 * الاتفاق»): the answer then depends on the sentence before, or several answers fit.
 */
export function referentNearBlank(prompt: string): boolean {
  const raw = wordsOf(prompt);
  const at = raw.findIndex((w) => w.includes(BLANK));
  // «هذا العام»، «هذه المرة»: a time the reader places without the sentence before.
  const ws = raw.map(foldPhrase).join(' ').replace(TIME_DEICTIC, ' _ _').split(' ');
  const start = ws.slice(0, REFERENT_REACH + 1).join(' ');
  const around = at < 0 ? [] : ws.slice(Math.max(0, at - REFERENT_REACH), at + REFERENT_REACH + 1);
  return (
    REFERENT.test(start) ||
    REFERENT.test(around.join(' ')) ||
    // «كان ابن محمود الحريري … واحدًا من هؤلاء»: «these» anywhere point back.
    PLURAL_DEMONSTRATIVE.test(ws.join(' ')) ||
    leansOnContext(raw.slice(0, REFERENT_REACH).join(' ')) ||
    pronounOpensClause(raw, ws, at) ||
    thisOfBefore(ws.join(' ').replace(/«[^»]*»/gu, ' '))
  );
}

// «خطة لتمويل هذه الوحدات»، «يقارن … هذه الأرقام»: «this» and a noun anywhere in the prompt.
const THIS_NOUN = /(?:^|\s)[وفلب]?(?:هذه|هذا)\s+(?:ال|لل)(\S{2,})/u;

/**
 * Whether a folded prompt points with «this» at a noun it has not named before («هذه الوحدات» with
 * no «وحدات» earlier): what the noun is, the sentence before says. Not an event's edition
 * («هذه الدورة»، «هذه النسخة»), which is the article's own.
 */
function thisOfBefore(text: string): boolean {
  const m = THIS_NOUN.exec(text);
  if (m === null) return false;
  const noun = m[1] ?? '';
  // («مخطوطة … هذه المخطوطات»: the singular named it.)
  const stem = noun.replace(/(?:ات|ون|ين|ه)$/u, '');
  return !/^(?:دوره|نسخه)$/u.test(noun) && !text.slice(0, m.index).includes(stem);
}

const PRONOUN_PREPOSITION = /^(?:علي|في|من|عن|الي|ل|ب|مع)(?:ه|ها|هم|هما)$|^(?:عليه|اليه|لديه)$/u;

/**
 * «بحسب إحصاءات الشرطة، سُجّل عليه ____ حادثًا»: a clause of the prompt opens on a verb and a
 * preposition with a pronoun, whose noun («الطريق القديم») was in the sentence before.
 */
function pronounOpensClause(raw: readonly string[], ws: readonly string[], at: number): boolean {
  // The prompt's start, and after a leading phrase («بحسب إحصاءات الشرطة،») the clause after it;
  // a later clause's pronoun may go back to a noun of the prompt («خطة…، وخصّصت لها»).
  const comma = raw.findIndex((w) => /[،,]$/u.test(w));
  const lead = /^[وف]?(?:بحسب|وفق|في|على|من|مع|عن|خلال|بعد|قبل|ب\S+)$/u.test(ws[0] ?? '');
  const starts = lead && comma >= 0 ? [0, comma + 1] : [0];
  return starts.some(
    (from) =>
      from + 1 < (at < 0 ? raw.length : at) &&
      !raw[from]?.includes(BLANK) &&
      PRONOUN_PREPOSITION.test(ws[from + 1] ?? '')
  );
}

// A finite verb or auxiliary in English: without one a prompt is a fragment.
const ENGLISH_VERB =
  /\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|says|said|say|told|tells|believes?|believed|thinks?|thought|argues|notes|adds|warns|writes|wrote|reports|remains|seems|appears|makes|made|gets|got|goes|went|comes|came|takes|took|gives|gave|holds|held|keeps|kept|knows|knew|sees|saw|finds|found|leads|led|runs|ran|seeks|sought|wants|needs|includes|began|begun|begins|rose|fell|grew|won|lost|sent|spent|built|met|left|set|put|cut|hit|paid|sold|bought|brought|\w{3,}ed)\b/iu;

/**
 * English that is not a sentence: it opens with a relative or subordinate word in lower case
 * ("where Moscow…", "which…", "that…") once any "According to the article, " is set aside, or has
 * no finite verb ("____, an expert at the Institute"). Such an English is not shown: the item
 * is Arabic-only where the bank allows it, refused otherwise.
 */
export function englishFragment(text: string): boolean {
  const body = text
    .replace(/^According to the article,\s*/u, '')
    .replace(/^(?:But|And|So|Yet|Still|Then),?\s+/u, '')
    .trim();
  if (
    /^(?:where|whereby|which|who|whom|whose|that|while|whereas|as|because|although)\b/iu.test(body)
  ) {
    return true;
  }
  // A verb inside a relative clause («an expert who handled…») is not the sentence's own.
  const main = body.replace(/\b(?:who|which|whom|whose|that)\b[^,;:]*/giu, ' ');
  return !ENGLISH_VERB.test(main.replaceAll(BLANK, ' '));
}

/**
 * A bracket right after the blank glosses it, in either language: "the speaker of Iran's ____
 * (parliament)", «أطلقت ____ (يونيسف) حملة».
 */
export function glossesBlank(text: string): boolean {
  return new RegExp(`${BLANK}\\s*\\(`, 'u').test(text);
}

// «ضعف»، «نصف»، «ثلث»…: a ratio that turns another number of the prompt into the answer.
const RATIO = /(?:^|\s)[وبل]?(?:ال)?(?:ضعف|ضعفي|اضعاف|مثلي|نصف|ثلث|ثلثي|ربع)(?=\s|$)/u;

const PART_OF_YEAR =
  /(?:^|\s)[وبل]?(?:ال)?(?:نصف|ثلث|ربع)\s+(?:ال)?(?:اول|ثاني|ثالث|رابع|اخير)\S*/gu;

// «على ____ محاور، هي أ، وب، وج، ود»: the blank's counted noun, then its members.
const LISTED = new RegExp(`${BLANK}\\s+\\S+\\s*[،,]?\\s*(?:هي|وهي|هم|وهم|:)\\s+([^.؟!]+)`, 'u');

/**
 * Whether the prompt lists the members its blank counts («يتوزع على ____ محاور، هي أساسيات…،
 * واستخدام…، وأخلاقيات…، وحماية…»): the student counts them.
 */
export function listGivesCount(prompt: string, value: number | undefined): boolean {
  const list = LISTED.exec(prompt)?.[1];
  if (list === undefined || value === undefined || value < 2) return false;
  const parts = list.split(/[،,]/u).filter((p) => p.trim() !== '');
  const members = parts.length > 1 ? parts.length : list.split(/\s+و(?=\S)/u).length;
  return members === value;
}

/**
 * A number's blank that the prompt works out: it relates another number to the answer by a ratio
 * («عند نحو 60 جنيهاً، أي قرابة ضعف السعر الرسمي البالغ ____»).
 */
export function ratioGivesNumber(prompt: string, answer: string): boolean {
  // «النصف الأول من العام»، «الربع الثالث»: a part of the year, no ratio.
  const other = foldPhrase(prompt.replaceAll(BLANK, ' ')).replace(PART_OF_YEAR, ' ');
  return /\p{Nd}/u.test(answer) && /\p{Nd}/u.test(other) && RATIO.test(other);
}

// «أي بزيادة نسبتها 57 في المئة»: the words after a figure that make it a percentage.
const PERCENT_AFTER = /^\s*(?:في\s+المئة|في\s+المائة|بالمئة|بالمائة|%)/u;
const DIGITS = /[0-9٠-٩]+(?:[.٫][0-9٠-٩]+)?/u;
const western = (d: string) =>
  Number(d.replace(/[٠-٩]/gu, (c) => String(c.charCodeAt(0) - 0x0660)).replace('٫', '.'));

/** The figures of a text (digits, or a word from three to ten), each with whether it is a share. */
function figures(text: string): { value: number; percent: boolean }[] {
  return [...text.matchAll(/\S+/gu)].flatMap((r) => {
    const digits = DIGITS.exec(r[0])?.[0];
    const word = numberWord(r[0].replace(/^[وف]/u, '').replace(/[،,.]$/u, ''));
    const value = digits !== undefined ? western(digits) : word?.value;
    if (value === undefined) return [];
    const rest = text.slice(r.index + r[0].length);
    return [{ value, percent: PERCENT_AFTER.test(rest) }];
  });
}

const near = (x: number, y: number) => Math.abs(x - y) <= Math.max(0.02 * Math.abs(y), 0.05);

// «فترتين يوميًّا»: a count of two in a feminine dual (not «ستين»).
const TWO = /^[وفبل]?\S{3,}تين[،,.]?$/u;
const RATE = /(?:يوميا|اسبوعيا|شهريا|سنويا|في\s+(?:اليوم|الاسبوع|الشهر|السنه))/u;

/**
 * «ثمانية أجهزة… على فترتين يوميًّا ستة أيام في الأسبوع، ما يتيح نحو ____ جلسة أسبوعيًّا»: in a
 * clause of rates, the blank is the product of two or three of the other counts.
 */
function rateProduct(prompt: string, plain: readonly number[], a: number): boolean {
  if (!RATE.test(foldPhrase(prompt))) return false;
  const twos = prompt.split(/\s+/u).filter((w) => TWO.test(w)).length;
  const counts = [...plain, ...Array<number>(twos).fill(2)];
  return counts.some((x, i) =>
    counts.some((y, j) => j > i && (x * y === a || counts.some((z, k) => k > j && x * y * z === a)))
  );
}

/** «تدريب استمر ____ أشهر، من يونيو حتى سبتمبر»: a count of months the months around it give. */
function monthSpan(prompt: string, at: number, a: number): boolean {
  if (!/^\s*(?:أشهر|شهر|شهرا|شهرًا)(?![\p{L}])/u.test(prompt.slice(at + BLANK.length))) {
    return false;
  }
  const month = (name: string) => ARABIC_MONTHS.findIndex((names) => names.includes(name));
  const names = ARABIC_MONTHS.flat().join('|');
  const span = new RegExp(`من\\s+(${names})\\s+(?:حتى|إلى|وحتى)\\s+(${names})`, 'u').exec(prompt);
  if (span === null) return false;
  const months = (month(span[2]!) - month(span[1]!) + 12) % 12;
  return a === months || a === months + 1;
}

/**
 * A number's blank that the prompt's other figures work out: a change by a percentage («61 ألفا …
 * بزيادة نسبتها 57 في المئة» → 96), a share of a total, the percentage between two figures, or a league's points
 * from wins and draws («46 نقطة من ____ فوزا وأربعة تعادلات»: three a win, one a draw), or the
 * last part of a whole in per cent («50 … و____ … و20 في المئة», «61 في المئة … و____ في المئة»).
 */
export function arithmeticGivesNumber(prompt: string, answer: string): boolean {
  const digits = DIGITS.exec(answer)?.[0];
  const a = digits === undefined ? numberWord(answer.trim())?.value : western(digits);
  const at = prompt.indexOf(BLANK);
  if (a === undefined || at < 0) return false;
  const others = figures(prompt.replace(BLANK, ' '));
  const plain = others.filter((f) => !f.percent).map((f) => f.value);
  const shares = others.filter((f) => f.percent).map((f) => f.value);
  const pairs = plain.flatMap((x, i) => plain.filter((_, j) => j !== i).map((y) => [x, y]));
  if (rateProduct(prompt, plain, a) || monthSpan(prompt, at, a)) return true;
  if (PERCENT_AFTER.test(prompt.slice(at + BLANK.length))) {
    // «بنسبة 50 في المئة، و… بنسبة ____، و… بنسبة 20 في المئة»: the parts of a whole add up.
    // Two parts joined by «و» («61 في المئة … و____ في المئة …») are the whole too.
    const rest =
      /(?:الباقي|البقيه|المتبقي)/u.test(foldPhrase(prompt)) ||
      /(?:^|\s)و\s*$/u.test(prompt.slice(0, at));
    const whole = shares.reduce((sum, p) => sum + p, a) === 100;
    if (whole && (shares.length >= 2 || rest)) return true;
    return pairs.some(([x = 0, y = 0]) => x > 0 && Math.abs(a - Math.abs(y / x - 1) * 100) <= 1);
  }
  const changed = (from: number, to: number, p: number) =>
    near(to, from * (1 + p / 100)) || near(to, from * (1 - p / 100));
  // …or a share of a total: «قبلت 7720 طالبًا من أصل ____، أي 59.8 في المئة».
  const share = (part: number, whole: number, p: number) => near(part, (whole * p) / 100);
  const related = (x: number, p: number) =>
    changed(x, a, p) || changed(a, x, p) || share(x, a, p) || share(a, x, p);
  if (shares.some((p) => plain.some((x) => related(x, p)))) return true;
  const folded = foldPhrase(prompt);
  if (!/(?:^|\s)(?:نقطه|نقاط)/u.test(folded) || !/(?:فوز|انتصار|تعادل)/u.test(folded)) return false;
  return pairs.some(([x = 0, y = 0]) => a === 3 * x + y || 3 * a + y === x || 3 * x + a === y);
}

/**
 * «… في فبراير من ذلك العام» with the year the sentence named («في 2023، حين…») left out of the
 * prompt: which year? Unless the blank is that year.
 */
export function yearWithoutReferent(prompt: string, answer: string): boolean {
  const back = /(?:ذلك|تلك) (?:العام|السنه)|(?:العام|السنه) (?:نفسه|نفسها|ذاته|ذاتها)/u;
  return (
    back.test(foldPhrase(prompt)) && !/[0-9٠-٩]{4}/u.test(prompt) && !/^[0-9٠-٩]{4}$/u.test(answer)
  );
}

/**
 * «ارتفع سعر العلبة من ____ آلاف ليرة» cut before «… إلى 580 ألف ليرة»: a change from one value
 * to another that the prompt shows without its other end.
 */
export function halfRange(prompt: string, answer: string, sentence: string): boolean {
  const at = prompt.indexOf(BLANK);
  if (at < 0 || !/(?:^|\s)من\s*$/u.test(prompt.slice(0, at))) return false;
  if (/(?:^|\s)(?:إلى|الى|حتى)\s/u.test(prompt.slice(at))) return false;
  const value = answer.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(
    `(?:^|\\s)من\\s+${value}(?![0-9٠-٩])(?:[^،.؛]|\\.(?=[0-9٠-٩]))*?\\s(?:إلى|الى|حتى)\\s`,
    'u'
  ).test(sentence);
}

// «مقابل 16 ألفًا و____»، «____ ألفًا و500»: one part of a number written in two.
const SPLIT_BEFORE =
  /(?:ألف|ألفا|ألفًا|آلاف|مليون|مليونا|مليونًا|ملايين|مليار|مليارا|مليارًا|مليارات)\s+و$/u;
const SPLIT_AFTER =
  /^\s*(?:ألف|ألفا|ألفًا|آلاف|مليون|مليونا|مليونًا|ملايين|مليار|مليارا|مليارًا|مليارات)\s+و[0-9٠-٩]/u;

// «____ ونصفًا»، «____ وربع»: a fraction added to the blank's number.
const PLUS_FRACTION = /^\s*و(?:نصف|ربع|ثلث)(?:ًا|اً|ا)?(?![\p{L}])/u;

/** Whether the blank is one part of a number written in two («16 ألفًا و____»، «____ ونصفًا»). */
export function splitsNumber(prompt: string): boolean {
  const at = prompt.indexOf(BLANK);
  const after = prompt.slice(at + BLANK.length);
  return (
    at >= 0 &&
    (SPLIT_BEFORE.test(prompt.slice(0, at).trimEnd()) ||
      SPLIT_AFTER.test(after) ||
      PLUS_FRACTION.test(after))
  );
}

// «في المنطقة ذاتها»، «للغرض نفسه»: the same as what an earlier sentence names.
// «الفترة نفسها من العام الماضي» compares with a year, and says when.
const SAME =
  /(?:^|\s)[وفبلك]?(?:ال|لل)(\S{2,})\s+(?:ذات|نفس)(?:ه|ها|هم|هما)(?=[\s،,.»]|$)(?!\s+من\s+(?:ال)?(?:عام|سنة))/u;

// «سيرتفع بذلك إلى 165 رأسا»: "thereby", by what an earlier sentence tells.
const THEREBY = /(?:^|\s)[وف]?(?:بذلك|بهذا|بهذه)(?=[\s،,.]|$)/u;

// «تحمّلت الوكالة الباقي»: the rest of a total an earlier sentence gives.
const REST =
  /(?:^|\s)[وفبل]?(?:(?:ال|لل)(?:باقي|باقية|بقية|متبقي|متبقية)(?=[\s،,.]|$)|(?:بقية|باقي)\s+ال)/u;

/**
 * Whether a text says «the same …» of something it does not name before, «بذلك» (thereby) of
 * what an earlier sentence tells, «تلك الشركات» of what it named, or «the rest» of a total it
 * does not give (`restOfUnstated`).
 */
export function sameAsBefore(text: string): boolean {
  const r = SAME.exec(text);
  return (
    (r !== null && !text.slice(0, r.index).includes(r[1] ?? '')) ||
    THEREBY.test(text) ||
    THOSE.test(text.replace(/«[^»]*»/gu, '')) ||
    restOfUnstated(text)
  );
}

// «كثيرًا من تلك الشركات»: a far demonstrative points back to what an earlier sentence named
// (not «ذلك العام», asked as a year without its referent).
const THOSE = /(?:^|\s)[وفبل]?(?:تلك|ذلك|أولئك)\s+ال(?!عام|سنة|يوم|شهر|وقت|حين|أسبوع)\S{2,}/u;

/** «تحمّلت الوكالة الباقي» with no figure before: the rest of a total an earlier sentence gives. */
function restOfUnstated(text: string): boolean {
  const rest = REST.exec(text);
  return rest !== null && !/[0-9٠-٩]/u.test(text.slice(0, rest.index));
}

// «أن 118500 منهم من الطلبة النظاميين»: a part («منهم») of a total, and the figure before it.
const SHARE = new RegExp(
  `(${BLANK}|[0-9٠-٩][0-9٠-٩.,٫]*)(?:\\s*%|\\s+في\\s+الم[ئا]ئ?ة)?\\s+(?:منهم|منهن|منها|منهما)(?=[\\s،,.]|$)`,
  'u'
);

/**
 * Whether a text gives a share of a total («____ منهم») with no figure and no definite noun before
 * it that the share could be of («تسلّم الطيور…، أن ثلاثة منها» has its total).
 */
export function shareOfUnstated(text: string): boolean {
  const r = SHARE.exec(text);
  if (r === null) return false;
  // («حتى الآن 38 في المئة منها»: «الآن» and «اليوم» are no total.)
  const before = text.slice(0, r.index).replace(/(?:^|\s)(?:الآن|اليوم)(?=\s|$)/gu, ' ');
  return !/[0-9٠-٩]/u.test(before) && !/(?:^|\s)[وفبلك]?ال\S{2,}/u.test(before);
}

// «واحد منهم»، «بأن إحداها قطعت…»: one of a group.
const ONE_OF =
  /(?:^|\s)[وفب]?(?:(?:واحد|واحدة|أحد|إحدى|الواحد|الواحدة)\s+(?:منهم|منهن|منها|منهما)|(?:أحدها|إحداها|أحدهم|إحداهن|أحدهما|إحداهما))(?=[\s،,.]|$)/u;
// What a group can be before it: a count that is no age («52 عامًا»), a number word, a dual
// («شركتين إحداهما»).
const GROUP =
  /[0-9٠-٩]+\s+(?!عام|سن)\S|(?:^|\s)[وب]?(?:اثن|ثلاث|أربع|خمس|ست|سبع|ثماني|تسع|عشر)\S*\s|\S{3,}(?:تين|تان)(?=\s|$)/u;

/**
 * Whether a text speaks of one of a group it does not give («رضا عبد الحميد، 52 عامًا، واحد
 * منهم»، «أفادت الطرابلسي بأن إحداها قطعت…»): the group is in an earlier sentence.
 */
export function oneOfUnstated(text: string): boolean {
  const r = ONE_OF.exec(text);
  return r !== null && !GROUP.test(text.slice(0, r.index));
}

// «لأنه يحمل…»، «حتى نطمئن…»: words that open the second half of a sentence.
const SECOND_HALF = /^(?:لان\S*|كي|لكي|حتي|بينما|لكن|ولكن)$/u;
const BY_THAT = /(?:^|\s)[وف]?بذلك(?=[\s،,.]|$)/u;

/**
 * Whether what someone said leans on the words before it: it opens the second half of a sentence
 * («لأنه يحمل سلالة…») or points back to it («بذلك»، «الباقي»). Asked alone, it says nothing whole;
 * «the same …» or «بهذا الإيقاع» in someone's words («سمعنا الوعود نفسها») is theirs to say.
 */
export function leansOnBefore(said: string): boolean {
  const first = foldPhrase(wordsOf(said)[0] ?? '');
  return (
    SECOND_HALF.test(first) ||
    BECAUSE.test(first) ||
    BY_THAT.test(said) ||
    restOfUnstated(said) ||
    // «كاد أصحاب هذه المهنة ينقرضون»: a few words whose «this craft» the sentence before names.
    (wordsOf(said).length <= 8 && THIS_ONE.test(said))
  );
}

const THIS_ONE = /(?:^|\s|«)[وفبل]?(?:هذا|هذه|هؤلاء|ذلك|تلك)\s+(?:ال|لل)\S{2,}/u;

// «فالأرقام وحدها ستقول…»، «فإنه…»: the «ف» of a reason or an answer, joined to what was said
// before the quotation.
const BECAUSE = /^ف(?:ال\S{2,}|ان|انه|انها|انهم|اننا|هذا|هذه|ذلك|هو|هي|هم|نحن)$/u;

/** Whether a prompt is a quotation alone, with no speaker («معظم المصابين…، فيما بقي ____ مريضا»). */
export function bareQuotation(prompt: string): boolean {
  return /^«[^«»]*»[.؟!]?$/u.test(prompt.trim());
}

/** The words a true statement may have at most, without its attribution. */
export const MAX_TRUE_WORDS = 20;

// «أظن»، «نحن»، «بنيتنا»: a quotation's speaker speaking, with no speaker in the clause.
const FIRST_PERSON =
  /(?:^|\s)[وف]?(?:نحن|انا|اظن|اعتقد|نعتقد|نظن|اننا|لدينا|علينا)(?=\s|$)|\S{2,}تنا(?=\s|$|[.،,"»”])/u;

/** Whether a statement speaks in the first person. */
export function firstPerson(text: string): boolean {
  return FIRST_PERSON.test(foldPhrase(text));
}

// A finite verb: a perfect with its feminine «ت» («أطلقت») or an imperfect («تقدّم»، «يقول»).
const VERB = /^[وف]?(?:[^\sا]\S+ت|ا\S{3,}ت|[يت]\S{2,})$/u;

// Masculine perfects that open a news sentence («قال فلان»، «أعلن الجهاز»).
const PERFECT_M = new Set(
  ['قال', 'أعلن', 'أكد', 'أطلق', 'قدم', 'وفر', 'أضاف', 'كشف', 'أشار', 'حذر', 'دعا', 'قرر'].map(
    foldPhrase
  )
);

/**
 * A verb right before the blank («أطلقت ____»، «قال ____»): it agrees with the answer's gender,
 * so every option must be known to agree too. The word is read without punctuation.
 */
export function verbBeforeBlank(prompt: string): boolean {
  const before = prompt.slice(0, prompt.indexOf(BLANK)).trim().split(/\s+/u).at(-1) ?? '';
  const w = foldPhrase(before);
  const masculine = PERFECT_M.has(w.replace(/^[وف](?=\S{3})/u, ''));
  return (
    before !== '' &&
    !/[.,،:؛«»"]$/u.test(before) &&
    !w.startsWith('ال') &&
    (VERB.test(w) || masculine)
  );
}

// Head nouns of a body's name, folded (ة → ه): a blank right after one completes a name («مكتب
// ____ لتنسيق الشؤون الإنسانية (أوتشا)»): the rest of the name, an acronym or knowledge gives it.
const NAME_HEAD =
  /^[وفلب]?(?:مكتب|منظمه|وكاله|معهد|جامعه|سفاره|بعثه|مفوضيه|صندوق|برنامج|بنك|مصرف|اتحاد|مجلس|هيئه)$/u;

// «بن ____», «عبد ____», «أبو ____», «آل ____»: words that begin a name and need its next word.
const NAME_FIRST_PART = /^(?:بن|بنت|ابو|ابي|عبد|ال)$/u;

// «ولاية كسلا شرقي ____», «في شرق ____»: a place's country after a compass word is geography.
const COMPASS = /^[وفبل]?(?:شرقي|غربي|شمالي|جنوبي|شرق|غرب|شمال|جنوب|وسط)$/u;

// The answers that are names: a number's unit in the prompt («منزلا») is no cue.
const NAMED = new Set(['person', 'organisation', 'country', 'place', 'region', 'nisba']);

// Words of a name that say nothing of which one it is, folded.
const GENERIC = new Set([
  'اتحاد',
  'منظمه',
  'وكاله',
  'وزاره',
  'جامعه',
  'مجلس',
  'هيئه',
  'بنك',
  'مركز',
  'شركه',
  'دوله'
]);

const CAPITAL_OF = new RegExp(
  `(?:^|\\s)[وفب]?(?:ال)?عاصم[ةه](?:\\s+\\S+)?\\s+لـ?\\s?${BLANK}`,
  'u'
);

/**
 * A blank whose prompt gives its answer away: a name's head noun right before it, a compass
 * word after a place before a country («كسلا شرقي ____»), or a word of the answer that the prompt
 * writes in another form («المشترين الأوروبيين» → «الاتحاد الأوروبي»; «المصريين» → «مصر»). The
 * reason it refuses, or undefined.
 */
export function cuedBlank(
  prompt: string,
  answer: string,
  type: string | undefined
): string | undefined {
  const raw = wordsOf(prompt);
  const at = raw.findIndex((w) => w.includes(BLANK));
  const before = (k: number) => foldPhrase(raw[at - k] ?? '');
  // …and the name goes on after it («لتنسيق…»، «للطفولة»، «(أوتشا)»): «بجامعة ____» alone asks
  // which university.
  const goesOn = /^(?:ل|\()/u.test(raw[at + 1] ?? '');
  if (at > 0 && NAME_HEAD.test(before(1)) && raw[at]?.startsWith(BLANK) && goesOn) {
    return 'the blank completes a body’s name after its head noun («مكتب ____ لتنسيق…»)';
  }
  // «أوضح بن ____ أن…» for «بن شملان»: the word before the blank begins the name it asks.
  if (at > 0 && raw[at]?.startsWith(BLANK) && NAME_FIRST_PART.test(before(1))) {
    return 'the blank is the rest of a name that the word before it begins («بن ____»)';
  }
  // «ولاية كسلا شرقي ____», and «مهرجان الأحساء … في شرق ____» too: the place the article
  // names and sets there tells which country holds it.
  if (type === 'country' && at > 0 && COMPASS.test(before(1))) {
    return 'a place’s country after a compass word («شرقي ____») is geography';
  }
  // «31 أكتوبر/____»: the other name of the month before the slash.
  if (prompt.includes(`/${BLANK}`) || prompt.includes(`${BLANK}/`)) {
    return 'a blank beside «/» is the other name of the word it glosses';
  }
  // «تمتد شهرين كاملين من ____ سبتمبر حتى 31 أكتوبر»: the span and its other end give the date.
  const day = MONTH_AFTER.test(prompt.slice(prompt.indexOf(BLANK) + BLANK.length));
  // The other end: a month other than the blank's own («حتى 31 أكتوبر»).
  const otherEnd = (prompt.match(MONTHS) ?? []).length > (day ? 1 : 0);
  if ((day || (type ?? '').startsWith('date')) && otherEnd && SPAN_WORD.test(prompt)) {
    return 'a date beside a span of time: the span and its other end give it';
  }
  // «نواذيبو، العاصمة الاقتصادية لـ____»: the country whose capital a city is is geography.
  if (type === 'country' && CAPITAL_OF.test(prompt)) {
    return 'the country a capital belongs to («العاصمة الاقتصادية لـ____») is geography';
  }
  // «منفذ العبدلي الحدودي مع ____»: the neighbour across a border is geography.
  if (type === 'country' && before(1) === 'مع' && BORDER.test(before(2))) {
    return 'a country across a border («الحدودي مع ____») is geography';
  }
  if (type === 'year' && RELATIVE_YEAR.test(foldPhrase(prompt))) {
    return 'a year beside «العام الماضي» or «العام الجاري»: the years they name are no options';
  }
  if (WORLD_BODIES.has(foldPhrase(answer))) {
    return 'a world body («وفق تقارير ____» → the UN) is named from general knowledge';
  }
  return NAMED.has(type ?? '') && echoed(raw, answer)
    ? 'a word of the answer is in the prompt in another form («الأوروبيين» → «الأوروبي»)'
    : undefined;
}

const MONTH_AFTER = new RegExp(`^\\s*(?:${ARABIC_MONTHS.flat().join('|')})(?![\\p{L}])`, 'u');
const MONTHS = new RegExp(`(?:${ARABIC_MONTHS.flat().join('|')})(?![\\p{L}])`, 'gu');
const SPAN_WORD =
  /(?:^|\s)(?:شهرين|أشهر|أسبوعين|أسابيع|يومين|أيام|يوما|عامين|سنتين|أعوام|سنوات)(?![\p{L}])/u;
const BORDER = /^(?:الحدودي|الحدوديه|الحدود|حدود|حدودها|حدوده)$/u;
const RELATIVE_YEAR =
  /(?:العام|السنه)\s+(?:الجاري|الماضي|الماضيه|الحالي|الحاليه|المقبل|المقبله)|هذا العام|هذه السنه/u;
// Bodies a student names without the article wherever a report, a ranking or aid is spoken of.
const WORLD_BODIES = new Set(
  [
    ...['الأمم المتحدة', 'منظمة الصحة العالمية', 'البنك الدولي', 'صندوق النقد الدولي'],
    ...['اليونسكو', 'اليونيسف', 'منظمة الأمم المتحدة']
  ].map(foldPhrase)
);

// A word without «ال» and the endings of its adjective and plural forms: «الأوروبيين» → «اوروب».
const stem = (w: string) =>
  foldPhrase(w)
    .replace(/^[وفبلك]?ال/u, '')
    .replace(/(?:يين|يون|يه|ين|ون|ي|ه)$/u, '');

/** A word of the answer (not a generic head) that the prompt's other words write too. */
function echoed(prompt: readonly string[], answer: string): boolean {
  const cues = new Set(prompt.filter((w) => !w.includes(BLANK)).map(stem));
  return wordsOf(answer)
    .filter((w) => !GENERIC.has(foldPhrase(w).replace(/^ال/u, '')))
    .map(stem)
    .some((s) => s.length >= 3 && cues.has(s));
}

// «مرض ابني الصغير…»: words on the speaker's own family, a resident's, not an official's.
const OWN_FAMILY =
  /(?:^|[\s«])[وف]?[بل]?(?:ابني|ابنتي|أبنائي|بناتي|أطفالي|أولادي|زوجي|زوجتي|أمي|أبي|والدي|والدتي|عائلتي|أسرتي)(?=$|[\s،.»!؟])/u;
/** Whether words said speak of the speaker's own family («مرض ابني…»): a resident's words. */
export const ownFamily = (said: string) => OWN_FAMILY.test(said);
