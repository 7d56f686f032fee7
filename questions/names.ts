import { stripMarks } from '../src/lib/domain/answers';
import { containsWords } from './arabic';
import { regions, type Region } from './countries';
import {
  AFTER,
  entityMatchers,
  falseMatch,
  findMentions,
  RECOGNISED_ID,
  type Entity
} from './entities';
import { numberWord } from './numbers';
import { givenName as isGivenName } from './origin';
import { fathersName, shortHash } from './util';

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
      stop: end === text.length || /[.,،؛;:!?؟"«»“”()|]/u.test(next),
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
  // «هيئة تنشيط السياحة الثلاثاء»: a day ends a body's name, it is never part of it.
  ...['الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
  // «من محطة الملك فيصل باتجاه الشرق»: a direction ends a name.
  ...['باتجاه', 'اتجاه', 'بإتجاه'],
  // «شارع الملكة رانيا وشارع زهران»: a street goes on, not the name.
  ...['شارع', 'وشارع', 'طريق', 'وطريق', 'ساحة', 'وساحة', 'جسر', 'وجسر'],
  // «حضره وزير الثقافة وعشرات الفنانين»: a crowd, not a name.
  ...['عشرات', 'مئات', 'آلاف', 'ألوف'],
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
  'بسبب',
  'بفضل',
  'جراء',
  'إثر',
  'عقب',
  'يوم',
  'أمس',
  'اليوم',
  'عند',
  'حين',
  'بين',
  'كل',
  'بعض',
  'أيضا',
  'فورا',
  'مجددا',
  'حاليا',
  'سابقا',
  'لاحقا',
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
  'منه',
  'منها',
  'منهم',
  'عنه',
  'عنها',
  'به',
  'بها',
  'سوى',
  'قرب',
  'بجوار',
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
  'لي',
  'لنا',
  'لهم',
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
  'فريق',
  'وفد',
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
  // «قال قائد الأوركسترا، المايسترو جوزيف خوري،»: a conductor by his title.
  'مايسترو',
  // «الكابتن فهد العنزي»: a ship's captain (or a pilot) by his rank.
  ...['كابتن', 'قبطان', 'ربان'],
  // «أوضح مفتش العمل في إدارة السلامة، محمد الهاجري،»: an inspector is an office, not a name.
  'مفتش',
  'مفتشة',
  // «أما المواطنة سعاد إبراهيم فقالت…»: a resident quoted by name.
  'استشاري',
  'استشارية',
  'مواطن',
  'مواطنة',
  // «نقيب الصيادلة»: the head of a syndicate.
  'نقيب',
  'نقيبة',
  'رئيس',
  'رئيسة',
  'مفوض',
  'مفوضة',
  'عالم',
  'عالمة',
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
  // «يقول مراقب التربية والتعليم في زليتن، الأستاذ خليفة عمر الزروق»: Libya's head of a
  // directorate.
  'مراقب',
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
  'أخصائي',
  'أخصائية',
  'اختصاصي',
  'اختصاصية',
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
  'قائد',
  'مهاجم',
  'حارس',
  'مدافع',
  'حكم',
  // «المهاجمة نور الهدى جاسم»، «القائدة شيلان عمر»، «البديلة لاوين عزيز»: a women's team's.
  'قائدة',
  'مهاجمة',
  'حارسة',
  'مدافعة',
  'حكمة',
  'بديلة',
  // «قالت معلّمة الفيزياء المشرفة على الفريق، سناء خليل المجالي»
  'معلم',
  'معلمة',
  'مؤسس',
  'مؤسسة',
  'منسق',
  'منسقة',
  'مستشار',
  'مستشارة',
  'مخرج',
  'مخرجة',
  'ممثل',
  'ممثلة',
  'ناقد',
  'ناقدة',
  'فنان',
  'فنانة',
  'منتج',
  'منتجة',
  'روائي',
  'روائية',
  'شاعر',
  'شاعرة',
  'مصور',
  'مصورة',
  'مؤرخ',
  'مؤرخة',
  'عميد',
  'عميدة',
  'محامي',
  'محامية',
  'ناشط',
  'ناشطة',
  'شريك',
  'شريكة',
  'وكيل',
  'وكيلة',
  'صاحب',
  'صاحبة',
  'لواء',
  'عقيد',
  'عماد',
  'قاضي',
  'قاضية',
  // «قال سائق الأجرة محمود السيد»، «المزارع الحاج جبار السعدي»: a trade or a pilgrim's title
  // before the name, never the name itself.
  ...['سائق', 'سائقة', 'مزارع', 'مزارعة', 'تاجر', 'تاجرة', 'صياد', 'صيادة', 'بائع', 'بائعة'],
  ...['حاج', 'حاجة', 'موظف', 'موظفة']
]);

/** Reporting verbs before a speaker; a feminine form marks a woman. */
const VERBS_M = set([
  'قال',
  // «وردّ بن عمّار بأن الدولة…»: he replied (a family name in «بن» after it).
  'ردّ',
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
  'يشدد',
  'يروي',
  'روى'
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
  'ختمت',
  'شددت',
  'تشدد',
  'تروي',
  'روت'
]);

/** Head nouns of organisations: the construct phrase after them names one. */
const ORG_HEADS = set([
  'وكالة',
  'مكتب',
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
  'برلمان',
  'جهاز',
  'مصلحة',
  'ديوان',
  'دائرة',
  'إدارة',
  'مديرية',
  'بلدية',
  'نقابة',
  'رابطة',
  'كلية',
  'متحف',
  'مكتبة',
  'مجمع',
  'منتزه',
  'حديقة',
  'محمية',
  'مصنع',
  // «مصبنة النجّار»: a soap works, a mill or a bakery and its owner's name.
  'مصبنة',
  'معمل',
  'مطحنة',
  'مخبز',
  'مصفاة',
  'مرصد',
  'مزرعة',
  'مهرجان',
  'مسرح',
  'معرض',
  'فندق'
]);
/** Adjectives of rank that name a body with a complement: «الإدارة العامة للجمارك». */
const RANK = set([
  'العام',
  'العامة',
  'الأعلى',
  'العليا',
  'الكبرى',
  'الدائم',
  'الدائمة',
  'المستقل',
  'المستقلة'
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
  'عمالة',
  'ولاية',
  'مضيق',
  'قناة'
]);

const HEADS = new Set([...ORG_HEADS, ...CITY_HEADS, ...REGION_HEADS]);
/** Lebanon's districts («قضاء الشوف»، «أقضية الجنوب»): a place's head only before a place. */
const DISTRICTS = set(['قضاء', 'أقضية']);

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

