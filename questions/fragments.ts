import { stripMarks } from '../src/lib/domain/answers';
import { foldPhrase, wordCount } from './arabic';
import { givenName } from './origin';

/**
 * Whether a clause cut out of a sentence reads on its own: a prompt or a statement may start at
 * the sentence's start, or at a clause whose first word (once a leading connector is dropped)
 * opens a main clause with its own verb and subject. «وهي كوريا الشمالية»، «لا سيما في سوريا»،
 * «في شهر تموز الماضي»، «منهم الرئيس…» do not; «تقرّبت روسيا من دولة…» does.
 */

// Connectors a clause may start with and lose: «بينما يدعو المعسكر…» reads as «يدعو المعسكر…».
const CONNECTORS = [
  ...['لكن', 'بينما', 'فيما', 'في حين', 'حيث', 'إذ', 'ثم', 'كما', 'بل', 'إن', 'أن'],
  ...['غير أن', 'إلا أن']
];

// Words that leave the clause hanging on what came before: pronouns, relatives, demonstratives,
// subordinators and particles that continue a thought.
const DEPENDENT = new Set(
  [
    'هو',
    'هي',
    'هم',
    'هما',
    'هن',
    'نحن',
    'الذي',
    'التي',
    'الذين',
    'اللذان',
    'اللتان',
    'اللواتي',
    'هذا',
    'هذه',
    'ذلك',
    'تلك',
    'هؤلاء',
    'أولئك',
    'هذان',
    'هذين',
    'هاتان',
    'أن',
    'إن',
    'أنه',
    'أنها',
    'إنه',
    'إنها',
    'لأن',
    'لأنه',
    'لأنها',
    'لكنه',
    'لكنها',
    'لكنهم',
    'كي',
    'لكي',
    'حتى',
    'إذا',
    'لو',
    'عندما',
    'بعدما',
    'مما',
    'ما',
    'منهم',
    'منها',
    'منه',
    'بينهم',
    'أي',
    'أيضاً',
    'علماً',
    'تزامناً',
    'خصوصاً',
    'خاصة',
    'سيما',
    'بما',
    'أما',
    'وفق',
    'وفقاً',
    'برأي',
    'بحسب',
    'حسب',
    'تاريخياً',
    'أكثر',
    'أقل',
    'نحو',
    'تحت',
    'تجاه',
    'يوم',
    'نفسه',
    'نفسها',
    'تحسّباً',
    'مقارنةً',
    'باعتبارها',
    'باعتباره'
  ].map(foldPhrase)
);

// Particles that open a main clause before its verb.
const CLAUSE_OPENERS = new Set(
  ['لم', 'لن', 'قد', 'لا', 'ثمة', 'هناك', 'كان', 'كانت', 'ليس', 'ليست'].map(foldPhrase)
);

const REPORTING = new Set(
  [
    'قال',
    'قالت',
    'يقول',
    'تقول',
    'أضاف',
    'أضافت',
    'يضيف',
    'تضيف',
    'يوضح',
    'توضح',
    'أوضح',
    'أوضحت'
  ].map(foldPhrase)
);

/** Verbs that give a clause its speaker: the reporting verbs and those of claiming or believing. */
const SPEAKING = new Set([
  ...REPORTING,
  ...[
    'ذكر',
    'ذكرت',
    'أفاد',
    'أفادت',
    'أكد',
    'أكدت',
    'يرى',
    'ترى',
    'يروي',
    'تروي',
    'كتب',
    'كتبت',
    'يظن',
    'تظن',
    'يعتقد',
    'تعتقد',
    // «يؤكّد أن مبيعاته تراجعت…»: who affirms it is named before.
    'يؤكد',
    'تؤكد'
  ].map(foldPhrase)
]);

const words = (text: string) =>
  text
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');

/**
 * Whether a clause names its own speaker in its first two words, after an opening phrase up to a
 * comma if any («قال فلان إن…»، «في تشرين الثاني 2022، ذكرت قناة…»، «أشار فلان إلى أن…»).
 */
export function namesSpeaker(clause: string): boolean {
  const opener = /^[^،]{1,40}،\s*/u.exec(clause)?.[0] ?? '';
  return [clause, clause.slice(opener.length)].some((text) =>
    words(text)
      .slice(0, 2)
      .some((w) => SPEAKING.has(foldPhrase(w)) || POINTING.has(foldPhrase(w)))
  );
}

/**
 * «مشروع لإصلاح المناهج، | يقلّص عدد المواد»: a clause cut after a comma that opens with an
 * imperfect verb and no definite subject after it describes the noun before the comma (a subject
 * after its verb is definite or a name: «، يضم التطبيق …»).
 */
export function describesNounBefore(clause: string): boolean {
  const [first = '', next = '', ...more] = words(clause);
  const verb = foldPhrase(first);
  // «انقطاعات متكررة…، | دفعت السلطات المحلية إلى الاستعانة…»: what drove them is before the comma.
  if (CAUSING.test(verb) && more.slice(0, 2).some((w) => /^(?:إلى|الى|على|علي)$/u.test(w))) {
    return true;
  }
  return (
    /^[يت]\S{2,}$/u.test(verb) &&
    verbLike(verb) &&
    !SPEAKING.has(verb) &&
    !/^(?:[وفبك]?ال|لل)/u.test(foldPhrase(next))
  );
}

// Verbs that drive someone to something: «دفعت»، «اضطرت»، «أجبرت»، «أرغمت».
const CAUSING = /^(?:دفع|دفعت|اضطر|اضطرت|اجبر|اجبرت|ارغم|ارغمت)$/u;

/**
 * «وكان قد جمع…»، «كانت تنتج…»، «وباتت مصدر دخل…»: «كان» or a sister of it whose subject, which
 * would come right after it, is before.
 */
function kanaWithout(all: readonly string[]): boolean {
  // «وباتت مصدر دخل رئيسي…»: a sister of «كان» before an indefinite predicate; its subject, which
  // would come between them, is before.
  if (
    BECAME.test(foldPhrase(all[0] ?? '')) &&
    !/^(?:[وفبل]?ال|لل)/u.test(foldPhrase(all[1] ?? '')) &&
    !givenName(all[1] ?? '') &&
    verbless(all.slice(1, 3).join(' '))
  ) {
    return true;
  }
  // «كانت تنتج قرابة 5 آلاف طن»: «كان» + an imperfect, its subject before.
  if (
    /^[وف]?كانت?$/u.test(foldPhrase(all[0] ?? '')) &&
    /^[يت]\S{3,}$/u.test(foldPhrase(all[1] ?? '')) &&
    !/(?:ه|ة|\u064B)$/u.test(foldPhrase(all[1] ?? '')) &&
    verbLike(all[1] ?? '')
  ) {
    return true;
  }
  return false;
}

const BECAME = /^[وف]?(?:بات|باتت|اصبح|اصبحت|صار|صارت|ظل|ظلت|اضحي|اضحت|امسي|امست)$/u;

/** A word that looks like a finite verb: imperfect («يدعو», «تضطر») or feminine perfect («وافقت»). */
export function verbLike(word: string): boolean {
  const w = foldPhrase(word);
  if (w.startsWith('ال') || DEPENDENT.has(w) || w.length < 3) {
    return false;
  }
  if (passivePerfect(word)) return true;
  // «نهر»، «نفط»: nouns of three letters in «ن» («نال» is a verb).
  if (N_NOUNS.has(w)) return false;
  if (/^[يتن]/u.test(w) && w.length >= 3) {
    // «ياسين العلوي»، «يوسف»: a given name, not an imperfect; «توالي»، «تنامي»: a verbal noun.
    // «تركيا»، «تونس»، «تايلاند»: a country.
    const country = /(?:يا|ستان|لاند)$/u.test(w) || w === 'تونس' || w === 'تشاد';
    return !TAFIL.test(w) && !givenName(w) && !/^ت\Sا\Sي$/u.test(w) && !country;
  }
  return /[^ا]ت$/u.test(w) || /وا$/u.test(w);
}

/**
 * A perfect in the passive, as a writer vocalises it to be read right: a first letter with «ُ»
 * and a second with «ّ» or «ِ» («شُيّد»، «حُوّلت»، «قُتِل»): three root letters, with «ت» or «وا»
 * at most («سُكّان»، «مُدّة» are nouns).
 */