const isDefinite = (w: Word) => /^(?:[وف]?[بك]?ال|[وف]?لل)\S{2}/u.test(w.bare);
// Particles are matched as written, with و/ف at most: «العلي» is a name, not «على».
// «علي» with «ي» is the name; the preposition is «على».
const isStop = (w: Word) =>
  w.bare !== 'علي' &&
  (STOP.has(fold(w.bare)) || STOP.has(fold(w.bare.replace(/^[وف](?=..)/u, ''))));

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
  // «سالم بن حمد الهنائي»: «بن»/«بنت» and the father's name after it add to the length allowed.
  let links = 0;
  for (let j = i; j < words.length && out.length < max + links; j++) {
    const w = words[j] as Word;
    const definite = isDefinite(w);
    // «محمود السيد»، «وليد الشيخ»: a title with «ال» after a given name is the family name.
    const family = out.length > 0 && /^(?:السيد|الشيخ)$/u.test(fold(w.bare));
    // «الهادي بن عمّار»، «الطيب بن سالم»: a given name with «ال» before «بن».
    const definiteGiven = out.length === 0 && definite && givenBeforeLink(words, j);
    // «محمدن ولد الشيخ سيدي»: after «ولد» or «بن», such a name opens the father's compound name.
    const fatherGiven =
      LINKS.has(fold(out.at(-1)?.bare ?? '')) && definite && compoundFather(w, words[j + 1]);
    // «بيريفان حمه أمين،»، «محمد أمين بنسالم»: «أمين» after a given name is a name, not a
    // secretary («أمين عام»، «أمين الصندوق»).
    const secretary = /^(?:عام|سر|صندوق|ال\S+)$/u.test(fold(words[j + 1]?.bare ?? ''));
    // «إبراهيم مصطفى الأمين،»: so is «الأمين» as a family name (not «الأمين العام»).
    const amin = out.length > 0 && /^(?:ال)?امين$/u.test(fold(w.bare)) && (w.stop || !secretary);
    // «بن عمارة»: a family name in «بن» alone is two words («وختم بن عمارة حديثه»).
    if (out.length === 2 && /^بن$/u.test(fold(out[0]!.bare))) break;
    if (out.length === 0 && roleInConstruct(words, j)) return [];
    // «ترى سلحفاة أمًّا تحفر»: a word with tanween is a common noun, and so is the name so far.
    if (/[\u064B-\u064D]/u.test(w.text)) return [];
    if (
      isStop(w) ||
      (out.length === 0 && VERBAL_NOUNS.has(fold(w.bare))) ||
      (!family &&
        !amin &&
        !definiteGiven &&
        !fatherGiven &&
        (isIn(TITLES, w.bare) || titleOf(w.bare) !== undefined)) ||
      isIn(HEADS, w.bare) ||
      isIn(SPEAKER_NOUNS, w.bare) ||
      isIn(VERBS_M, w.bare) ||
      isIn(VERBS_F, w.bare) ||
      /^[A-Za-z]/u.test(w.bare) ||
      w.bare.length < 2 ||
      // «لعمليات حفر»: a preposition on a plural noun starts no name.
      (out.length === 0 && /^[بلك]\S{3,}ات$/u.test(w.bare)) ||
      // «وتشير تقديرات أولية»، «بيانات رسمية»: a plural in «ات» is no given name.
      (out.length === 0 && /^\S{4,}ات$/u.test(w.bare)) ||
      // «يروي أحداث معركة الجهراء»، «أخصائية أمراض الدم»: nor one of «أفعال», but a woman's name
      // of that shape («أحلام»).
      (out.length === 0 && brokenPlural(w.bare)) ||
      // «يروي بحارة متقاعدون حكايات»: a participle's plural in «ون» is no name («ميمون» is).
      /^م\S{3,}ون$/u.test(fold(w.bare)) ||
      // «حدّدت المؤسسة سعر التذكرة»، «قال السائق بصوت متهدّج»: a measure or a manner, no name.
      NOT_A_NAME.has(fold(w.bare)) ||
      // «المزارع يزرع القطن»: a word of an imperfect's shape starts no name.
      // («الصياد يشتري الجرار»، «يستخدم»: nor one of the shapes «يفتعل» and «يستفعل».)
      // («تراجع النتائج»: nor one of «تفاعل», a verbal noun or an imperfect.)
      (out.length === 0 &&
        /^[يت](?:[^اويى\s]{3}|\Sت\S\S[يى]?|ست\S{3,}|\Sا\S\S)$/u.test(fold(w.bare))) ||
      // («أخصائية العلاج الطبيعي تعدّ خطواته»: nor a doubled root's, «تعدّ»، «يمدّ».)
      (out.length === 0 && /^[يت]\p{L}\p{L}\u0651$/u.test(w.text)) ||
      // «عبد الرؤوف وأصغر العاملين»: a word in «و» and a hamza joins another noun; no name has it.
      (out.length > 0 && /^و[أإآ]/u.test(w.bare)) ||
      // «الجامعات» is no family name, but «محمود سالم الهلالات،» closed by a comma is one.
      (definite &&
        !definiteGiven &&
        (out.length === 0 ||
          !/^ال/u.test(w.bare) ||
          OBJECTS.has(fold(w.bare)) ||
          (/ات$/u.test(w.bare) && !(out.length >= 2 && w.stop))))
    ) {
      break;
    }
    out.push(w);
    // A family name with «ال» ends the name: «أيوب الكعبي»; «الدين» and «الله» end none, being
    // the second half of a given name («نور الدين زرقين»، «هبة الله محمود زكي»).
    // («محمد الحبيب التازي»: so do the second halves of «محمد» before a family name.)
    const given =
      out.length === 2 &&
      (GIVEN_SECOND.has(fold(w.bare)) || muhammadSecond(out[0]!, w, words[j + 1]));
    // «عادل السيد حجازي،»: «السيد» between a given name and a family name closed by a comma.
    const following = words[j + 1];
    const middle =
      family &&
      !w.stop &&
      following !== undefined &&
      following.stop &&
      !isDefinite(following) &&
      !isStop(following);
    if (definite && !given && !definiteGiven && !fatherGiven && !middle) {
      break;
    }
    // A compound given name counts as one name of the three.
    if (given || fatherGiven) links += 1;
    const next = words[j + 1];
    if (out.length > 1 && !w.stop && next !== undefined && LINKS.has(fold(w.bare))) {
      links += 2;
    }
    // «عبد الحق», «أبو بكر»: the first part of a compound name takes the next word with it.
    // «عبد الرحيم آدم أوهاج»: a compound given name counts as one name of the three; so does a
    // father's before a family name with «ال» («مريم عبد الله الظاهري», not «كريم عبد الحميد
    // جائزة»).
    // («محمود حسن عبد الرحيم»: a compound's first part is never left as the last word.)
    if (!w.stop && next !== undefined && COMPOUND.has(fold(w.bare)) && out.length <= max) {
      out.push(next);
      j++;
      const after = words[j + 1];
      const family = after !== undefined && !next.stop && /^ال\S{2,}/u.test(after.bare);
      links += out.length === 2 || (family && !/ية$/u.test(after.bare)) ? 1 : 0;
    }
    if (out.at(-1)?.stop) {
      break;
    }
  }
  return out;
}

/** «الهادي» in «الهادي بن عمّار»: a word with «ال» right before «بن» or «بنت» and a name. */
function givenBeforeLink(words: readonly Word[], j: number): boolean {
  const [w, link, father] = [words[j], words[j + 1], words[j + 2]];
  // «المزارع الطاهر عبد الرحيم»: a given name with «ال» before a name in «عبد».
  if (
    w !== undefined &&
    !w.stop &&
    DEFINITE_GIVEN.test(fold(w.bare)) &&
    link !== undefined &&
    fold(link.bare) === 'عبد' &&
    father !== undefined &&
    isDefinite(father)
  ) {
    return true;
  }
  // «الدكتور الطيب حسن الفكي»: such a given name before a father's name and a family name
  // («المهندس الهادي سعد أبوشعالة،»: one in «أبو», or a bare one closed by punctuation).
  if (
    w !== undefined &&
    !w.stop &&
    DEFINITE_GIVEN.test(fold(w.bare)) &&
    link !== undefined &&
    !link.stop &&
    !isDefinite(link) &&
    !LINKS.has(fold(link.bare)) &&
    father !== undefined &&
    (/^ال\S{2,}$/u.test(father.bare) ||
      /^ابو\S{2,}$/u.test(fold(father.bare)) ||
      (father.stop && nameLike(father)))
  ) {
    return true;
  }
  return (
    w !== undefined &&
    !w.stop &&
    /^ال\S{2,}$/u.test(w.bare) &&
    link !== undefined &&
    LINKS.has(fold(link.bare)) &&
    !link.stop &&
    father !== undefined &&
    !isDefinite(father)
  );
}

/** «الشيخ سيدي» after «ولد»: a given name with «ال» and a bare name, the father's in two words. */
const compoundFather = (w: Word, next: Word | undefined) =>
  !w.stop &&
  (DEFINITE_GIVEN.test(fold(w.bare)) || /^(?:السيد|الشيخ)$/u.test(fold(w.bare))) &&
  next !== undefined &&
  !isDefinite(next) &&
  !isStop(next) &&
  nameLike(next);

// Given names written with «ال» (in the Maghreb and Sudan above all).
const DEFINITE_GIVEN =
  /^(?:الطاهر|الهادي|الصادق|الطيب|المهدي|الامين|الحسن|الحسين|العربي|البشير|المختار|الحبيب|المنصف|الناصر|الشاذلي|العيد|الزبير|الفاضل|الصديق)$/u;

// Men's given names in «ة» («المهندس خليفة بن سالم الهنائي»): names, not nouns after a title.
const MEN_IN_TA = set([
  ...['خليفة', 'حمزة', 'أسامة', 'طلحة', 'عبيدة', 'قتيبة', 'عروة', 'عكرمة', 'معاوية', 'جبلة'],
  ...['مسلمة', 'ثعلبة', 'حذيفة', 'عطية', 'سلامة']
]);

const MILITARY_RANKS = set(['لواء', 'عميد', 'عقيد', 'عماد', 'نقيب']);
const RANK_ARMS = set(['بحري', 'جوي', 'ركن', 'طيار', 'مهندس']);
const COMPOUND = set(['عبد', 'أبو', 'أبي', 'آل', 'بني']);
// Women's names of the shape of a plural «أفعال».
const PLURAL_SHAPED = set(['أحلام', 'أنغام', 'أفنان', 'أشواق', 'أمجاد', 'أفراح', 'أنوار', 'أصالة']);
const brokenPlural = (bare: string) =>
  /^ا\S\Sا\S$/u.test(fold(bare)) && !PLURAL_SHAPED.has(fold(bare)) && !isGivenName(bare);

// «محمد الأمين»، «محمد الحبيب»: given names of two words, «محمد» and a word with «ال».
const AFTER_MUHAMMAD = set([
  'الأمين',
  'الحبيب',
  'الطاهر',
  'الهادي',
  'الصادق',
  'المختار',
  'الطيب',
  'المهدي',
  'البشير'
]);

/** «محمد الحبيب التازي»: «الحبيب» is the second half of the given name when a name follows. */
const muhammadSecond = (first: Word, w: Word, next: Word | undefined) =>
  fold(first.bare) === 'محمد' &&
  AFTER_MUHAMMAD.has(fold(w.bare)) &&
  !w.stop &&
  next !== undefined &&
  !isStop(next) &&
  // («محمد الأمين العام»: a secretary-general; «الجامعات»: no family name.)
  fold(next.bare) !== 'العام' &&
  !/ات$/u.test(next.bare) &&
  titleOf(next.bare) === undefined &&
  !isIn(VERBS_M, next.bare);

// «عوض الكريم بابكر»، «حسب الرسول»، «جاد الرب»: Sudanese given names in two words.
const GIVEN_SECOND = set([
  ...['الدين', 'الله', 'الزهراء', 'الهدى', 'الإسلام', 'العابدين', 'الكريم', 'الرسول', 'الرب']
]);
// What a verb before a titled name takes after it, not a family name: «تُدرك القائدة شيلان عمر
// التعادل»، «حسمت البديلة لاوين عزيز اللقب».
const OBJECTS = set(
  [
    'التعادل',
    'اللقب',
    'الكأس',
    'الهدف',
    'الفوز',
    'المباراة',
    'الجائزة',
    'الميدالية',
    'الصدارة'
  ].concat(
    ['البطولة', 'الدوري', 'الرقم', 'المركز', 'القرار', 'الاتفاق', 'المشروع', 'التسجيل'],
    // «قرية نجع الحاج سليم التابعة لمركز…»: where a place lies, no family name.
    ['التابع', 'التابعة', 'الواقع', 'الواقعة', 'المجاور', 'المجاورة', 'المطل', 'المطلة']
  )
);
// Verbal nouns an announcement takes («أعلن منح الفائز مكافأة»، «خفض أسعار 412 دواءً»): no name
// opens on them.
const VERBAL_NOUNS = set([
  ...['منح', 'خفض', 'رفع', 'دعم', 'فتح', 'نقل', 'وقف', 'حظر', 'منع', 'فرض', 'ضخ', 'صرف', 'عقد'],
  ...['بدء', 'إنشاء', 'إطلاق', 'تمديد', 'تعليق', 'إلغاء', 'تخفيض', 'زيادة']
]);
// «سيدي محمد ولد أحمد محمود»: «ولد» is the Mauritanian «بن».
const LINKS = set(['بن', 'بنت', 'ولد']);

// What an office is «for»: «لقطاع النقل»، «لشؤون اللاجئين»، «لوزارة الصحة».
const OFFICE_OF = set(['قطاع', 'شؤون', 'قسم', 'ملف']);
const isOfficeOf = (bare: string) =>
  /^ل[^ل]/u.test(bare) && (OFFICE_OF.has(fold(bare.slice(1))) || HEADS.has(fold(bare.slice(1))));

/** The title a word is, as folded: «والمهندس» → «مهندس». */
function titleOf(bare: string): string | undefined {
  const plain = fold(bare).replace(/^[وف]/u, '');
  // «للمخرجة»: «ل» before «ال» leaves «لل». «شريكها», «شريكتها»: her partner.
  const forms = [fold(bare), plain, plain.replace(/^(?:[بك]?ال|لل)/u, '')];
  const theirs = plain.replace(/ت(?=(?:ها|هم)$)/u, 'ه').replace(/(?:ها|هم)$/u, '');
  // «مديرته»: his director (a woman).
  const his = plain.replace(/ته$/u, 'ه');
  return [...forms, theirs, his].find((x) => TITLES.has(x));
}

const NAMED_AFTER =
  /^[وفبل]?(?:نجع|عزبه|مقاطعه|مقاطعتي|بلدتي|قصر|قصبه|شارع|طريق|ساحه|جسر|مطار|ميناء|مستشفي|مسجد|جامع|كنيسه|ضريح|قلعه|جامعه|مدرسه|مدينه|حي|قاعه|مركز|جائزه|شرم|منطقه|بلديه|ولايه|محافظه|قريه|بلده|محطه|ميدان|قاعده|كليه|معهد)$/u;

// Words that follow a title or an actor without being a name: what is measured or how one speaks.
const NOT_A_NAME = set([
  ...['سعر', 'أسعار', 'عدد', 'حجم', 'طول', 'عرض', 'متوسط', 'معدل', 'وزن', 'ارتفاع', 'عمق'],
  ...['موعد', 'تاريخ', 'ثمن', 'رسوم', 'إجمالي', 'مجموع', 'بصوت', 'بدوره', 'بدورها'],
  ...['بنبرة', 'بلهجة', 'بحماس', 'بفخر', 'بأسى', 'بحسرة', 'بنجاح', 'بسرعة', 'بقوة'],
  // «لفتت والدة إحدى اللاعبات، السيدة منيرة الشمري،»: one of a group, or someone's parent.
  ...['إحدى', 'أحد', 'والدة', 'والد'],
  // «وأوضح ابنه محمود»: someone's kin, named by their given name alone (whose son?).
  ...['ابنه', 'ابنها', 'ابنته', 'ابنتها', 'نجله', 'نجلها', 'شقيقه', 'شقيقها', 'شقيقته'],
  ...['شقيقتها', 'زوجته', 'زوجها', 'حفيده', 'حفيدها', 'حفيدته', 'والده', 'والدته', 'أخوه'],
  ...['أخته', 'أخاه', 'أخيه'],
  // «اعتماد مقرر إلزامي» twice: a course, not a rapporteur's name.
  'مقرر',
  // «وقال عامل الرسو …»: a worker's trade, no given name (after a count it is no title either).
  ...['عامل', 'عاملة'],
  // «ومن بين أوائل المستفيدين»: the first or the last of a group.
  ...['أوائل', 'أواخر'],
  // «لتر حليب الجاموس» then «لتر حليب البقر»: a measure of something, no one's name.
  ...['لتر', 'ليتر', 'كيلوغرام', 'كيلو', 'غرام', 'طن', 'أطنان', 'برميل', 'قنطار', 'رطل', 'فدان'],
  ...['هكتار', 'دونم', 'كيس', 'علبة', 'صندوق']
]);

/** «المهندس سامر خليل», «وزير المياه الأردني محمد النجار»: a title, its complements, a name. */
function afterTitle(words: readonly Word[], i: number): Found | undefined {
  const w = words[i] as Word;
  const title = titleOf(w.bare);
  // «د.» is a title only as an abbreviation; «المياه المنتَجة» is produced water, not a producer
  // (a passive participle: a fatha before its last root letter).
  if (
    title === undefined ||
    (title === 'د' && !/^\./u.test(w.after)) ||
    // «وتتولى مؤسسة رعاية الريف»: a foundation, not a founder, before its name in construct.
    (HEADS.has(fold(w.bare).replace(/^[وف]/u, '')) && !isDefinite(w)) ||
    /^(?:[وفبكل]?ال)?م\S+\u064E\p{L}\p{M}*(?:ة\p{M}*)?$/u.test(w.text)
  ) {
    return undefined;
  }
  // «حدّدت المؤسسة …»: «المؤسسة» alone is the body; the founder is «الشريكة المؤسسة».
  if (title === 'مؤسسه' && isDefinite(w) && !/^ال?شريك/u.test(fold(words[i - 1]?.bare ?? ''))) {
    return undefined;
  }
  // «عالمة الآثار كاترين فولمر», but «كأس العالم» is the world.
  if (/^عالم/u.test(title) && isDefinite(w)) {
    return undefined;
  }
  // «المهندس الشيخ ولد محمد فال»، «محمد الأمين ولد ببّاه»: before «ولد» or «بن» and a name, the
  // word is a given name, no title.
  if (givenBeforeLink(words, i)) {
    return undefined;
  }
  // «شارع الملكة رانيا»، «مستشفى الملك عبد الله»: a place named after the person.
  const before = words[i - 1];
  if (
    before !== undefined &&
    NAMED_AFTER.test(fold(before.bare)) &&
    !/[،,.:]/u.test(before.after)
  ) {
    return undefined;
  }
  // «ة» makes the title feminine; «ه» is «his»: «مدربه» is his coach; «شريكتها» is her partner.
  const gender = /ه$/u.test(title) && /(?:ة|ته|تها|تهم)$/u.test(w.bare) ? 'f' : 'm';
  let j = i + 1;
  // «العميد بحري هشام فؤاد رضوان», «اللواء ركن …»: a military rank's arm or branch is part
  // of the rank, never the name's first word.
  const arm = (k: number) => !words[k - 1]?.stop && isIn(RANK_ARMS, words[k]?.bare ?? '');
  while (MILITARY_RANKS.has(title) && arm(j)) j++;
  // «المتحدث باسم الوزارة عمر الخطيب»: «باسم» goes with the spokesman, it is no name.
  if (/^(?:متحدث|ناطق)/u.test(title) && fold(words[j]?.bare ?? '') === 'باسم' && !w.stop) {
    j++;
    // «باسم وزارة النقل»: the body's head noun too.
    if (isIn(HEADS, words[j]?.bare ?? '') && !words[j - 1]?.stop) j++;
  }
  const joined = (x: Word) => isDefinite(x) || /^وال/u.test(x.bare);
  // «صاحبة مشغل الصابون هيفاء العمري»: a title in construct (no «ال», no pronoun) takes an
  // indefinite noun, then its definite one («الدكتورة نادية الشرقاوي» is a name after a title).
  const inConstruct = !isDefinite(w) && !/(?:ه|ها|هم)$/u.test(w.bare);
  const construct = (k: number) =>
    inConstruct &&
    k === i + 1 &&
    !words[k]?.stop &&
    !isStop(words[k] as Word) &&
    !isDefinite(words[k] as Word) &&
    words[k + 1] !== undefined &&
    isDefinite(words[k + 1] as Word);
  // «استشارية الأنف والأذن والحنجرة وزراعة القوقعة»: a noun in «ة» joined by «و» to the
  // office's last word, with its definite genitive, goes on with the office.
  const joinedConstruct = (k: number) =>
    k > i + 1 &&
    /^و\S{2,}ة$/u.test(words[k]?.bare ?? '') &&
    !words[k]?.stop &&
    isDefinite(words[k - 1] as Word) &&
    words[k + 1] !== undefined &&
    /^ال/u.test(words[k + 1]?.bare ?? '');
  while (
    j < words.length &&
    j - i <= 6 &&
    (joined(words[j] as Word) || construct(j) || joinedConstruct(j)) &&
    !givenBeforeLink(words, j) &&
    !words[j - 1]?.stop &&
    // «أستاذ علوم الأرض الدكتور فراس …»: a second title starts the name's own.
    (j === i + 1 || titleOf(words[j]?.bare ?? '') === undefined)
  ) {
    j++;
  }
  // «باحثة مرموقة»: a title with no «ال», no complement and no «his» takes an adjective, not a name.
  const bareTitle = j === i + 1 && !isDefinite(w) && !/(?:ه|ها|هم)$/u.test(w.bare);
  // «نائب الرئيس لقطاع النقل»: a «ل» phrase after the complement goes on with the office.
  const office = isOfficeOf(words[j]?.bare ?? '');
  const name = words[j - 1]?.stop || bareTitle || office ? [] : nameAt(words, j);
  const first = fold(name[0]?.bare ?? '');
  // A man's title before a word in «ة» is a title before a noun («الرئيس … علاقة موسكو»); a
  // woman's title before one word in «ت» is before her verb («الطبيبة شرحت»).
  const noun =
    gender === 'm'
      ? /ه$/u.test(first) && !MEN_IN_TA.has(first)
      : name.length === 1 && /ت$/u.test(first);
  if (name.length === 0 || noun) {
    return apposition(words, i, gender);
  }
  return { type: 'person', words: name, gender, role: roleText(words.slice(i, j)) };
}