export function passivePerfect(word: string): boolean {
  const w = foldPhrase(word);
  return (
    /^\p{L}\u064F\p{L}[\u0651\u0650]/u.test(word.normalize('NFC')) &&
    /^[^\sةه]{3}(?:ت|وا)?$/u.test(w)
  );
}

const N_NOUNS = new Set(['نهر', 'نفط', 'نصف', 'نوع', 'نحو', 'نمو', 'نور', 'نيل', 'نسب']);

// «تشغيل»، «تحسين»، «توفيرها»: the verbal noun of «فعّل», not an imperfect verb.
const TAFIL = /^ت\S\Sي\S(?:ه|ها|هم)?$/u;

/** Whether a word is a verbal noun of «فعّل» («تشغيل»، «تسليمه»), which looks like an imperfect. */
export const verbalNoun = (word: string): boolean => TAFIL.test(word);

// Folded («على» reads «علي», «إلى» «الي»), and as written.
const PREPOSITION =
  /^(?:في|على|علي|من|الي|عن|مع|عبر|ضد|حول|بين|خلال|منذ|بعد|قبل|داخل|خارج|فوق|تحت|أمام|امام|خلف|وراء|قرب|لدى|لدي|عند|بسبب|[بلك])$/u;

/**
 * Whether `text` opens a main clause: a verb-like word followed by something other than a
 * preposition (its subject), a particle that opens a main clause («لم»، «قد»، «ثمة»), or a
 * definite noun whose verb follows within three words («الولايات المتحدة تراقب…»).
 */
function opensMainClause(text: string): boolean {
  const [first, second, ...more] = words(text);
  // «الذي يمتد…»، «هي تضم…»: a relative or a pronoun opens no clause the reader can place.
  if (first === undefined || second === undefined || DEPENDENT.has(foldPhrase(second))) {
    return false;
  }
  if (DEPENDENT.has(foldPhrase(first))) {
    return false;
  }
  if (CLAUSE_OPENERS.has(foldPhrase(first))) {
    return !PREPOSITION.test(foldPhrase(second));
  }
  if (verbLike(first) || REPORTING.has(foldPhrase(first))) {
    return !PREPOSITION.test(foldPhrase(second));
  }
  // «الدكتور ياسر المقبلي، إن…»: a title and a name («ياسر» is no verb) stand in apposition.
  if (TITLE.test(foldPhrase(first))) return false;
  // «الشركة ستطلق…»: a definite noun and its verb; «إلى» (folded «الي») is no definite noun.
  return (
    /^ال/u.test(foldPhrase(first)) &&
    !PREPOSITION.test(foldPhrase(first)) &&
    [second, ...more.slice(0, 2)].some(verbLike)
  );
}

const TITLE =
  /^ال(?:دكتور|دكتوره|مهندس|مهندسه|سيد|سيده|استاذ|استاذه|بروفيسور|شيخ|امير|اميره|ملك|ملكه|نائب|ملازم|عقيد|لواء|عميد)$/u;

/**
 * How many characters to drop from the start of `clause` (a leading «و»/«ف», a connector such as
 * «لكن»، «بينما»، «حيث»، or «إن» after a reporting verb) so that it reads on its own, or undefined
 * when it cannot.
 */
export function readableStart(clause: string): number | undefined {
  const lead = clause.length - clause.trimStart().length;
  const text = clause.slice(lead);
  const tries = [0];
  // «فيما» is a connector of its own, not «ف» + «يما».
  const whole = foldPhrase(words(text)[0] ?? '');
  if (
    /^[وف]\S{2,}/u.test(text) &&
    !CONNECTORS.some((c) => foldPhrase(c) === whole) &&
    !ownFa(text)
  ) {
    tries.push(1);
  }
  for (const t of [...tries]) {
    const c = CONNECTORS.find((w) => foldPhrase(text.slice(t)).startsWith(`${foldPhrase(w)} `));
    if (c !== undefined && !accusativeAfter(c, text.slice(t))) {
      const skipped = /^\S+(?:\s+\S+)?\s+/u.exec(text.slice(t))?.[0] ?? '';
      tries.push(
        t + (c.includes(' ') ? skipped : (/^\S+\s+/u.exec(text.slice(t))?.[0] ?? '')).length
      );
    }
  }
  // «وقال»، «وتأخر»، «وكانت»: the «و» is a conjunction when what follows is a verb of its own;
  // in «وافقت» it is the verb's first letter.
  const conjunction = leadingConjunction(text) === 1;
  const ok = tries
    .sort((a, b) => (conjunction ? Number(b === 1) - Number(a === 1) : 0) || a - b)
    .find((t) => opensMainClause(text.slice(t)));
  return ok === undefined ? undefined : lead + ok;
}

/**
 * «لكن المزارعين يواجهون…»: after «لكنّ», «إنّ» or «أنّ» a plural or a dual in «ين» is in the
 * accusative, wrong once the particle is dropped («المزارعين يواجهون»).
 */
function accusativeAfter(connector: string, text: string): boolean {
  const next = words(text)[connector.split(' ').length] ?? '';
  return /^(?:لكن|إن|أن|غير أن|إلا أن)$/u.test(connector) && /^ال\S{3,}ين$/u.test(stripMarks(next));
}

/**
 * Whether a word read after a leading «و»/«ف» starts a clause of its own, so that the letter is
 * a conjunction: a particle or a reporting verb, an imperfect verb («وتستهدف»), a preposition
 * («وفي»), or a perfect verb of a shape no noun starting with «و» has: «وشملت»، «وقدّمت»، «وأظهرت»
 * (not «وافقت», whose «و» is its own), «وشارك»، «وجاء».
 */
const WEAK_FEMININE = new Set(
  [
    ...['دعت', 'رأت', 'سعت', 'بدت', 'جرت', 'مضت', 'نفت', 'قضت', 'روت', 'حكت', 'شكت', 'نعت', 'أتت'],
    ...['عزت', 'نمت', 'حوت', 'رمت', 'طوت', 'هوت', 'غزت', 'علت']
  ].map(foldPhrase)
);

function afterConjunction(word: string): boolean {
  const w = foldPhrase(word);
  return (
    CLAUSE_OPENERS.has(w) ||
    // «وشُيّد الجسر»: a perfect in the passive.
    passivePerfect(word) ||
    REPORTING.has(w) ||
    // «وتشغيل محطة…»: a verbal noun of «تفعيل», not an imperfect, goes on a list.
    (/^[يتن]\S{2,}/u.test(w) && !TAFIL.test(w)) ||
    // «وسيشمل»: the future's «س» before an imperfect.
    /^س[يتن]\S{2,}/u.test(w) ||
    PREPOSITION.test(w) ||
    // «وبموجب القرار»، «وبالتوازي مع»: a preposition of more than one word.
    /^(?:بحسب|حسب|وفق|وفقا|بموجب|بفضل|بناء|اثر|عقب)$/u.test(w) ||
    /^بال\S{3,}$/u.test(w) ||
    /^(?:[^ا\s]\S{2,}|ا\S{3,})ت$/u.test(w) ||
    /^\Sا(?:[^يوه\s]|[^يوه\s][^ه\s])$/u.test(w) ||
    /^\S{2,}وا$/u.test(w) ||
    // «وأكد»، «وإن»: no word starts with «و» and a hamza; «وسجّل»، «وشهد»: three consonants, no
    // noun's ة and no «ت» («وفّرت»، «وصلت»: the «و» is the verb's own).
    /^[أإ]/u.test(word) ||
    /^[^اويهى\s][^اويى\s][^اويهىت\s]$/u.test(w) ||
    // «ودعا»، «وجرى»: a verb whose last root letter is weak; «وحلّ»، «وضمّت»: one whose last is
    // doubled, in the feminine too.
    /^[^اويهى\s][^اويى\s]ا$/u.test(w) ||
    /^[^اويهى\s][^اويى\s]ى$/u.test(word) ||
    /^[^اويهى\s][^اويى\s]\u0651ت?$/u.test(word) ||
    // «ودعت»، «ورأت»: a verb whose last root letter is weak, in the feminine («وصلت» keeps its «و»).
    WEAK_FEMININE.has(w) ||
    // «واضطلع»، «وانتقل»، «واستقبل»: the perfect of the derived forms VII, VIII and X (a noun of
    // theirs has a long «ا» before its last letter: «وانتاج»، «واستقرار»).
    /^ا(?:\S[تطد]|ن\S)[^ا\s]\S$/u.test(w) ||
    // «وانضم»، «وامتد»: the same of a root whose last letter is doubled, written once.
    /^ا(?:ن\S|\Sت)[^ا\s]$/u.test(w) ||
    /^است[^ا\s]{3}$/u.test(w)
  );
}