/** A role as said after a preposition: «للمخرجة الفرنسية» → «المخرجة الفرنسية». */
function roleText(words: readonly Word[]): string {
  const role = words
    .map((x) => x.text)
    .join(' ')
    .replace(/^[وف]/u, '');
  return /^لل/u.test(role) ? `ال${role.slice(2)}` : role.replace(/^[بك](?=ال)/u, '');
}

/**
 * «نائبة محافظ البنك المركزي، هالة منصور،»: a title and its complements up to a comma, then a
 * name of two or three words closed by punctuation.
 */
function apposition(words: readonly Word[], i: number, gender: 'm' | 'f'): Found | undefined {
  // «رئيسة المكتب الميداني لمكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) في كسلا، إلسا
  // ماركيتي،»: an office of up to a dozen words.
  for (let k = i; k < words.length && k - i <= 12; k++) {
    const w = words[k] as Word;
    // «الكاتب العام للوزارة، …»: «العام» is «general» there, not a year; «مدير الموقع لدى
    // الشركة، بارك جي هون،»: «لدى» is part of the office.
    // «معلّمة الفيزياء المشرفة على الفريق، …»: «على» goes on with the office too.
    if (
      isStop(w) &&
      !isDefinite(w) &&
      !/^(?:في|لدي|قرب|امام|داخل|خارج|عند|بجوار)$/u.test(fold(w.bare)) &&
      w.bare !== 'على'
    ) {
      return undefined;
    }
    // «لتنسيق الشؤون الإنسانية (أوتشا) في كسلا،»: an acronym in brackets goes on with the office.
    // («في استوديوهات «واحة درعة»،»: and a name in guillemets.)
    const bracketed = /^\s*[(«]\s*$/u.test(w.after) || /^[)»]\s+$/u.test(w.after);
    // «أودى بحياة ست معلمات والسائق، وأصاب…»: a title with «ال» and nothing after it is no office.
    if (w.stop && k === i && isDefinite(w)) {
      return undefined;
    }
    if (w.stop && !bracketed) {
      // «مدير الإنتاج في استوديوهات «واحة درعة»، حميد أوبلا،»: a name in guillemets ends the office.
      const comma = /^\s*»?\s*[،,]/u.test(w.after);
      // «مدير المهرجان، الناقد منير الشابي،»: the name may have a title of its own, after an
      // office of a few words («رئيس الفريق، أستاذ علوم الأرض الدكتور فراس المعايطة»).
      const titled = comma ? titledWithin(words, k + 1) : undefined;
      if (titled !== undefined) {
        return { ...titled, gender };
      }
      // «مدربة الأهلي، الإسكتلندية فيونا ماكنزي،»: a nationality before the name.
      const nationality =
        words[k + 1] !== undefined &&
        nisbaWord(words[k + 1] as Word) &&
        !givenBeforeLink(words, k + 1);
      const name = comma ? nameAt(words, k + (nationality ? 2 : 1)) : [];
      return name.length >= 2 && name.at(-1)?.stop
        ? { type: 'person', words: name, gender }
        : undefined;
    }
  }
  return undefined;
}

/** «الإسكتلندية»، «المصري»: a nationality adjective with «ال», not closing a phrase. */
const nisbaWord = (w: Word) =>
  isDefinite(w) && !w.stop && /\S{3,}(?:ي|ية)$/u.test(w.bare) && titleOf(w.bare) === undefined;

/**
 * «مريم عبد الحميد، المهندسة السابقة»: a name of two words (three after «عبد» or «أبو»), the last
 * one before a comma, then a title with «ال» and its adjectives.
 */
function beforeTitle(words: readonly Word[], i: number): Found | undefined {
  const compound = COMPOUND.has(fold(words[i + 1]?.bare ?? ''));
  const name = words.slice(i, i + (compound ? 3 : 2));
  const last = name.at(-1);
  const next = words[i + name.length];
  const title = next !== undefined && isDefinite(next) ? titleOf(next.bare) : undefined;
  if (
    name.length < 2 ||
    title === undefined ||
    !last?.stop ||
    !/^\s*[،,]\s*$/u.test(last.after) ||
    name.slice(0, -1).some((w) => w.stop)
  ) {
    return undefined;
  }
  // «الطبية» in «مدينة الملك سعود الطبية، الدكتور …» is an adjective, no family name.
  // («أوائل المستفيدين، الباحث …»: nor a participle's plural.)
  const familyName = (w: Word) =>
    /^ال/u.test(w.bare) &&
    !/ية$/u.test(w.bare) &&
    !/^الم\S{3,}(?:ين|ون)$/u.test(w.bare) &&
    !isStop(w) &&
    titleOf(w.bare) === undefined;
  const named = name.every(
    (w, k) => nameLike(w) || (k === 1 && compound) || (k === name.length - 1 && familyName(w))
  );
  // «أما مالك المعصرة، الحاج عبد الرزاق الشامي»: a title that goes on with a name is that
  // person's, and what stands before the comma is their role («the press's owner»).
  const after = words[i + name.length + 1];
  if (!named || (!next!.stop && after !== undefined && nameLike(after))) {
    return undefined;
  }
  const at = i + name.length;
  let end = at + 1;
  while (end < words.length && end - at < 3 && !words[end - 1]?.stop && isDefinite(words[end]!)) {
    end++;
  }
  const gender = /ه$/u.test(title) && /ة$/u.test(next!.bare) ? 'f' : 'm';
  return { type: 'person', words: name, gender, role: roleText(words.slice(at, end)) };
}

/**
 * «أبدى حمد بن خلفان الريامي، صاحب استراحة…»: a given name, «بن» or «بنت», and the father's
 * name is a person's name with no title or verb to point at it (not after a body's head or a
 * street's: «جامعة محمد بن عبد الله»، «شارع محمد بن زايد»).
 */
function linkedName(words: readonly Word[], i: number): Found | undefined {
  const w = words[i] as Word;
  // «محمد الأمين ولد ببّاه»: a given name of two words before «ولد».
  const second = words[i + 1];
  const two =
    second !== undefined &&
    (GIVEN_SECOND.has(fold(second.bare)) || muhammadSecond(w, second, words[i + 2]));
  const link = fold(words[i + (two ? 2 : 1)]?.bare ?? '');
  const before = words[i - 1];
  if (
    w.stop ||
    // «نورة بنت سعيد»: a woman's name may end in «ة».
    !(nameLike(w) || (link === 'بنت' && !isDefinite(w) && !isStop(w))) ||
    // «وتعود بن عاشور»، «أسقطت بن عاشور»: a verb before a family name in «بن».
    /^[وف][تيأن]\S{3,}$|^\S{3,}ت$/u.test(w.bare) ||
    // «مدينة بنت جبيل»، «أقضية بنت جبيل ومرجعيون»: a place's head before a town's name.
    isIn(HEADS, w.bare) ||
    isIn(DISTRICTS, w.bare) ||
    (link !== 'بن' && link !== 'بنت' && link !== 'ولد') ||
    (before !== undefined &&
      !before.stop &&
      (isIn(HEADS, before.bare) || NAMED_AFTER.test(fold(before.bare))))
  ) {
    return undefined;
  }
  const name = nameAt(words, i);
  // «ولد» is also «وُلد» (was born): as a link, only in a name set between commas or after a
  // given name of two words, closed by punctuation («، محمد الأمين ولد ببّاه،»).
  const born = link === 'ولد' && (!(two || before?.stop === true) || !name.at(-1)?.stop);
  return name.length >= 3 && !born
    ? { type: 'person', words: name, gender: link === 'بنت' ? 'f' : 'm' }
    : undefined;
}

// Heads that name a body only before a name in guillemets: «مجموعة «هافنلينك»» (not «مجموعة
// الحيتان»).
const QUOTED_HEADS = set(['مجموعة', 'منصة', 'تحالف', 'ائتلاف', 'كتلة', 'تكتل', 'حركة', 'تيار']);

/** «شركة «لهجة»»: the words in guillemets right after a body's head noun, up to five. */
function quotedAfter(words: readonly Word[], i: number): Word[] {
  if (!/^\s*«\s*$/u.test(words[i]?.after ?? '')) {
    return [];
  }
  for (let j = i + 1; j < words.length && j - i <= 5; j++) {
    if (/^\s*»/u.test(words[j]?.after ?? '')) {
      return words.slice(i + 1, j + 1);
    }
    if (words[j]?.stop) {
      return [];
    }
  }
  return [];
}

/** The first person named after a title within four words of `from`, with no stop between. */
function titledWithin(words: readonly Word[], from: number): Found | undefined {
  for (let j = from; j < words.length && j - from < 4; j++) {
    const found = afterTitle(words, j);
    if (found?.type === 'person' && found.words.length > 0) return found;
    if (words[j]?.stop) return undefined;
  }
  return undefined;
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
  // «وقال معلم العلوم، الأستاذ محمود بني هاني»: words before a comma and a titled name are an
  // office, not a name.
  const last = name.at(-1);
  const office = last?.stop === true && /^\s*[،,]/u.test(last.after);
  const titled = office ? titledWithin(words, i + 1 + name.length) : undefined;
  if (titled !== undefined) {
    return { ...titled, gender };
  }
  if (name.length >= 2) {
    return { type: 'person', words: name, gender };
  }
  // «قالت قاطفة الأزهار زينب عبد الله»: the name after a role in construct.
  const afterRole = name.length === 0 && roleInConstruct(words, i + 1) ? nameAt(words, i + 3) : [];
  if (afterRole.length >= 2) {
    return { type: 'person', words: afterRole, gender };
  }
  return unnamedOfficial(words, i + 1, gender);
}

/**
 * «قاطفة الأزهار زينب عبد الله»: whether the words from `j` are a role in construct (a bare noun
 * and its definite genitive) before a given name; they are no part of the name.
 */
function roleInConstruct(words: readonly Word[], j: number): boolean {
  const [role, genitive, named] = [words[j], words[j + 1], words[j + 2]];
  return (
    role !== undefined &&
    genitive !== undefined &&
    named !== undefined &&
    !role.stop &&
    !genitive.stop &&
    !isDefinite(role) &&
    isDefinite(genitive) &&
    !isGivenName(role.bare) &&
    !COMPOUND.has(fold(role.bare)) &&
    !GIVEN_SECOND.has(fold(genitive.bare)) &&
    isGivenName(named.bare)
  );
}

/** «، الطالبة رُقيّة محمود …»: a definite word, then a bare word that may start a name. */
const titledAfter = (words: readonly Word[], j: number) => {
  const [w, next] = [words[j], words[j + 1]];
  return (
    w !== undefined &&
    !w.stop &&
    next !== undefined &&
    !isDefinite(next) &&
    !isStop(next) &&
    !/[\u064B-\u064D]/u.test(next.text) &&
    titleOf(next.bare) === undefined &&
    !isIn(VERBS_M, next.bare) &&
    !isIn(VERBS_F, next.bare)
  );
};

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
  if (j <= i + 1 || !ends) {
    return undefined;
  }
  // «وأوضح مدير المهرجان، الناقد منير الشابي،»: the office is followed by the name; a word
  // after its comma that no rule reads as a name («مدرّبة الفريق، بيريفان …،») may be one still,
  // and the office then stands for nobody.
  const apposed = apposition(words, i, gender);
  const after = /^\s*[،,]/u.test(words[j - 1]?.after ?? '') ? words[j] : undefined;
  // («قائدة الفريق، الطالبة رُقيّة …،»: a title after the comma starts the name too.)
  const unread =
    after !== undefined &&
    !isStop(after) &&
    !/^و/u.test(after.bare) &&
    (!isDefinite(after) || titleOf(after.bare) !== undefined || titledAfter(words, j));
  if (apposed === undefined && unread) return undefined;
  return apposed ?? { type: 'person', words: words.slice(i, j), gender };
}

// Adjectives that need what follows them: «التابعة (لـ…)»، «المكلفة (بـ…)»، «المسؤولة (عن…)».
const BELONGING_WORDS = set(['تابع', 'تابعة', 'تابعين', 'مكلف', 'مكلفة', 'مسؤول', 'مسؤولة']);
const belonging = (bare: string) => BELONGING_WORDS.has(fold(bare).replace(/^ال/u, ''));

/** «منظمة الصحة العالمية»: a head noun and one to three words with «ال» after it. */
function afterHead(words: readonly Word[], i: number): Found | undefined {
  const w = words[i] as Word;
  const { head, core, article } = headOf(w.bare);
  const quotable = ORG_HEADS.has(head) || QUOTED_HEADS.has(head);
  const quoted = quotable && !article ? quotedAfter(words, i) : [];
  const org = ORG_HEADS.has(head) || quoted.length > 0;
  const city = CITY_HEADS.has(head) || CITY_HEADS.has(`ال${head}`);
  const region = REGION_HEADS.has(head) && !article;
  if ((!org && !city && !region) || (w.stop && quoted.length === 0)) {
    return undefined;
  }
  // «شركة «أورينت بلو» للملاحة»: a «لل» complement after the quoted name is the name's too.
  const of = words[i + quoted.length + 1];
  const ofQuoted = quoted.length > 0 && of !== undefined && /^لل\S{2,}/u.test(of.bare) ? [of] : [];
  const tail =
    quoted.length > 0
      ? [...quoted, ...ofQuoted]
      : article
        ? adjectivalTail(words, i + 1)
        : definiteTail(words, i + 1);
  if (!article && tail.length === 0 && org && NAMED_HEADS.has(head)) {
    tail.push(...foreignName(words, i + 1));
  }
  if (!article && tail.length === 0 && region && !w.stop) {
    tail.push(...regionName(words[i + 1]));
  }
  // «الجامعة العامة للنقل التابعة للاتحاد…»: «التابعة» begins what the body belongs to.
  while (tail.length > 0 && belonging(tail.at(-1)?.bare ?? '')) tail.pop();
  if (tail.length === 0 || (article && !org)) {
    return undefined;
  }
  if (city) {
    return { type: 'place', words: tail.slice(0, 1), city: true };
  }
  // The head without its clitics (but with its «ال») starts the name.
  const kept = (article ? 'ال' : '') + core;
  const headWord = { ...w, start: w.end - kept.length, text: w.text.slice(-kept.length) };
  return { type: org ? 'organisation' : 'place', words: [headWord, ...tail], city: false };
}

/** The head noun a word is: as written («لجنة» is not «ل» + «جنة»), else without its clitics. */
function headOf(bare: string): { head: string; core: string; article: boolean } {
  // «وزارة» as written first; then without «و»/«ف» («ووزارة»).
  const whole = [fold(bare), fold(bare.replace(/^[وف](?=...)/u, ''))].find((h) => HEADS.has(h));
  if (whole !== undefined) {
    return { head: whole, core: bare.slice(bare.length - whole.length), article: false };
  }
  const { core, article } = stem(bare);
  return { head: fold(core), core, article };
}

/**
 * «منظمة الصحة العالمية»: one to three words with «ال» after an indefinite head, and at most one
 * «لل» complement at the end («منظمة الأمم المتحدة للطفولة»).
 */