// A clause that sets a time, a condition or a contrast for the one after its comma: «بعد أن…،»،
// «عندما…،»، «فيما تطالب الجامعة…، ترى الوزارة».
const SUBORDINATE =
  /^[وف]?(?:(?:بعد|قبل|منذ|مع|رغم|برغم)\s+(?:أن|ان|ما)|عندما|حين|حينما|لما|إذا|اذا|كلما|بعدما|فور|فيما|بينما|في\s+حين|ما\s+(?:إن|ان))(?:\s|$)/u;

/**
 * «…بلغت كلفته نحو 52 ألف دينار، | شملت مكافأة…»: a verb right after a comma, with no «و» or
 * «ف» and no subject named after it, where the clause before the comma has a verb of its own and
 * sets no time, condition or contrast, describes what that clause named; no window starts at it.
 * «…، تستقبل 640 تلميذة، روت المديرة…» names its subject: a clause of its own.
 */
export function describingVerb(before: string, part: string): boolean {
  const text = part.trimStart();
  const [first = '', second = '', third = ''] = words(text);
  // «…، وتستمد طاقتها…»: a verb after «و» shares the subject before it (`restoreSubject`).
  if (!/[،,]\s*$/u.test(before) || !verbLike(first) || leadingConjunction(text) > 0) {
    return false;
  }
  // «…، يُستحدث بدل خطر»: a passive's subject comes after it, indefinite or not.
  if (/^\p{L}\u064F/u.test(first.normalize('NFC'))) return false;
  // «وبلغت كلفة تجهيزها»: a noun with «ال» or a pronoun, or one before such a noun, names it.
  const definite = (w: string) => /^ال|\S{2}(?:ها|هم|هما|هن)$/u.test(foldPhrase(w));
  if (definite(second) || definite(third) || givenName(second) || TITLE.test(foldPhrase(second))) {
    return false;
  }
  const clause = stripMarks(before.trim());
  return (
    !SUBORDINATE.test(clause) &&
    words(clause).some((w) => verbLike(w) || REPORTING.has(foldPhrase(w)))
  );
}

/**
 * How many characters a leading conjunction takes (1 for «و»/«ف» before a word that opens a
 * clause of its own, see {@link afterConjunction}; 0 otherwise): «وشملت الدراسة» reads «شملت
 * الدراسة», «وزارة الصحة» and «فيما» keep their first letter.
 */
export function leadingConjunction(text: string): number {
  const first = words(text)[0] ?? '';
  const isConnector = CONNECTORS.some((c) => foldPhrase(c) === foldPhrase(first));
  return /^[وف]\S{2,}/u.test(first) &&
    !isConnector &&
    !ownFa(text) &&
    afterConjunction(first.slice(1))
    ? 1
    : 0;
}

/**
 * «فتحت الدار أبوابها»: «ف» is a perfect's own first letter before «ت», a root letter and the
 * feminine «ت» (not «ف» + «تحت»); so it is in «فقد», to lose, before a noun («فقد الرجل ساقه»،
 * «فقدت»), where «فقد أقرّ» is «ف» + «قد».
 */
function ownFa(text: string): boolean {
  const [first = '', next = ''] = words(text);
  return (
    /^فت\S\u0651?ت$/u.test(first) ||
    /^فقد(?:ت|وا)$/u.test(first) ||
    (first === 'فقد' && /^ال/u.test(next))
  );
}

/**
 * What a verb of including takes at once as its object, not its subject: a figure, or a verbal
 * noun («تشغيل»، «إنشاء»، «ازدواج»، «استبدال»، «نشر»; a noun in construct such as «خطة» or
 * «مجلس» may be the subject).
 */
function includedObject(word: string): boolean {
  const w = foldPhrase(word);
  return (
    /^[\d٠-٩]/u.test(w) ||
    // «توفّر قرابة 60 في المئة»: an approximate figure is what is given.
    /^(?:قرابه|نحو|حوالي|زهاء)$/u.test(w) ||
    // «يضم مسربين»: an indefinite dual in the accusative is what is included.
    /^(?!ال)\S{3,}ين$/u.test(w) ||
    TAFIL.test(w) ||
    /^(?:ا\S\Sا\S|ا\S\S\Sا\S|است\S\Sا\S)$/u.test(w) ||
    // «شملت إعادة بناء…»، «شملت توسعة المواقف»: «إفالة» and «تفعلة» are verbal nouns too.
    /^(?:ا\Sا\Sه|ت\S\S\Sه)$/u.test(w) ||
    /^[^\sاوي]{2}[^\sاويه]$/u.test(w)
  );
}

// Plurals in «ات» of women, who may be the subject («وقالت سيدات الأعمال»).
const WOMEN = /^(?:سيدات|طالبات|عاملات|مزارعات|معلمات|ممرضات|ناشطات|فتيات|امهات|لاعبات|باحثات)$/u;

const MEASURE_NOUN = /^(?:زمن|مده|وقت|مسافه|كلفه|تكلفه|عدد|حجم|نسبه|سعر|اسعار|فاتوره|استهلاك)$/u;

/**
 * A clause whose verb's subject is in an earlier sentence: the verb is followed at once by a
 * colon or a quotation («وأضافت: «…»») or by a noun or preposition carrying a pronoun
 * («تستهلك طاقتها من…»، «تشارك فيها…»، «خصّصت لها…»، «تمتد مساحته على…»): whose?
 */