function definiteTail(words: readonly Word[], from: number): Word[] {
  const tail: Word[] = [];
  for (let j = from; j < words.length && tail.length < 4; j++) {
    const next = words[j] as Word;
    // «جامعة الحسين بن طلال»: a name after «بن» goes on the body's.
    const son = words[j + 1];
    if (tail.length > 0 && LINKS.has(fold(next.bare)) && !tail.at(-1)?.stop && son !== undefined) {
      tail.push(next, son);
      break;
    }
    const of = tail.length > 0 && /^لل/u.test(next.bare);
    const title = tail.length > 0 && titleOf(next.bare) !== undefined;
    // «مركز أبحاث النخيل»، «معهد علوم البحار»: a noun in construct, then its definite genitive.
    const construct =
      tail.length === 0 &&
      !/^ال/u.test(next.bare) &&
      !next.stop &&
      !isStop(next) &&
      titleOf(next.bare) === undefined &&
      // «شركة لتعبئة الزيوت»: a preposition; «جهاز كشفت الإصابة»: a verb.
      !/^[لب]|^كال|[^ا]ت$/u.test(next.bare) &&
      // «مؤسسة كهرباء لبنان»: the genitive may be a country's name.
      (/^ال\S{2,}/u.test(son?.bare ?? '') || regionsIn(son?.text ?? '').length > 0) &&
      !isStop(son!) &&
      titleOf(son!.bare) === undefined;
    if (construct) {
      tail.push(next);
      continue;
    }
    // «مؤسسة كهرباء لبنان»: a country's name ends the construct.
    if (
      tail.length === 1 &&
      !tail[0]?.stop &&
      regionsIn(next.text).length > 0 &&
      !/^ال/u.test(next.bare)
    ) {
      tail.push(next);
      break;
    }
    if (!(/^ال/u.test(next.bare) || of) || isStop(next) || title || (tail.length === 3 && !of)) {
      break;
    }
    if (of) {
      // «منتزه الهدا للحياة الفطرية»: the complement's own adjective goes with it.
      const described = next.stop ? [] : adjectiveAt(words, j + 1);
      tail.push(next, ...described, ...coordinated(words, j + 1 + described.length));
      break;
    }
    // «جامعة الملك سعود»: a body named after a king or a prince takes his name.
    const named = tail.length === 0 && /^ال(?:ملك|امير|شيخ|سلطان)$/u.test(fold(next.bare));
    const after = named && !next.stop ? nameAt(words, j + 1, 2) : [];
    if (after.length > 0) {
      tail.push(next, ...after);
      break;
    }
    tail.push(next);
    if (next.stop) {
      break;
    }
  }
  return tail.length === 0 ? tail : [...tail, ...coordinated(words, from + tail.length)];
}

/**
 * «البنك المركزي المصري», «الجهاز المركزي للتعبئة العامة»: after a head with «ال», adjectives
 * with «ال» (the first one a nisba, in «ي» or «ية»), then at most one «لل» complement.
 */
function adjectivalTail(words: readonly Word[], from: number): Word[] {
  const first = words[from];
  if (first === undefined || isStop(first)) {
    return [];
  }
  // «الهيئة العامة للبيئة»، «المجلس الأعلى للثقافة»: an adjective of rank before its complement.
  const rank =
    RANK.has(fold(first.bare)) && !first.stop && /^لل/u.test(words[from + 1]?.bare ?? '');
  if (!rank && !/^ال.+ي[ةه]?$/u.test(first.bare)) {
    return [];
  }
  const tail = [first];
  let complement = false;
  for (let j = from + 1; j < words.length && tail.length < 5 && !tail.at(-1)?.stop; j++) {
    const next = words[j] as Word;
    // Before a «لل» complement only nisba adjectives («المركزي المصري»), after it any word.
    const adjective =
      /^ال/u.test(next.bare) &&
      !isStop(next) &&
      titleOf(next.bare) === undefined &&
      (complement || /ي[ةه]?$/u.test(next.bare));
    const of: boolean = !complement && /^لل/u.test(next.bare);
    // «الاتحاد الدولي لصون الطبيعة»: a complement in construct, its genitive with «ال».
    const construct: boolean = !complement && !next.stop && indefiniteOf(next, words[j + 1]);
    if (!adjective && !of && !construct) {
      break;
    }
    complement ||= of || construct;
    tail.push(next);
    if (construct) tail.push(words[++j] as Word);
  }
  if (complement) tail.push(...objectOf(words, from + tail.length - 1));
  return [...tail, ...(complement ? coordinated(words, from + tail.length) : [])];
}

/** «لصون الطبيعة»، «لحماية البيئة»: «ل» on a noun in construct, then its definite genitive. */
function indefiniteOf(word: Word, genitive: Word | undefined): boolean {
  return (
    /^ل[^ل\s]\S{2,}$/u.test(word.bare) &&
    genitive !== undefined &&
    /^ال\S{2,}/u.test(genitive.bare) &&
    !isStop(genitive) &&
    titleOf(genitive.bare) === undefined
  );
}

// Verbal nouns that take their object with «ب»: «للنهوض بزرع الأعضاء»، «للعناية بالطفولة».
const WITH_BI = set(['للنهوض', 'للعناية', 'للاهتمام', 'للتعريف', 'للتكفل', 'للارتقاء', 'للتوعية']);

/** «بزرع الأعضاء» after «للنهوض»: the object the complement needs to mean anything. */
function objectOf(words: readonly Word[], at: number): Word[] {
  const [last, object, genitive] = [words[at], words[at + 1], words[at + 2]];
  if (last === undefined || last.stop || !WITH_BI.has(fold(last.bare)) || object === undefined) {
    return [];
  }
  if (!/^ب\S{3,}/u.test(object.bare)) return [];
  const definite = /^بال/u.test(object.bare) || object.stop || genitive === undefined;
  return definite || !/^ال/u.test(genitive.bare) ? [object] : [object, genitive];
}

/**
 * «للتعبئة العامة والإحصاء», «وزارة التربية والتعليم»: one word with «وال» joined to the
 * name, unless it starts another name (a head noun or a country).
 */
function coordinated(words: readonly Word[], at: number, second = false): Word[] {
  const w = words[at];
  const before = words[at - 1];
  if (w === undefined || before?.stop !== false || !/^وال/u.test(w.bare) || isIn(HEADS, w.bare)) {
    return [];
  }
  if (regionsIn(w.text).length > 0) {
    return [];
  }
  // «والخدمات اللوجستية»: the joined word's own adjective goes with it; «وزارة الثقافة والرياضة
  // والشباب»: and a second joined word.
  if (w.stop) return [w];
  const own = [w, ...adjectiveAt(words, at + 1)];
  return second ? own : [...own, ...coordinated(words, at + own.length, true)];
}

/**
 * A nisba adjective with «ال» at `at` («الفطرية»، «اللوجستية»), or a participle with «ال» that
 * closes the name («مركز الجرف للتأهيل والتدخل المبكر»»), as a list of one, or none.
 */
function adjectiveAt(words: readonly Word[], at: number): Word[] {
  const adjective = words[at];
  const nisba =
    adjective !== undefined &&
    (/^ال\S+ي[ةه]?$/u.test(adjective.bare) ||
      (adjective.stop && /^الم\S{3,}(?<!ات|ين|ون)$/u.test(adjective.bare))) &&
    !isStop(adjective) &&
    !isIn(HEADS, adjective.bare);
  return nisba ? [adjective] : [];
}

/**
 * One to three bare words after a named head, taken as a name when none can be an adjective
 * (no «ي», «ية» or «ة» ending) or a particle, and a particle or punctuation follows: «معهد
 * باستور في», «بنك غولدمان ساكس أن».
 */
function foreignName(words: readonly Word[], i: number): Word[] {
  const out: Word[] = [];
  for (let j = i; j < words.length && out.length < 3; j++) {
    const w = words[j] as Word;
    // «أول مستشفى متخصص»: a participle of the fifth or tenth form is an adjective, no name.
    const participle = j === i && /^م[تس]\S{3}$/u.test(fold(w.bare));
    // «في 23 مستشفى حكوميًّا وخاصًّا»: a word with tanween is an adjective or a noun, no name.
    const tanween = /[\u064B-\u064D]/u.test(w.text);
    if (
      isStop(w) ||
      /[يةه]$/u.test(w.bare) ||
      w.bare.length < 3 ||
      isDefinite(w) ||
      participle ||
      tanween
    ) {
      return [];
    }
    out.push(w);
    const next = words[j + 1];
    if (w.stop || next === undefined || isStop(next)) {
      return out;
    }
  }
  return [];
}

/**
 * «محافظة لحج»، «ولاية سمائل»: one word with no «ال» after a region's head is its name, unless it
 * reads as an adjective or a number («محافظة نائية»، «ولاية أخرى»، «ولاية جنوبي») or a verb
 * («محافظة تشهد»، «ولاية شهدت»).
 */
function regionName(w: Word | undefined): Word[] {
  if (
    w === undefined ||
    isStop(w) ||
    isDefinite(w) ||
    titleOf(w.bare) !== undefined ||
    !/^\p{Script=Arabic}{3,}$/u.test(w.bare) ||
    /(?:[ةتيى]|ًا|اً|ا)$/u.test(w.bare) ||
    /^[يت]\S{3,}$/u.test(w.bare)
  ) {
    return [];
  }
  return [w];
}

/** Latin acronyms written in the Arabic text: «WHO», «OPEC». */
function acronyms(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}\p{N}])[A-Z]{2,6}(?![\p{L}\p{N}-])/gu)].map((r) => r[0]);
}

const spanText = (text: string, ws: readonly Word[]) =>
  text.slice(ws[0]?.start ?? 0, ws.at(-1)?.end ?? 0);

/**
 * «جلست سعاد جبار حسين، القادمة من…»: a woman's name of three words, a known given name first,
 * closed by a comma, after a verb in the feminine perfect («جلست»، «وقفت»).
 */
function givenAfterVerb(words: readonly Word[], i: number): Found | undefined {
  const verb = words[i - 1];
  const w = words[i];
  if (verb === undefined || w === undefined || verb.stop || !isGivenName(w.bare)) return undefined;
  if (isDefinite(verb) || !/^[وف]?\S{2,}ت$/u.test(fold(verb.bare))) return undefined;
  const name = nameAt(words, i);
  const last = name.at(-1);
  const closed = last?.stop === true && /^\s*[،,]/u.test(last.after);
  return name.length === 3 && closed && name.every((n) => !isDefinite(n))
    ? { type: 'person', words: name, gender: 'f' }
    : undefined;
}

/** Every name the patterns find in one paragraph, with the name's text as written. */
export function findNames(text: string): (Found & { ar: string })[] {
  const words = wordsOf(text);
  const out: (Found & { ar: string })[] = [];
  let taken = 0;
  for (let i = 0; i < words.length; i++) {
    const found =
      afterTitle(words, i) ??
      afterVerb(words, i) ??
      afterHead(words, i) ??
      beforeTitle(words, i) ??
      linkedName(words, i) ??
      givenAfterVerb(words, i);
    // A name already found is not found again from a second title in front of it.
    if (found !== undefined && (found.words[0]?.start ?? 0) >= taken) {
      taken = found.words.at(-1)?.end ?? taken;
      const span = spanText(text, found.words).replace(/^[وفبلك](?=ال)/u, '');
      // «شركة «لهجة»»: a name in guillemets keeps its closing one.
      const open = span.includes('«') && !span.includes('»') && text[taken] === '»';
      const ar = open ? `${span}»` : span;
      out.push({ ...found, ar });
    }
  }
  return out;
}

/**
 * «كان عبد المنعم حامد النور يظن…» before «وقال عبد المنعم»: a person found by a short form is
 * found whole too where the article writes more of the name (the short form then names them).
 */
function writtenWhole(
  text: string,
  words: readonly Word[],
  found: readonly (Found & { ar: string })[]
): (Found & { ar: string })[] {
  // (The short forms of every paragraph, each looked for whole in this one.)
  const out: (Found & { ar: string })[] = [];
  for (const f of found) {
    if (f.type !== 'person' || f.words.length !== 2 || f.words.at(-1)?.stop) continue;
    for (let i = 0; i < words.length; i++) {
      const same = f.words.every((w, k) => fold(words[i + k]?.bare ?? '') === fold(w.bare));
      const whole = same ? nameAt(words, i, 3) : [];
      const family = whole.at(-1);
      if (whole.length === 4 && family !== undefined && isDefinite(family)) {
        out.push({ ...f, words: whole, ar: spanText(text, whole) });
        break;
      }
    }
  }
  return out;
}

const SCALE_WORDS = set(['مليارات', 'ملايين', 'آلاف', 'دولار', 'دولارات', 'يورو', 'بقيمة', 'نحو']);

// The first words of places' names: «مرسى علم»، «شرم الشيخ»، «رأس الخيمة»، «عين صالح».
const PLACE_WORDS = set([
  'مرسى',
  'شرم',
  'رأس',
  'عين',
  'بئر',
  'جبل',
  'وادي',
  'تل',
  'جزيرة',
  'ميناء',
  // «ساحل بوماهر»: a coast, a shore, a bay or an oasis and its name.
  'ساحل',
  'شاطئ',
  'خليج',
  'واحة',
  'سهل',
  'بحيرة',
  'هضبة',
  // «أرخبيل سقطرى»: an archipelago.
  'أرخبيل',
  // «عمالة الحوز»، «دوار إيمي ن تالا»: Morocco's prefectures, provinces and villages.
  'عمالة',
  'إقليم',
  'دوار',
  'جماعة'
]);

/** A word that can be part of a name met without a title: bare, no particle, title or verb. */
const nameLike = (w: Word) =>
  w.bare.length >= 3 &&
  !isDefinite(w) &&
  !isStop(w) &&
  // «علاقة موسكو», «قوة نووية»: a noun in «ة» or an adjective in «ية» is no name.
  !/(?:ة|ية|ات)$/u.test(w.bare) &&
  // «متبرعين أحياء»: a plural participle in «ين»/«ون» neither.
  !/^م\S{3,}(?:ين|ون)$/u.test(w.bare) &&
  !SCALE_WORDS.has(fold(w.bare)) &&
  !PLACE_WORDS.has(fold(w.bare)) &&
  ![TITLES, HEADS, SPEAKER_NOUNS, VERBS_M, VERBS_F, NOT_A_NAME].some((set) => isIn(set, w.bare));

// Prepositions of place: a name that only ever follows them is a place.
const TO_A_PLACE = new Set(['في', 'الى', 'إلى', 'نحو', 'قرب'].map(fold));

/**
 * Names of two words that the article writes at least twice with no title or verb to point at
 * them («فلاديمير بوتين … فلاديمير بوتين»): two bare words with no punctuation between them,
 * neither a particle, a title, a head noun or a reporting verb. Their type is not known.
 */
export function repeatedNames(paragraphs: readonly string[]): string[] {
  const counts = new Map<string, { ar: string; n: number }>();
  // The word before each use: «عملية زرع كلى» three times is a term of «عملية», not a name.
  const before = new Map<string, Set<string>>();
  for (const p of paragraphs) {
    const words = wordsOf(p);
    for (let i = 0; i + 1 < words.length; i++) {
      const [a, b] = [words[i] as Word, words[i + 1] as Word];
      // «55 ألف برميل يوميا»: words after a number are its unit, not a name.
      // (Digits are no word: the text right before is read too, «3900 كيلومتر مربع».)
      const counted =
        (i > 0 &&
          /^(?:[\d٠-٩]|(?:ألف|آلاف|مليون|ملايين|مليار|مليارات)$)/u.test(
            words[i - 1]?.bare ?? ''
          )) ||
        /[\d٠-٩]\s*$/u.test(p.slice(Math.max(0, a.start - 8), a.start));
      // «تبلغ 600 ميغاواط»، «لمدة 25 عاما»: a number between two words parts them.
      const adjacent = b.start === a.end + a.after.length;
      // «وتشمل نشر» twice: «و» and an imperfect verb open a clause, not a name.
      // «نعرف أين» twice: a word before a question word is no name either.
      const verb =
        /^[وف][تي]\S{3,}$/u.test(fold(a.bare)) ||
        VERBAL_NOUNS.has(fold(a.bare)) ||
        /^(?:اين|متي|كيف|ماذا|لماذا|هل)$/u.test(fold(b.bare));
      // «ل«بوغاز لاينز»»: a name in guillemets is a company's or a work's, no person's.
      const quoted = /«\s*$/u.test(p.slice(Math.max(0, a.start - 2), a.start));
      // «سالم ولد اعلي»: «ولد», «بن» or «بنت» ends no name; the father's name follows.
      // And «بنت» opens no one's name: «بنت جبيل» is a town.
      const link = LINKS.has(fold(b.bare)) || fold(a.bare) === fold('بنت');
      const pair = nameLike(a) && nameLike(b) && !counted && !verb && !quoted && !link;
      if (!a.stop && /^\s+$/u.test(a.after) && adjacent && pair) {
        const ar = `${a.text} ${b.text}`;
        const key = fold(ar);
        counts.set(key, { ar: counts.get(key)?.ar ?? ar, n: (counts.get(key)?.n ?? 0) + 1 });
        const prev = words[i - 1];
        const opener = prev === undefined || prev.stop ? '' : fold(prev.bare);
        before.set(key, (before.get(key) ?? new Set()).add(opener));
      }
    }
  }
  // «روسيا وإيران»: a country is not a person's name; nor «كسلا وأروما», two places joined by
  // «و» whose first the article writes again without the second.
  const text = paragraphs.join('\n');
  const joined = (ar: string) => {
    const [first = '', second = ''] = ar.split(' ');
    return /^و/u.test(second) && text.split(ar).join(' ').split(first).length > 2;
  };
  const term = (ar: string) => {
    const [only, ...others] = before.get(fold(ar)) ?? [];
    return others.length === 0 && only !== undefined && only !== '' && !TITLES.has(only);
  };
  // «جسر باب سعدون» then «حيّ باب سعدون»: the name of a place, whatever else comes before it;
  // «في لوس أنجلوس» then «إلى لوس أنجلوس»: a place, after prepositions of place alone.
  const place = (ar: string) => {
    const openers = [...(before.get(fold(ar)) ?? [])];
    return (
      openers.some((w) => NAMED_AFTER.test(w)) ||
      (openers.length > 0 && openers.every((w) => TO_A_PLACE.has(w)))
    );
  };
  return [...counts.values()]
    .filter(
      (c) =>
        c.n >= 2 &&
        regionsIn(c.ar).length === 0 &&
        !joined(c.ar) &&
        !term(c.ar) &&
        !place(c.ar) &&
        // «بني معوش»: «بني» names a tribe or its land; a man is «بن».
        !/^بن[يو]\s/u.test(c.ar)
    )
    .map((c) => c.ar);
}

function personEntity(ar: string): Entity {
  return { id: '', type: 'person', ar, aliases: { ar: [], en: [] }, nisba: { ar: [], en: [] } };
}

function regionEntity(r: Region): Entity {
  return {
    id: `${RECOGNISED_ID}${r.code}`,
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
      entityMatchers([entity]).some(({ re, kind }) =>
        [...text.matchAll(re)].some(
          (r) =>
            !falseMatch(
              kind,
              r[0],
              text.slice(r.index + r[0].length, r.index + r[0].length + AFTER),
              text.slice(Math.max(0, r.index - AFTER), r.index)
            )
        )
      )
    );
}