export function subjectless(clause: string, cut = false): boolean {
  const all = words(clause);
  // «ولا تسمح برفع الأسعار…»: a negation before the verb changes nothing of its subject.
  if (/^[وف]?(?:لا|لم|لن)$/u.test(foldPhrase(all[0] ?? '')) && all.length > 2) {
    return subjectless(all.slice(1).join(' '), cut);
  }
  // «من بينهم ناصر يوسف عبده»: one of a group an earlier sentence named (among whom?).
  if (/^[وف]?من\s+بين(?:هم|هن|هما)$/u.test(foldPhrase(all.slice(0, 2).join(' ')))) return true;
  if (
    expectedWithout(all) ||
    (cut && verbThenPreposition(all)) ||
    saidTo(all) ||
    perfectWithoutSubject(all)
  ) {
    return true;
  }
  // «وقد نال جائزة مالية…»: «قد» is followed by a verb, which goes on the earlier sentence's
  // subject unless a definite noun follows it («وقد أعلنت الوزارة»).
  // «وكان قد جمع 3 ملايين دولار»: «كان قد» + verb, its subject before.
  if (/^[وف]?كانت?$/u.test(foldPhrase(all[0] ?? '')) && foldPhrase(all[1] ?? '') === 'قد') {
    return true;
  }
  if (kanaWithout(all)) return true;
  const may = /^[وف]?ل?قد$/u.test(foldPhrase(all[0] ?? ''));
  if (may && all.length > 2 && !/^ال/u.test(foldPhrase(all[2] ?? ''))) {
    return true;
  }
  const ws = may ? all.slice(1) : all;
  const first = ws[0] ?? '';
  const verb = foldPhrase(first).replace(/^[وف](?=\S{3})/u, '');
  // «وبيّن أن…»: with its shadda a verb of saying, not «بين» (between).
  const showed = /^[وف]?بيّنت?$/u.test(first);
  if (showed && /^(?:أن|أنّ|إن|إنّ)$/u.test(ws[1] ?? '')) return true;
  if (!(verbLike(verb) || REPORTING.has(verb) || REPORTING.has(foldPhrase(first)) || showed)) {
    return false;
  }
  const next = ws[1] ?? '';
  // «يتدربون ست ساعات»، «وأكدوا أن…»: a plural verb carries its subject, people named before
  // (not «تونسيون»، «تلفزيون»، «تسعون»).
  const plural = /^[يت]\S{2,}ون$/u.test(verb) && !/(?:يون|^تسعون)$/u.test(verb);
  if (plural || /^\S{2,}[^و]وا$/u.test(verb)) return true;
  // «ويستثني العقارات التجارية…»: a plural of things after a masculine verb is its object (as
  // a subject it would take «تستثني»); what excludes them is before.
  if (/^ي\S{2,}$/u.test(verb) && /^ال\S{2,}ات$/u.test(foldPhrase(next))) return true;
  // «ووضعت مبرّدات مياه كل 35 مترًا»: an indefinite plural of things after a verb cut from its
  // sentence is its object; who put them is before.
  // (Not «وتأهلت منتخبات المغرب…»: a plural in construct with a definite is the subject.)
  const things =
    /^[^ا]\S{2,}ات$/u.test(foldPhrase(next)) &&
    !WOMEN.test(foldPhrase(next)) &&
    !/^ال/u.test(foldPhrase(ws[2] ?? ''));
  if (cut && /^\S{2,}ت$/u.test(verb) && !REPORTING.has(verb) && things) return true;
  // «ويتضمن منحًا شهرية»: an indefinite object in the accusative right after the verb; its
  // subject, which would come between them, is before.
  if (/^[يت]\S{2,}$/u.test(verb) && accusativeObject(next)) return true;
  if (/^ي\S{2,}$/u.test(verb) && feminineObject(ws, verb)) return true;
  // «يُلزم المؤجّرين بتسجيل العقود»: a plural in «ين» after the verb is its object (a subject would
  // be «المؤجّرون»).
  // (A participle's plural, «المؤجّرين»، «العاملين»; not «التمرين»، «التأمين»، «البنزين».)
  if (/^[يت]\S{2,}$/u.test(verb) && /^ال(?:م\S{3,}|\Sا\S{2,})ين$/u.test(foldPhrase(next))) {
    return true;
  }
  // «تشمل الحافلات ومستودعًا للصيانة»: a definite joined by «و» to an accusative is an object
  // too; what includes them is before.
  if (/^ال/u.test(foldPhrase(next)) && /^و\S{2,}(?:ًا|اً|ةً)$/u.test(ws[2] ?? '')) return true;
  // «يدخل الخدمة»، «دخل حيز التنفيذ»: the definite after the verb is its object in the idiom.
  if (/^[يت]?دخل(?:ت)?$/u.test(verb) && /^(?:الخدمه|حيز)$/u.test(foldPhrase(next))) {
    return true;
  }
  // «تستهدف ترميم 600 مخطوطة»: a verb of aiming or including followed at once by a verbal noun,
  // its object; the subject was before («يعود تأسيس المهرجان»: there the noun is the subject).
  // «تشمل نشر 12 ألف مصيدة»، «تشمل ازدواج 34 كيلومترًا»، «يضم 86 مروحة»: other verbal nouns
  // and a figure are their object too, as after «يستطيع» («يستطيع إغلاق النفق»).
  // «ويزن 4.2 كيلوغرامات»، «يتسع لـ…»: what weighs or holds so much is before.
  if (/^[يت](?:زن|تسع)$/u.test(verb) && /^[\d٠-٩]/u.test(next)) return true;
  // «ويمكن تجديده عبر التطبيق»: what may be renewed is named before.
  if (/^(?:يمكن|يجب|ينبغي|يتعين)$/u.test(verb) && /\S{3,}ه$/u.test(foldPhrase(next))) return true;
  // «وشملت بيتين لتجار اللؤلؤ»: the perfect too.
  if (
    /^(?:[يت](?:ستهدف|شمل|تضمن|تطلب|قترح|ضم|حتوي|ستطيع|وفر|نتج|ستوعب|ستهلك|غطي)|(?:استهدف|شمل|تضمن|تطلب|ضم|وفر|انتج)ت?)$/u.test(
      verb
    ) &&
    includedObject(next)
  ) {
    return true;
  }
  // «ويستوعب ثمار الدرجة الثانية»، «وتوفّر فرص عمل»: after a verb of giving or holding, an
  // indefinite noun is what is given or held; what gives it is before.
  if (
    cut &&
    /^[يت](?:وفر|نتج|ستوعب|ستهلك|غطي)$/u.test(verb) &&
    // (Not a figure, nor a word in «ا» or «ل»: «ال…»، «لـ…».)
    /^[^\d٠-٩ال]\S+$/u.test(foldPhrase(next))
  ) {
    return true;
  }
  // «ويختصر زمن الرحلة من 35 دقيقة إلى 15»: a verb that changes a measure, the measure's noun
  // (construct, no «ال») right after it is the object; what shortens it is before.
  if (
    /^[يت](?:ختصر|قلص|خفض|قلل|رفع|ضاعف|قصر|وفر)$/u.test(verb) &&
    MEASURE_NOUN.test(foldPhrase(next))
  ) {
    return true;
  }
  return (
    /[:«"“]$/u.test(first) ||
    /^[«"“:]/u.test(next) ||
    /^(?:\S{2,}|[لب])(?:ها|هم|هما|هن)$|^\S{2,}ته$/u.test(foldPhrase(next).replace(/[^\p{L}]/gu, ''))
  );
}

/**
 * A clause lifted from after «أن» keeps its noun first («الدورة استقطبت …»); as a statement of
 * its own, Arabic puts the verb first: «استقطبت الدورة …». A definite subject of one word or a
 * noun and its adjective («البرنامج الجديد»), and a verb in the singular only (a plural verb would
 * have to lose its «وا» or «ون»).
 */
export function verbFirst(clause: string): string {
  // «البرنامج الجديد يشمل…»: the noun may have one definite adjective.
  const m =
    /^(\S+\s+ال\S+)(\s+)(\S+)(?=\s|$)/u.exec(clause) ?? /^(\S+)(\s+)(\S+)(?=\s|$)/u.exec(clause);
  const [noun = '', verb = ''] = [m?.[1], m?.[3]];
  const head = noun.split(/\s+/u)[0] ?? '';
  const adjective = noun.split(/\s+/u)[1];
  if (
    m === null ||
    !/^ال\S{2,}$/u.test(foldPhrase(head)) ||
    /[،,]/u.test(noun) ||
    (adjective !== undefined && verbLike(adjective)) ||
    !verbLike(verb) ||
    // «العاصفة ناجمة عن…»: a word in «ة» is a participle or a noun, never a verb.
    /ة$/u.test(verb) ||
    /(?:وا|ا|ون|ان)$/u.test(foldPhrase(verb)) ||
    // «الطالبات تدرّبن»: a feminine plural's verb in «ن» would have to lose it («تدرّبت الطالبات»).
    (/ات$/u.test(foldPhrase(head)) && /ن$/u.test(foldPhrase(verb))) ||
    REPORTING.has(foldPhrase(verb))
  ) {
    return clause;
  }
  return `${verb} ${noun}${clause.slice(m[0].length)}`;
}

/**
 * «وطالب بتأجيل التجريب …»، «أعلن أن التكتل …»: a perfect verb followed at once by «أن» or by a
 * verbal noun after «ب»/«ل» has no subject of its own (it would come right after the verb; a
 * preposition may come first, «وشارك في التنفيذ أكثر من 1200 عامل»).
 */
// Accusatives that qualify the verb, not its object: «أعلنت رسميًا الوزارة…».
const ADVERBS = new Set(
  [
    'رسميا',
    'ايضا',
    'مجددا',
    'مؤخرا',
    'حاليا',
    'سابقا',
    'لاحقا',
    'صباحا',
    'مساء',
    'فعلا',
    'تدريجيا',
    ...['يوميا', 'سنويا', 'شهريا', 'اسبوعيا', 'تقريبا', 'دائما', 'غالبا', 'عادة', 'مباشرة'],
    ...['جزئيا', 'كليا', 'معا', 'اليوم', 'قريبا', 'خاصة', 'مرة', 'ثانية', 'كافة', 'بداية']
  ].map(foldPhrase)
);

/**
 * «منحًا»، «عددًا»، «مجتمعةً»: an indefinite accusative (an object, or how the subject did it) that
 * is not an adverb of time or manner.
 */
export const accusativeObject = (word: string): boolean =>
  // («ويقول ضاحكًا: «…»»: the punctuation after it is no part of the word.)
  /\S{2,}(?:ًا|اً|ةً)$/u.test(word.replace(/[:،,.؛!?؟]+$/u, '')) &&
  !ADVERBS.has(foldPhrase(word).replace(/[ًٌٍ]/gu, ''));

const NUMBER_WORD =
  /^(?:ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|تسع|تسعه|عشر|عشره)$/u;

function perfectWithoutSubject(ws: readonly string[]): boolean {
  const raw = (ws[0] ?? '').replace(/^[وف](?=\S{3})/u, '');
  const verb = foldPhrase(raw);
  const next = foldPhrase(ws[1] ?? '');
  const perfect =
    SPEAKING.has(verb) ||
    /^(?:[^ا\s]\S{2,}|ا\S{3,})ت$/u.test(verb) ||
    /^\Sا(?:[^يوه\s]|[^يوه\s][^ه\s])$/u.test(verb) ||
    /^[^اويهى\s]{2}[^اويهىت\s]$/u.test(verb) ||
    /^[أإ]\S{2,3}$/u.test(raw) ||
    // «لوّح»، «حذّر»: the perfect of form II, its middle letter doubled as written.
    /^[^اويهى\s][^\s\u0651]\u0651[^اويهىت\s]$/u.test(raw.replace(/[\u064B-\u0650\u0652]/gu, ''));
  const bare =
    /^(?:ان|انه|انها|انهم)$/u.test(next) ||
    // «ولوّح بـ«خطوات تصعيدية»»: a preposition on a quotation.
    /^[بل]ـ?[«"“]/u.test(ws[1] ?? '') ||
    // «بتأجيل»، «بالإفراج»: a preposition on a verbal noun or a definite one, not a name («بوتين»).
    /^[بل](?:ت\S{2,}|ال\S{2,})$/u.test(next) ||
    // «قبلت 8420 طالبًا»، «جرفت مقطعًا بطول…»: a figure or an object in the accusative comes
    // after the subject, which is then in an earlier clause («إذ قبلت الجامعة…» cut out).
    // A feminine verb before a figure of a masculine noun only: after «أصيب»، «توفي» or
    // «أُرجئت 340 عملية» the figure is the subject.
    // «استمرت أربعة أشهر»: a number in words too.
    (/ت$/u.test(verb) &&
      (/^[0-9٠-٩]/u.test(next) || NUMBER_WORD.test(next)) &&
      !/(?:ات|ه)$/u.test(foldPhrase(ws[2] ?? ''))) ||
    accusativeObject(ws[1] ?? '') ||
    // («تُعدّ مسرّعة…» is an imperfect, its subject feminine.)
    (!/^[تين]|ت$/u.test(verb) && feminineObject(ws, verb));
  return (
    perfect &&
    bare &&
    !PREPOSITION.test(verb) &&
    !CLAUSE_OPENERS.has(verb) &&
    !DEPENDENT.has(verb) &&
    !/^ال/u.test(verb)
  );
}

// Plurals of men in «ة», which a masculine verb takes as its subject («شارك طلبة من…»), and
// men's names in «ة» («ختم حمادة بالإعلان»).
const MEN_PLURALS =
  /^(?:طلبه|اساتذه|قاده|باعه|رعاه|دعاه|قضاه|ساسه|رماه|حماه|غزاه|ولاه|سعاه|جباه|عماله|قرابه)$/u;
const MEN_NAMES =
  /^(?:حماده|نعمه|عطيه|جمعه|خليفه|طلحه|اسامه|حمزه|عبيده|قتاده|معاويه|عكرمه|سلامه|عوده|شحاده|بركه|ربيعه|عتبه|عروه|حذيفه|مسلمه|كرامه|صفوه|شيبه)$/u;
// Nouns in «ب» or «ل» whose first letter is their own («لجنة»، «بلدية»), not a preposition («لمدة»).
const OWN_BA_LAM = /^(?:لجنه|بلديه|بطوله|بعثه|بيئه|لوحه|لائحه|بوابه|بورصه|بنيه|برمجه|باخره|بئر)$/u;

/**
 * «قاد سيارة أجرة…»، «يدير شركة…»: an indefinite feminine noun right after a masculine verb is its
 * object (a feminine subject there would make the verb «قادت»، «تدير»); the subject is before.
 */
function feminineObject(ws: readonly string[], verb: string): boolean {
  const word = ws[1] ?? '';
  const w = foldPhrase(word).replace(/[ًٌٍ]/gu, '');
  // «أوضح نعمة أن…»، «قال حمزة:»: a man's name in «ة» after a verb of saying is its subject.
  if (reportsThat(verb) || SPEAKING.has(verb) || POINTING.has(verb)) return false;
  if (/^(?:ب?ان|ان|الي|علي)$/u.test(foldPhrase(ws[2] ?? '')) || /[:،,]$/u.test(word)) return false;
  return (
    /^\S{2,}ة$/u.test(word.replace(/[\u064B-\u0652]|[.,،؛:!?؟»"”]+$/gu, '')) &&
    !/^(?:[وفبكل]?ال|لل)/u.test(w) &&
    !MEN_PLURALS.test(w) &&
    !MEN_NAMES.test(w) &&
    !ADVERBS.has(w) &&
    // «سيارة أجرة»، «شركة صغيرة»: a noun in construct or with its adjective, as an object is.
    /^[^\d٠-٩«"(]\S+$/u.test(ws[2] ?? '') &&
    // («عيادة بيطرية»: a nisba adjective may open on «ب» or «ل», as a preposition does.)
    (!/^(?:[وفبكل]?ال|لل|ب|ل)/u.test(foldPhrase(ws[2] ?? '')) ||
      /^[بل](?!ال)\S{3,}يه$/u.test(foldPhrase(ws[2] ?? ''))) &&
    !PREPOSITION.test(foldPhrase(ws[2] ?? '')) &&
    !verbLike(ws[2] ?? '') &&
    (!/^[بل]/u.test(w) || OWN_BA_LAM.test(w))
  );
}

/**
 * «…، ويرتبط بالخطين الأزرق والأصفر»: a clause cut from its sentence whose verb is followed at
 * once by a preposition has no subject of its own (a subject comes right after its verb).
 */
function verbThenPreposition(ws: readonly string[]): boolean {
  const verb = foldPhrase(ws[0] ?? '').replace(/^[وف](?=\S{3})/u, '');
  const next = foldPhrase(ws[1] ?? '');
  if (!verbLike(verb) || REPORTING.has(verb)) return false;
  // «بينما تراجع بنسبة 1.4 في المئة» cut after «بينما»: what fell by that much is in the clause
  // before (a verb of any tense followed at once by its amount).
  if (BY_AMOUNT.test(next)) return true;
  // «تسمح برفع الأسعار»: a «ب» on a noun in construct with a definite one.
  const byConstruct = /^ب\S{3,}$/u.test(next) && /^ال\S{2,}/u.test(foldPhrase(ws[2] ?? ''));
  return (
    /^[يت]\S{2,}$/u.test(verb) &&
    (PREPOSITION.test(next) || /^(?:بال|لل|وال)/u.test(next) || byConstruct)
  );
}

const BY_AMOUNT = /^(?:بنسبه|بمقدار|بنحو|بحوالي|بواقع)$/u;

const POINTING = new Set(
  ['أشار', 'أشارت', 'لفت', 'لفتت', 'شدد', 'شددت', 'نوه', 'نوهت', 'دعا', 'دعت'].map(foldPhrase)
);

/**
 * «وأشار إلى أن …»، «وأوضحت بأن …»، «ودعت إلى إدخال …»: a verb of saying followed at once by its
 * preposition or «أن» has its speaker in an earlier sentence («وأشار الوزير إلى أن …» names one).
 */
function saidTo(ws: readonly string[]): boolean {
  const verb = foldPhrase(ws[0] ?? '');
  const next = foldPhrase(ws[1] ?? '');
  return (
    [verb, verb.replace(/^[وف](?=\S{3})/u, '')].some((v) => SPEAKING.has(v) || POINTING.has(v)) &&
    (/^(?:الي|ب|بان|ان|عن|علي)$/u.test(next) ||
      // «وقالت عقب التتويج: «…»»: a time between the verb and its quotation.
      (/^(?:عقب|بعد|قبل|خلال|اثناء|فور|لدي|عند)$/u.test(next) &&
        ws.slice(1, 4).some((w) => /:$/u.test(w))))
  );
}

/**
 * «ومن المتوقع أن يخدم نحو 250 ألف راكب»: what is expected to serve them is in an earlier
 * sentence when no definite noun follows the verb.
 */
function expectedWithout(ws: readonly string[]): boolean {
  const lead = ws.slice(0, 3).map(foldPhrase).join(' ').replace(/^[وف]/u, '');
  if (!/^من (?:المتوقع|المقرر|المنتظر|المرتقب) ان$/u.test(lead)) return false;
  return !/^(?:[وفبكل]?ال|لل)/u.test(foldPhrase(ws[4] ?? ''));
}

/**
 * A clause that opens with a referent the student cannot resolve out of context: a pronoun or a
 * demonstrative («ذلك الاتفاق»، «هذه الخطوة»), or a noun with an ordinal («المعسكر الثاني»).
 */
export function opensWithReferent(clause: string): boolean {
  const [first, second] = words(clause).map(foldPhrase);
  if (first === undefined) {
    return true;
  }
  const bare = first.replace(/^[وف]/u, '');
  if (DEPENDENT.has(first) || DEPENDENT.has(bare)) {
    return true;
  }
  return (
    second !== undefined &&
    (DEPENDENT.has(second) || /^ال(?:اول|ثاني|ثالث|اخير)$/u.test(second)) &&
    !verbLike(first)
  );
}

/**
 * Whether the clause leans on an earlier sentence: a demonstrative, «البلدان»-style referent or
 * «ما يحصل» (what is happening: said of something the sentence before tells).
 */
export function leansOnContext(clause: string): boolean {
  const text = foldPhrase(clause);
  // «امتدت الثانية من نابل إلى سوسة»: an ordinal with no noun, right after the verb (the second
  // what?).
  const [verb = '', next = ''] = words(clause.replace(/^بحسب المقالة،\s*/u, ''));
  if (verbLike(verb) && /^ال(?:اولي|ثانيه|ثالثه|رابعه|خامسه|اخيره)$/u.test(foldPhrase(next))) {
    return true;
  }
  return (
    /(?:^|\s)[وف]?[بل]?(?:هذه|هذا|ذلك|تلك|هولاء|هذين|هذان|البلدان|البلدين|الطرفان|الطرفين|ال\S+ ال(?:اول|ثاني)|ما (?:يحصل|يجري|يحدث|حصل|جري|حدث))(?=\s|$)/u.test(
      text
    ) ||
    BACK_REFERENCE.test(text) ||
    reportedWithoutSpeaker(clause) ||
    // «ترتفع النسبة إلى 42 في المئة»: which share? (Not «بالنسبة إلى», "as for".)
    /(?:^|\s)[وف]?النسبه(?=\s|$)/u.test(text) ||
    unattributedFirstPerson(clause) ||
    speakerLeftOut(clause)
  );
}

// «مشيرا إلى»، «مضيفةً أن»: the speaker of a reporting verb goes on, as a circumstantial
// participle before what they add (not «لافتة» a banner, nor «معلومات مؤكدة»).
// «مقدّرًا أن»، «متوقعًا أن»: an estimate or a forecast goes on its speaker too.
const SPEAKER_PARTICIPLE =
  /^(?:مشير|مضيف|موضح|موكد|لافت|معتبر|مشدد|منوه|محذر|مقدر|متوقع|مبين)[اه]$/u;
const PARTICIPLE_OBJECT = /^(?:الي|ان|انه|انها|انهم|علي)$/u;

/**
 * «نقلت البلدية النفايات إلى زحلة، مشيرا إلى أن…»: a participle of the other gender than the
 * clause's first verb goes on the speaker of a reporting verb that the clause left out («وقال
 * رئيس البلدية إن…»), so nobody is «مشيرا». «أعلنت الوزارة…، مؤكدةً أن» keeps its subject.
 */
function speakerLeftOut(clause: string): boolean {
  const ws = words(clause);
  const at = ws.findIndex(
    (w, i) =>
      SPEAKER_PARTICIPLE.test(foldPhrase(w)) && PARTICIPLE_OBJECT.test(foldPhrase(ws[i + 1] ?? ''))
  );
  if (at < 0 || ws.slice(0, at).some((w) => REPORTING.has(foldPhrase(w).replace(/^[وف]/u, '')))) {
    return false;
  }
  // «البلدية نقلت…» (a clause lifted from after «أن»): the verb after its noun.
  const first = /^ال/u.test(foldPhrase(ws[0] ?? '')) ? ws[1] : ws[0];
  const verb = foldPhrase(first ?? '').replace(/^[وف](?=\S{3})/u, '');
  const feminine = /ت$|^ت/u.test(verb);
  return feminine !== foldPhrase(ws[at] ?? '').endsWith('ه');
}

// «نفّذته»، «أطلقتها»، «منحها»، «نفذه»: a verb or noun with a pronoun of a thing named before
// (not «يساهم» or «أهم», whose «هم» is theirs).
const PRONOUN_FIRST = /^[وف]?(?:(?!ال)\S{3,}(?:ته|تها|تهم|تهما|ها|هما)|[^\sاويى]{3}ه)$/u;

// «تعرّض جزء منه لأضرار»: a preposition with a pronoun of what the sentence before named.
const PRONOUN_OBJECT = /^(?:منه|منها|منهم|فيه|فيها|عليه|عليها|لديه|لديها|عنه|عنها)$/u;

/**
 * «…، ونفّذته شركة …»، «تعرّض جزء منه…»، «وهي الرواية الثالثة…»: a clause whose first word is
 * or carries, or a preposition among its first three carries, a pronoun of what was named before
 * («المشتبه فيه»: after a definite word, the pronoun is that word's own).
 */
export function opensOnPronoun(clause: string): boolean {
  const ws = words(clause)
    .slice(0, 3)
    .map((w) => stripMarks(w).replace(/[^\p{L}]/gu, ''));
  const leaning = ws.some(
    (w, i) => i > 0 && PRONOUN_OBJECT.test(w) && !/^ال/u.test(ws[i - 1] ?? '')
  );
  // «وهي الرواية الثالثة للعمراني…»: a pronoun standing for what the sentence before named.
  const detached = /^[وف]?(?:هو|هي|هم|هما|هن)$/u.test(ws[0] ?? '');
  return PRONOUN_FIRST.test(ws[0] ?? '') || leaning || detached;
}

// Openers that point back to the sentence before: «في الوقت نفسه»، «في المقابل»، «من جهة أخرى».
const BACK_REFERENCE = new RegExp(
  `^[وف]?(?:${['في الوقت نفسه', 'في الوقت ذاته', 'مع ذلك', 'في المقابل', 'بالمقابل', 'من جهة أخرى', 'من ناحية أخرى', 'إلى جانب ذلك', 'بالإضافة إلى ذلك', 'كذلك', 'أيضاً'].map(foldPhrase).join('|')})(?=\\s|،|,|$)`,
  'u'
);

/**
 * «المخزن يحافظ على…، وإنه مزوّد…»: a second «وإنه» of reported speech whose «قال فلان إن» the
 * clause left out.
 */
function reportedWithoutSpeaker(text: string): boolean {
  if (!/(?:^|\s)وإن(?:ه|ها|هم)?\s/u.test(text)) return false;
  return !words(text).some((w) => REPORTING_THAT.has(foldPhrase(w).replace(/^[وف](?=\S{3})/u, '')));
}

/** A quotation in the first person («نقلنا»، «هدفنا») with no speaker in the clause. */
function unattributedFirstPerson(text: string): boolean {
  if (!/[«"“]/u.test(text) || words(text).some((w) => REPORTING.has(w.replace(/^[وف]/u, '')))) {
    return false;
  }
  return words(text).some(
    (w) =>
      foldPhrase(w) === 'نحن' ||
      (/\S{2,}نا$/u.test(w.replace(/[»"”.،,]+$/u, '')) && foldPhrase(w) !== 'هنا')
  );
}

// A day set between commas inside a clause: «أعلن المكتب، اليوم الثلاثاء، تسجيل…».
const DAY_ASIDE = new RegExp(
  `^(?:(?:اليوم|امس|صباح|مساء|ليله|يوم|ظهر|فجر)\\s+)?(?:${['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'اليوم', 'أمس'].map(foldPhrase).join('|')})(?:\\s+(?:الماضي|الماضيه|المقبل|المقبله))?$`,
  'u'
);

// Where something was said, set between commas: «، في بلاغ أصدرته صباح الخميس،»، «، في نشرتها…،».
const MEDIUM_ASIDE =
  /^(?:في|خلال|عبر)\s+(?:بيان|بلاغ|تصريح|تصريحات|مؤتمر|نشر[هت]|حديث|مقابل[هت]|كلم[هت]|تقرير|رسال[هت])(?:ه|ها|هم)?(?:\s|$)/u;

/**
 * A clause part that is only a day («اليوم الثلاثاء»، «أمس الاثنين»، «الأحد الماضي») or where
 * something was said («في بلاغ أصدرته صباح الخميس»): set between a verb and its object.
 */
export function dayAside(part: string): boolean {
  const folded = foldPhrase(part.replace(/[،,]\s*$/u, ''));
  return DAY_ASIDE.test(folded) || MEDIUM_ASIDE.test(folded) || FROM_ASIDE.test(folded);
}

// «سيضيف، ابتداءً من 15 نوفمبر، أربع رحلات»: from when, between a verb and its object.
const FROM_ASIDE = /^(?:ابتداء|اعتبارا|بدءا|انطلاقا)\s+من\s+\S+(?:\s+\S+){0,2}$/u;

// Adverbs in the accusative that end a clause's sense rather than complete it.
const ADVERB = new Set(
  [
    'أيضا',
    'مؤخرا',
    'سابقا',
    'حاليا',
    'تقريبا',
    'انطلاقا',
    'بدءا',
    'وفقا',
    'استنادا',
    'نقلا',
    'علما',
    'يوميا',
    'سنويا',
    'شهريا'
  ].map(foldPhrase)
);

/**
 * «دشّنت التعاونية في بلدة تمنار، التابعة لإقليم الصويرة، وحدةً جديدة»: a noun in «ةً» after a
 * comma is the verb's object; not a participle («قاطعةً»، «موضّحةً» describe the subject) or an
 * adverb («إضافةً إلى»، «خاصةً»).
 */
function objectInTa(word: string): boolean {
  const bare = stripMarks(word);
  return (
    /ةً$/u.test(word) &&
    /^[^م\sا]\S{2,}ة$/u.test(bare) &&
    !/^\Sا/u.test(bare) &&
    !ADVERB_IN_TA.has(foldPhrase(bare.replace(/^[وف]/u, '')))
  );
}

/**
 * «بدأت السلطات…، عاصمة إقليم هيران، | تشغيل نظام…»: a verbal noun of «تفعيل» or «استفعال»
 * without «ال» after a comma is the verb's object, not a clause of its own.
 */
export const objectAfterComma = (part: string): boolean => {
  const head = words(part)[0] ?? '';
  return verbalNounObject(head) || objectInTa(head);
};

function verbalNounObject(word: string): boolean {
  const w = foldPhrase(word);
  return /^ت\S{2}ي\S$/u.test(w) || /^است\S{2}ا\S$/u.test(w);
}

const ADVERB_IN_TA = new Set(
  ['إضافة', 'خاصة', 'عادة', 'تارة', 'مرة', 'نتيجة', 'كافة', 'عامة', 'بداية', 'نهاية', 'فجأة'].map(
    foldPhrase
  )
);

/**
 * Whether the part after a statement's end goes on with the same clause, so that the statement
 * would stop before what it says: a predicate in the future («…، ستنطلق مطلع 2026»), an amount
 * («…، ما يقارب 250 مليون رغيف»، «…، 640 جهازًا»), a verbal noun («…، تشغيل نظام»), or, after an aside, a word in the accusative («لا يزال زلزال
 * بومرداس…، الذي…، حاضرا في ذاكرة الجزائريين»، «أطلقت…، أمس الاثنين، صندوقا»).
 */
export function continuesClause(next: string, pastAside: boolean): boolean {
  const [head = '', second = ''] = words(next);
  const first = foldPhrase(head);
  // «أصلح متطوعون…، خلال ثلاثة أشهر فقط، | 640 جهازًا»: a counted object in the accusative
  // (not an age set between commas: «كان يوسف الهنائي، 22 عامًا، يلمّع…»).
  const counted =
    /^[\d٠-٩][\d٠-٩.,]*$/u.test(head) &&
    /\S{2,}ا$/u.test(foldPhrase(second)) &&
    foldPhrase(second) !== foldPhrase('عامًا');
  if (objectInTa(head) || counted || verbalNounObject(head)) {
    return true;
  }
  // «أعلن المدير، العميد فلان، | أن الإدارة…»: what was announced goes on the verb.
  if (
    /^س[يتنا]\S{3,}$/u.test(first) ||
    /^(?:ان|بان|انه|انها)$/u.test(first) ||
    /^(?:ما\s+(?:يقارب|يزيد|يناهز)|نحو|قرابه|حوالي)(?:\s|$)/u.test(foldPhrase(next))
  ) {
    return true;
  }
  return (
    pastAside && /\S{2,}ا$/u.test(first) && !SPEAKER_PARTICIPLE.test(first) && !ADVERB.has(first)
  );
}

/**
 * Whether a statement may end before this clause: it opens a new clause with a connector («،
 * لكن…»، «بينما…»، «، وإن…») rather than continuing the last one («، في الحد الأدنى،»، «، منهم…»).
 */
export function opensNextClause(next: string): boolean {
  const text = next.trim();
  if (
    /^لكن/u.test(foldPhrase(text)) ||
    CONNECTORS.some(
      (c) => foldPhrase(text).startsWith(`${foldPhrase(c)} `) || foldPhrase(text) === foldPhrase(c)
    )
  ) {
    return true;
  }
  return /^[وف]\S/u.test(text) && readableStart(text) !== undefined;
}

/**
 * Whether a clause part starts with a preposition («عن سعادته»، «منذ عقدين»، «بتثبيت العمال»):
 * after an aside, it completes the clause before the aside.
 */
export function opensComplement(part: string): boolean {
  const first = foldPhrase(words(part)[0] ?? '');
  return PREPOSITION.test(first) || /^ب\S{3,}/u.test(first);
}

/**
 * Whether a clause cut before the next one («…أمام الكونغرس، في كانون الأول 2022») still says
 * something whole: four words or more, not ending on a preposition, a predicate after its last
 * «أن»/«إن» («يظنّ مسؤولون أن روسيا،» is cut too soon), not a speaker cut before what they
 * say («تروي فلانة،»), and not an adjective's phrase with no verb (`adjectival`).
 */
export function completeClause(text: string): boolean {
  const ws = words(text);
  const folded = ws.map(foldPhrase);
  const predicate = (w: string) => verbLike(w) || CLAUSE_OPENERS.has(foldPhrase(w));
  // «أن» after a verb of saying or thinking, not the temporal «منذ أن»، «بعد أن».
  const complementiser = folded.findLastIndex(
    (w, i) => (w === 'ان' || w === 'انه') && !/^(?:منذ|بعد|قبل|دون|من)$/u.test(folded[i - 1] ?? '')
  );
  const first = folded[0] ?? '';
  const last = folded.at(-1) ?? '';
  return (
    ws.length >= 4 &&
    !frontedPredicate(folded) &&
    (complementiser < 0 || ws.slice(complementiser + 1).some(predicate)) &&
    !PREPOSITION.test(last) &&
    !DEPENDENT.has(last) &&
    !attributionOnly(text) &&
    (ws.some(predicate) || !(PREPOSITION.test(first) || DEPENDENT.has(first) || adjectival(folded)))
  );
}

/**
 * «وكان في استقبال البعثة، المؤلّفة من…، ممثلون عن…»: «كان» with a preposition after it puts
 * its predicate first; its subject comes at the end, so the clause never ends early.
 */
const frontedPredicate = (folded: readonly string[]): boolean =>
  /^[وف]?(?:كان|كانت|يكون|تكون)$/u.test(folded[0] ?? '') && PREPOSITION.test(folded[1] ?? '');

/**
 * «المسجّل باسم المصرية نادين الشاذلي منذ…»: a participle with «ال» and a preposition after it,
 * with no verb, describes a noun of the sentence before; it says nothing of its own.
 */
const adjectival = (folded: readonly string[]): boolean =>
  /^الم\S{3,}$/u.test(folded[0] ?? '') &&
  (PREPOSITION.test(folded[1] ?? '') || /^[بل]\S{3,}$/u.test(folded[1] ?? ''));

/** Whether no word of a text is a verb: «السدود المقامة على نهر الفرات في تركيا وسوريا». */
export const verbless = (text: string): boolean =>
  !words(text).some((w) => verbLike(w) || REPORTING.has(foldPhrase(w)));

/** {@link adjectival} of a clause's text. */
export const describesOnly = (text: string): boolean => adjectival(words(text).map(foldPhrase));

// Verbs of saying, thinking and showing whose content follows as «أن…» or a quotation.
const REPORTING_THAT = new Set(
  [
    ...REPORTING,
    ...['يرى', 'ترى', 'رأى', 'رأت', 'يروي', 'تروي', 'روى', 'روت', 'أظهر', 'أظهرت', 'يظهر', 'تظهر'],
    ...['أشار', 'أشارت', 'يشير', 'تشير', 'اعتبر', 'اعتبرت', 'يعتبر', 'تعتبر', 'أكد', 'أكدت'],
    ...['يؤكد', 'تؤكد', 'أفاد', 'أفادت', 'يفيد', 'تفيد', 'يعتقد', 'تعتقد', 'اعتقد', 'يتوقع'],
    ...['تتوقع', 'توقع', 'توقعت', 'يقدّر', 'تقدّر', 'قدّر', 'قدّرت', 'ذكر', 'ذكرت']
  ].map(foldPhrase)
);

/** Whether a word is a verb of saying, thinking or showing («اعتبر»، «أوضحت»، «يرى»). */
export const reportsThat = (word: string): boolean => REPORTING_THAT.has(foldPhrase(word));

/**
 * A reporting verb and its speaker cut before what they said: «يقول فلان، خبير في…»، «يرى ممثل
 * المنظمة، الدكتور فلان» or «وفي الحي، تروي فلانة» with no «أن»، «إن»، colon or quotation after
 * the verb — nothing is said that a student could judge.
 */
export function attributionOnly(text: string): boolean {
  const ws = words(text);
  // «…، كما قال فلان»: the content came first.
  const after = (i: number) => /^(?:كما|حسبما|مثلما|ما)$/u.test(foldPhrase(ws[i - 1] ?? ''));
  const at = ws.findLastIndex(
    (w, i) => REPORTING_THAT.has(foldPhrase(w).replace(/^[وف](?=\S{3})/u, '')) && !after(i)
  );
  if (at < 0) {
    return false;
  }
  // «رئيس تكتل «لبنان السيادي»»، «من شركة «الأطلس لترميم المباني التاريخية»»: a name in
  // guillemets is no quotation.
  const rest = ws
    .slice(at)
    .join(' ')
    .replace(/(\S*)\s*(«[^»]*»)/gu, (all, before: string, q: string) =>
      wordCount(q) <= 3 || NAMED_BY.test(foldPhrase(before)) ? `${before} الاسم` : all
    );
  return !/[:"«“]|(?:^|\s)(?:[وف]?ب?[إأ]ن(?:ه|ها|هم)?|ما)(?:\s|$)/u.test(rest);
}

// Head nouns before a name in guillemets: «شركة «…»», «صحيفة «…»».
const NAMED_BY =
  /^[وفبلك]?(?:ال)?(?:شركه|مؤسسه|موسسه|جمعيه|مجموعه|منظمه|وكاله|صحيفه|قناه|مركز|مجله|منصه|مبادره|حمله|مشروع|برنامج|تطبيق|دار|مصرف|بنك)$/u;

/** A quotation opened and not closed, or closed and not opened («أضافت: «انخفضت…»). */
export function unbalancedQuote(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/«/gu) !== count(/»/gu) || count(/“/gu) !== count(/”/gu) || count(/"/gu) % 2 === 1;
}

// «موضحةً أن…»، «مشيرًا إلى أن…»: a participle of saying and what was said, its verb's perfect.
/** The participles of saying («مضيفًا»، «موضحةً»), as stems without their endings. */
export const SAYING_PARTICIPLES = 'مضيف|موضح|مؤكد|مشير|لافت|معتبر';
const SAYING_PARTICIPLE = new RegExp(
  String.raw`^\s*(${SAYING_PARTICIPLES}|مبي\u0651?ن)(ً?اً?|ةً?)\s+((?:إلى\s+)?(?:أن|أنّ|بأن)\s)`,
  'u'
);
const PERFECT_OF: Record<string, string> = {
  مضيف: 'أضاف',
  موضح: 'أوضح',
  مؤكد: 'أكد',
  مشير: 'أشار',
  لافت: 'لفت',
  معتبر: 'اعتبر',
  مبين: 'بيّن',
  مبيّن: 'بيّن'
};

/**
 * «، موضحةً أن نحو 40 في المئة…»: a clause that opens on a participle of saying and «أن», what the
 * speaker of the sentence went on to say. Its perfect verb («أوضحت»), the speaker's gender, and
 * the participle's length; undefined for any other clause.
 */
export function sayingParticiple(
  clause: string
): { verb: string; feminine: boolean; length: number } | undefined {
  const r = SAYING_PARTICIPLE.exec(clause);
  const perfect = r === null ? undefined : PERFECT_OF[r[1]!];
  if (r === null || perfect === undefined) return undefined;
  const feminine = r[2]!.startsWith('ة');
  const lead = clause.length - clause.trimStart().length;
  return {
    verb: feminine ? `${perfect}ت` : perfect,
    feminine,
    length: lead + r[1]!.length + r[2]!.length
  };
}

// «، لافتًا إلى…»، «، مشيرًا إلى…»: an aside that goes on the speaker of the clause.
const SPEAKER_ASIDE =
  /،\s*(?:لافت|مشير|مؤكد|مضيف|موضح|معتبر|منوه|محذر|مقد\u0651?ر|متوقع|مبي\u0651?ن)(?:\u064B?ا\u064B?|ة\u064B?)\s/u;

/**
 * «التشخيص المبكر يخفّض الخطر…، لافتًا إلى تجارب…»: a clause cut after «أن» (it opens on a
 * noun with «ال») that keeps the speaker's aside, whose speaker it left out (no verb of saying
 * before the aside). «أعلنت الوزارة…، مؤكدةً أن…» has its subject.
 */
export function speakerlessAside(text: string): boolean {
  const aside = SPEAKER_ASIDE.exec(text);
  const before = aside === null ? [] : words(text.slice(0, aside.index));
  if (!/^ال/u.test(before[0] ?? '')) return false;
  return !before.some((w) => {
    const v = foldPhrase(w).replace(/^[وف](?=\S{3})/u, '');
    return SPEAKING.has(v) || POINTING.has(v);
  });
}

/**
 * «أوضح الشاذلي أن 34 بنكًا، بينها البنك الأهلي…»: a clause after «أن» cut after its subject and
 * an aside («بينها»، «منها»، «أبرزها»), so it ends before its predicate: it claims nothing.
 */
export function predicateCut(text: string): boolean {
  const m =
    /(?:^|\s)[أا]ن\u0651?\s+(?:\S+\s+){0,3}?\S+،\s*(?:من\s+)?(?:بين|من|أبرز)(?:ها|هم)\s/u.exec(
      text
    );
  return m !== null && !/[،,]/u.test(text.slice(m.index + m[0].length));
}