/**
 * The people, organisations and places the patterns find, one entity per name (the longest
 * form wins: «سامر خليل» over «خليل»), and the surname alone as an alias when the article uses
 * it on its own later.
 */
function patternEntities(paragraphs: readonly string[]): Entity[] {
  const byName = new Map<string, Entity>();
  const found = paragraphs.map((p) => findNames(p));
  const whole = paragraphs.map((p) => writtenWhole(p, wordsOf(p), found.flat()));
  for (const f of [...found, ...whole].flat()) {
    const key = fold(f.ar);
    const known = byName.get(key);
    byName.set(key, {
      id: `${RECOGNISED_ID}${f.type}-${shortHash(key, 8)}`,
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
  // A country is not a person: «ترى روسيا التركيز…».
  for (const ar of repeatedNames(paragraphs)) {
    const key = fold(ar);
    if (![...byName.keys()].some((k) => k.includes(key))) {
      byName.set(key, { ...personEntity(ar), id: `${RECOGNISED_ID}person-${shortHash(key, 8)}` });
    }
  }
  const all = [...byName.values()].filter(
    (e) => e.type !== 'person' || !placeInName(e.ar, e.role !== undefined)
  );
  const text = paragraphs.join('\n');
  // A shorter form of a longer name is that name: «البنك المركزي» for «البنك المركزي المصري».
  const longer = (e: Entity) =>
    e.type === 'place'
      ? undefined
      : all.find((o) => o !== e && o.type === e.type && longerForm(o.ar, e.ar));
  const kept = all.filter((e) => longer(e) === undefined);
  for (const e of all) {
    const o = longer(e);
    if (o !== undefined && e.type === 'organisation') {
      o.aliases.ar.push(e.ar);
    }
  }
  return kept.map((e) => withSurname(givenName(e, text), text));
}

/**
 * «سلمى بن عاشور» for «بن عاشور» (found after «وقالت»), when the article writes the name whole
 * after a title or a nisba («السبّاحة التونسية سلمى بن عاشور», «رئيس الاتحاد، الهادي بن سالم»):
 * options are full names.
 */
function givenName(e: Entity, text: string): Entity {
  if (e.type !== 'person' || !LINKS.has(fold(e.ar.split(/\s+/u)[0] ?? ''))) return e;
  const name = e.ar.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
  const whole = new RegExp(
    `(?:^|\\s)ال[^\\s،]+(،?)\\s+([^\\s\\d«»()،.:]{2,})\\s+${name}(?!\\p{L})`,
    'u'
  );
  const [, comma, given] = whole.exec(text) ?? [];
  // «رئيس الاتحاد، الهادي بن سالم»: after a comma, a given name may have «ال».
  const definite = /^ال/u.test(given ?? '') && comma !== '،';
  if (given === undefined || definite || /^و/u.test(given) || STOP.has(fold(given))) return e;
  return titleOf(fold(given)) === undefined ? { ...e, ar: `${given} ${e.ar}` } : e;
}

/**
 * A place in a person's name («روسيا التركيز») makes it none, but a nisba as the family name of
 * three words («نبيل طارق المصري»), or of two after a title («الأستاذ خالد المصري»), is a
 * family name.
 */
function placeInName(ar: string, titled = false): boolean {
  const parts = ar.split(/\s+/u);
  const family = parts.length >= (titled ? 2 : 3) && /^ال\S+ي$/u.test(parts.at(-1) ?? '');
  return regionsIn(family ? parts.slice(0, -1).join(' ') : ar).length > 0;
}

const longerForm = (long: string, short: string) =>
  fold(long) !== fold(short) && containsWords(long, short);

/** «خليل» for «سامر خليل» when the article also writes «خليل» alone. */
function withSurname(e: Entity, text: string): Entity {
  const parts = e.ar.split(/\s+/u);
  // «عبد الحميد» for «مريم عبد الحميد», «نصر الله» for «سامي نصر الله»: a compound family name
  // is written whole.
  const compound =
    parts.length >= 3 &&
    (COMPOUND.has(fold(parts.at(-2) ?? '')) ||
      LINKS.has(fold(parts.at(-2) ?? '')) ||
      GIVEN_SECOND.has(fold(parts.at(-1) ?? '')));
  const last = fathersName(parts) ?? (compound ? parts.slice(-2).join(' ') : (parts.at(-1) ?? ''));
  const office = titleOf(parts[0] ?? '') !== undefined;
  if (e.type !== 'person' || office || parts.length < 2 || stripMarks(last).length < 3) {
    return e;
  }
  const without = text.split(e.ar).join(' ');
  return containsWords(without, last) ? { ...e, aliases: { ar: [last], en: [] } } : e;
}

function acronymEntities(text: string): Entity[] {
  return [...new Set(acronyms(text))].map((a) => ({
    id: `${RECOGNISED_ID}acronym-${a}`,
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
/**
 * Whether a name a pattern found can be a person's: two words at least («هالة» cut from «هالة
 * القاضي», «باسم» from «باسم المديرية» are not), no figure («لمدة 25 عاما»), no word that carries
 * a pronoun («أثناء انتظارها»).
 */
function personLike(ar: string): boolean {
  const words = ar.trim().split(/\s+/u);
  return (
    words.length >= 2 &&
    !/[\d٠-٩]/u.test(ar) &&
    !words.some(
      (w) => /^(?:أثناء|خلال|لمدة|عند|بعد|قبل)$/u.test(w) || /\S{3,}(?:ها|هم)$/u.test(w)
    ) &&
    // «مؤتمرا صحفيا»: two words in the accusative are an object, not a name.
    words.filter((w) => /\S{3,}[^اى]اً?$/u.test(w)).length < 2 &&
    // «أن ترى صغيرًا يزحف»: a name does not open on an indefinite accusative.
    !/(?:ًا|اً)$/u.test(words[0] ?? '') &&
    // «داخل الأجل»، «بست سنوات سجناً»: a place word or a count opens no name.
    !/^(?:داخل|خارج|أمام|خلف|فوق|تحت|حول|ضد|عبر|لدى|وسط)$/u.test(words[0] ?? '') &&
    // «سيخضع لفحص»: nor a verb in the future before its preposition.
    !(/^س[يتن]\S{3}$/u.test(words[0] ?? '') && /^[لب]/u.test(words[1] ?? '')) &&
    // «بات يتصدّره برصيد»: nor does a verb of becoming or remaining.
    !/^[وف]?(?:بات|باتت|ظل|ظلت|صار|صارت|أصبح|أصبحت|كان|كانت|عاد|عادت|يزال|تزال)$/u.test(
      words[0] ?? ''
    ) &&
    // «لصون التراث»: a «ل» phrase before its definite genitive is a purpose, not a name
    // («ليلى المحجوبي» is one).
    !words.some(
      (w, i) =>
        /^ل[^ل\s]\S{2,}$/u.test(w) && !L_NAMES.has(fold(w)) && /^ال/u.test(words[i + 1] ?? '')
    ) &&
    !words.some((w) => numberWord(w.replace(/^[وفبل]/u, '')) !== undefined || TIME_UNIT.test(w))
  );
}

// Given names that open on «ل».
const L_NAMES = set([
  ...['ليلى', 'لينا', 'لبنى', 'لمى', 'لمياء', 'لطيفة', 'لطفي', 'لؤي', 'لبيب', 'لقمان'],
  ...['لارا', 'لانا', 'لجين', 'لميس', 'ليث', 'لين', 'لونا', 'لوجين', 'ليان', 'لؤلؤة']
]);

const TIME_UNIT = /^(?:سنوات|سنة|عاما|أعوام|أشهر|شهرا|أسابيع|أيام|يوما|ساعات|دقائق)$/u;

export function recogniseEntities(
  paragraphs: readonly string[],
  known: readonly Entity[]
): Entity[] {
  const text = paragraphs.join('\n');
  const patterns = patternEntities(paragraphs);
  // «الدكتور نبيل طارق المصري» names no Egypt.
  const people = patterns
    .filter((e) => e.type === 'person')
    .flatMap((e) => [e.ar, ...e.aliases.ar])
    .sort((a, b) => b.length - a.length);
  const outside = regionsIn(people.reduce((t, ar) => t.split(ar).join(' '), text));
  const regions = regionsIn(text).filter((r) => outside.some((o) => o.id === r.id));
  const found = [...regions, ...patterns, ...acronymEntities(text)];
  const knownForms = known.flatMap((e) => [e.ar, ...e.aliases.ar, ...e.nisba.ar].map(fold));
  const knownMatchers = entityMatchers(known.filter((e) => e.type !== 'event'));
  const knownSpans = paragraphs.map((p) =>
    findMentions(p, knownMatchers).filter((m) => m.entityId !== undefined)
  );
  return found.filter((e) => {
    const forms = [e.ar, ...e.aliases.ar, ...e.nisba.ar].map(fold);
    if (forms.some((f) => knownForms.includes(f)) || (e.type === 'person' && !personLike(e.ar))) {
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
