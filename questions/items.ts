import { normalizeAnswer } from '../src/lib/domain/answers';
import type { Item, Text } from '../src/lib/domain/bank';
import { shuffled } from '../src/lib/domain/random';
import type { CountedNouns } from './agreement';
import { BLANK, foldPhrase } from './arabic';
import { ARABIC_MONTHS } from './dates';
import { dateValue, MIN_OTHER_NAMES, type Distractor } from './distractors';
import { spacedChoice } from './ladder';
import { namesSpeaker, verbFirst } from './fragments';
import { dualNoun } from './numbers';
import { verbBeforeBlank } from './gate';
import { boundOf } from './identifiers';
import { generatedId } from './ids';
import { centralAndNot } from './kinds';
import { withEn, type Question } from './question';
import type { Candidate } from './types';
import { swappedArabic, swapRefusal } from './swaps';
import { replaceAt, seededRandom } from './util';
import { replyAsSaid } from './setting';

/** A rejected candidate: its type and why. */
export type Reject = (type: Item['type'], reason: string) => void;

/**
 * A name whose spellings are not all known: no Latin form (an article without a gazetteer says
 * how a person or body is written in Arabic only), so a student who types it in English would be
 * marked wrong. It is asked as a multiple choice, never typed.
 */
export function spellingsUnknown(q: Question): boolean {
  return q.named && q.entity !== undefined && q.entity.en === undefined;
}

/** Why a count of 3 to 10 is not typed. */
export const SMALL_COUNT_TYPED =
  'a count of 3 to 10: the plural after it narrows a typed answer to eight values (multiple choice)';

/** «____ مليارات»: a whole number of 3 to 10, which the plural noun after it tells apart. */
const smallCount = (q: Question) =>
  q.m.kind === 'number' &&
  q.m.value !== undefined &&
  Number.isInteger(q.m.value) &&
  q.m.value >= 3 &&
  q.m.value <= 10;

/** Why a count of two in one word is not typed. */
export const DUAL_TYPED = 'a count of two in one word («سنتين»): multiple choice, not typed';

/** Why a year after a word that does not ask for one is not typed. */
export const YEAR_UNCUED =
  'a year after a word that does not ask for one («قبل حلول موسم ____» takes «الحصاد» too): multiple choice';

// The words after which a blank can only be a year: «عام»، «منذ»، «مطلع»، a month's name…
const YEAR_CUE = new RegExp(
  `(?:^|\\s)(?:(?:[وفبل]?(?:ال)?|لل)(?:عام|سنه)|في|منذ|حتي|مطلع|نهايه|اواخر|اوائل|${ARABIC_MONTHS.flat()
    .map(foldPhrase)
    .join('|')})$`,
  'u'
);

/** Whether the word before a year's blank asks for a year («عام ____»، «منذ ____»، «أيار ____»). */
export function yearAsked(prompt: string): boolean {
  const raw = prompt.slice(0, prompt.indexOf(BLANK));
  // «بين 2018 و____»، «2018-____»: the other end of a span of years.
  if (/[0-9٠-٩]{4}\s*(?:و|-|–|إلى|حتى)\s*$/u.test(raw)) return true;
  return YEAR_CUE.test(foldPhrase(raw.replace(/[^\p{L}\p{M}\s]+/gu, ' ')).trim());
}

/** Cloze: the article stays outside the blank in English («the ____ confirmed»). */
export function clozeItem(q: Question, reject: Reject): Candidate[] {
  if (spellingsUnknown(q)) {
    reject('cloze', 'a name with no known Latin spelling: asked as multiple choice, not typed');
    return [];
  }
  if (smallCount(q)) {
    reject('cloze', SMALL_COUNT_TYPED);
    return [];
  }
  if (dualNoun(q.m.core) !== undefined) {
    reject('cloze', DUAL_TYPED);
    return [];
  }
  if (q.kind === 'year' && !yearAsked(q.ar.prompt)) {
    reject('cloze', YEAR_UNCUED);
    return [];
  }
  return [clozeCandidate(q)];
}

function clozeCandidate(q: Question): Candidate {
  return {
    item: {
      ...q.base('cloze'),
      difficulty: q.recall,
      prompt: withEn(q.ar.prompt, q.promptEnCloze),
      type: 'cloze',
      answer: withEn(q.answer, q.answerBare),
      accept: q.accept
    },
    meta: { answerKind: q.kind, provenance: q.provenance }
  };
}

/** Multiple choice: in English the blank takes the article, each option its own. */
export function mcqItem(q: Question, all: readonly Distractor[], reject: Reject): Candidate[] {
  // A name is offered among the article's other names of its kind (a person among its other
  // people of the same gender): two will do, as a name cannot be typed without its spellings.
  const fewest = q.named ? MIN_OTHER_NAMES : 3;
  if (all.length < fewest) {
    reject('mcq', `fewer than ${fewest} wrong options of kind ${q.kind}`);
    return [];
  }
  // «أطلقت ____»: options whose grammatical gender is unknown may not agree with the verb.
  if (/:\?$/u.test(q.kind) && verbBeforeBlank(q.ar.prompt)) {
    reject('mcq', 'a verb before the blank agrees with one gender; the options’ gender is unknown');
    return [];
  }
  // «أكثر من ____ ألف هكتار»: every smaller option is right too; typed, the figure is one answer.
  if (
    q.m.value !== undefined &&
    boundOf(q.sentence, q.m.start + q.m.prefix.length, q.m.end) === 'bound'
  ) {
    reject('mcq', 'a bound («أكثر من ____»): smaller or larger options would be right too');
    return [];
  }
  const mcq = q.base('mcq');
  const iso = q.m.iso ?? q.entity?.date;
  const wrong = spacedChoice(
    q.m.value ?? (iso === undefined ? undefined : dateValue(iso)),
    shuffled(all, seededRandom(`${mcq.id}:options`)),
    (d) => d.value
  );
  if (wrong === undefined) {
    reject('mcq', 'every choice of wrong values gives the answer away by its spacing');
    return [];
  }
  const right: Distractor = {
    ar: q.answer,
    ...(q.answerInText === undefined ? {} : { en: q.answerInText }),
    kind: q.kind,
    forms: []
  };
  const options = shuffled([right, ...wrong], seededRandom(mcq.id));
  const item: Item = {
    ...mcq,
    difficulty: q.choice,
    prompt: withEn(
      q.ar.prompt,
      q.en === undefined || q.slot === undefined
        ? undefined
        : replaceAt(q.en.text, q.slot.from, q.slot.end, BLANK)
    ),
    type: 'mcq',
    options: options.map((o) =>
      withEn(o.ar, o === right || o.en === undefined ? o.en : q.inSlot(o.en))
    ),
    answer: options.indexOf(right)
  };
  const meta = {
    answerKind: q.kind,
    options: options.map((o) => ({ kind: o.kind, forms: o.forms })),
    provenance: q.provenance
  };
  return [{ item, meta }];
}

/**
 * True/false: the sentence (or clause) as written… but not a bare attribution («تقول فلانة من
 * معهد كذا» cut before her quotation), which states nothing; and, when it can be made, a false
 * statement.
 */
export function statementItems(
  q: Question,
  all: readonly Distractor[],
  context: StatementContext,
  reject: Reject
): Candidate[] {
  const attributionOnly = /^\s*:/u.test(q.sentence.slice(q.ar.window.end));
  if (attributionOnly) {
    reject('truefalse', 'the clause is only the attribution of a quotation');
    return [];
  }
  const trueItem: Candidate = {
    item: {
      ...q.base('truefalse'),
      difficulty: q.choice,
      prompt: attributed(q, q.ar.text, q.en?.text),
      explanation: withEn(
        `العبارة صحيحة. جاء في المقال: «${q.ar.quote}»`,
        q.en === undefined ? undefined : `True. The article says: “${q.en.text}”`
      ),
      type: 'truefalse',
      answer: true
    },
    meta: { answerKind: q.kind, provenance: q.provenance }
  };
  const falseItem = falseStatement(q, all, context, reject);
  // «دعا العنزي هواة الصقارة إلى التأكد من الوثائق»: an appeal or a warning is what any official
  // would say, guessed true; only its false form (another speaker, another figure) asks a fact.
  if (APPEAL.test(foldPhrase(q.ar.text))) {
    reject('truefalse', 'a true appeal or warning: guessed true without the article');
    return falseItem === undefined ? [] : [falseItem];
  }
  return falseItem === undefined ? [trueItem] : [trueItem, falseItem];
}

const APPEAL = new RegExp(
  `^[وف]?(?:${['دعا', 'دعت', 'طالب', 'طالبت', 'ناشد', 'ناشدت', 'حث', 'حثت', 'حذر', 'حذرت', 'نصح', 'نصحت', 'أوصى', 'أوصت', 'جدد', 'جددت'].map(foldPhrase).join('|')})(?=\\s)`,
  'u'
);

// English words that start a clause in lower case after «According to the article, ».
const COMMON_START =
  /^(?:The|A|An|In|On|At|For|But|And|It|Its|This|That|These|Those|There|Some|Many|Both|However|With|By|From|As|If|When|While|Since|After|Before|Even|Such|To|Of|Today|Still|Current|Western|Such|Most|One|Two|Several|Over|Under|More|Less|Evidence|Experts?|Officials?|Where|Which|Who)\b/u;

/**
 * A statement cut out of a longer sentence is attributed («بحسب المقالة، …», "According to the
 * article, …") and ends with a full stop: the clause alone no longer carries the sentence's speaker, and the student should
 * judge it against the article, not against what they know.
 */
function attributed(q: Question, text: string, en: string | undefined): Text {
  // «كما جمع المتطوعون…»: the sentence's «also» leans on the one before; alone it is dropped.
  const also = text.replace(ALSO, '').replace(ALSO_INSIDE, '');
  // «ولفت الضاهر إلى أن…»: the «و» that joined the sentence to the one before goes with it.
  const ar = replyAsSaid(also.replace(CONTRAST, '').replace(JOINED_SAYING, ''));
  if (q.ar.whole && ar === also) {
    return withEn(ar, en);
  }
  const bare = en?.replace(/^(?:But|And|So|Yet|Still|Then|However),?\s+/u, '');
  // «قال فلان إن…»، «تعتزم التعاونية، بحسب رئيستها، …»: «بحسب المقالة، » in front would stack
  // two attributions.
  if (namesSpeaker(ar) || /(?:^|[\s،,])بحسب\s/u.test(ar)) {
    const enText = bare && bare.charAt(0).toUpperCase() + bare.slice(1);
    return withEn(sentenceEnd(ar), enText && sentenceEnd(enText));
  }
  const enText =
    bare === undefined
      ? undefined
      : `According to the article, ${COMMON_START.test(bare) ? bare.charAt(0).toLowerCase() + bare.slice(1) : bare}`;
  return withEn(`بحسب المقالة، ${sentenceEnd(verbFirst(ar))}`, enText && sentenceEnd(enText));
}

const JOINED_SAYING =
  /^[وف](?=(?:قال|قالت|أضاف|أضافت|أكد|أكّد|أكدت|أكّدت|أوضح|أوضحت|أشار|أشارت|لفت|لفتت|بيّن|بيّنت|تابع|تابعت)\s)/u;

// «غير أن الجمعية اعترضت…»، «غير أن خوري أكد…»، «لكن 20 متخرجًا ما زالوا…»: "however" turns
// from a sentence the statement does not show (kept before a plural it puts in the accusative).
const CONTRAST = /^(?:غير|إلا)\s+أن\u0651?\s+(?=\S)|^لكن\u0651?\s+(?!ال\S{3,}ين(?:\s|$))(?=\S)/u;

// «كما أن …» is left: what follows «أنّ» is in the accusative.
const ALSO = /^كما\s+(?!أن|هو|هي)(?=\S)/u;
// «تعتزم الوزارة كذلك غراسة…»: an «also» inside the clause, after its verb or subject.
const ALSO_INSIDE = /(?<=\S)\s+(?:كذلك|أيضًا|أيضاً|أيضا)(?=\s|[،,.]|$)/u;

/** A clause cut before a comma ends as a sentence does, with a full stop. */
function sentenceEnd(text: string): string {
  const t = text.replace(/[\s،,؛;:]+$/u, '');
  return /[.!?؟»"”)]$/u.test(t) ? t : `${t}.`;
}

/** What a statement needs of the article. */
export interface StatementContext {
  bilingual: boolean;
  articleNormalized: string;
  nouns: CountedNouns;
  /** Every sentence of the article, folded. */
  sentences: readonly string[];
  /** The dateline's year. */
  year?: number;
}

/** …the mention swapped for a distractor that agrees with the rest of the sentence. */
function falseStatement(
  q: Question,
  all: readonly Distractor[],
  { bilingual, articleNormalized, nouns, sentences, year }: StatementContext,
  reject: Reject
): Candidate | undefined {
  const refusal =
    q.m.merged || all.length === 0
      ? 'nothing to swap the answer for'
      : // «نتائج التوجيهي للعام 2022» in a story of 2025: the year of the news is no fact to learn.
        q.kind === 'year' && q.m.value === year
        ? 'the year of the story itself: a changed one is known to be false'
        : swapRefusal(q);
  if (refusal !== undefined) {
    reject('truefalse', refusal);
    return undefined;
  }
  const tfId = generatedId(q.slug, q.paragraph, 'truefalse', q.answer);
  // «ل» + «الإمارات» is written «للإمارات».
  const inPlace = (d: Distractor) =>
    /ل$/u.test(q.m.prefix) && d.ar.startsWith('ال') ? d.ar.slice(1) : d.ar;
  // «يحتفظ الكيان الموحد باسم «البنك المركزي الأردني»»: a regulator for the bank it regulates
  // is absurd, not a plausible misreading.
  const swaps = all.filter((d) => !centralAndNot({ ar: q.answer }, d));
  const chosen = byAffinity(shuffled(swaps, seededRandom(tfId)), q.ar.text, sentences)
    .map((d) => ({ swap: d, statementAr: swappedArabic(q, d, inPlace(d), nouns) }))
    .find((x) => x.statementAr !== undefined);
  if (chosen?.statementAr === undefined) {
    reject('truefalse', 'no wrong value that reads naturally, agrees and is clearly false');
    return undefined;
  }
  const { swap, statementAr } = chosen;
  const swapEn = swap.en === undefined ? undefined : q.inSlot(swap.en);
  const statementEn =
    q.en === undefined || q.slot === undefined || swapEn === undefined
      ? undefined
      : replaceAt(q.en.text, q.slot.from, q.slot.end, swapEn);
  if (bilingual && statementEn === undefined) {
    reject('truefalse', 'no English for the swapped statement');
    return undefined;
  }
  if (articleNormalized.includes(normalizeAnswer(statementAr))) {
    reject('truefalse', 'the false statement occurs in the article');
    return undefined;
  }
  return {
    item: {
      ...q.base('truefalse'),
      difficulty: q.choice,
      prompt: attributed(q, statementAr, statementEn),
      explanation: falseExplanation(q, swap, swapEn),
      type: 'truefalse',
      answer: false
    },
    meta: { answerKind: q.kind, provenance: q.provenance }
  };
}

/**
 * The wrong values in the order a false statement tries them: first those the article puts in a
 * sentence that shares the most words with the statement (a country said to supply drones where
 * the statement is about drones), so that the swap is a plausible misreading rather than an
 * absurdity («أسقطت فوق الإمارات»); ties keep their seeded order.
 */
export function byAffinity(
  options: readonly Distractor[],
  statement: string,
  sentences: readonly string[]
): Distractor[] {
  const common = commonWords(sentences);
  const words = new Set(contentWords(normalizeAnswer(statement)).filter((w) => !common.has(w)));
  const affinity = (d: Distractor) => {
    const forms = [d.ar, ...d.forms].map((f) => ` ${normalizeAnswer(f)} `);
    const homes = sentences.filter((s) => forms.some((f) => ` ${s} `.includes(f)));
    return Math.max(0, ...homes.map((s) => contentWords(s).filter((w) => words.has(w)).length));
  };
  // A name the article never puts in a like context is an absurd swap; a number or date is not.
  const scored = options
    .map((d) => ({ d, a: affinity(d) }))
    .filter((x) => x.a > 0 || /^(?:number|year|date)/u.test(x.d.kind));
  return scored.sort((x, y) => y.a - x.a).map((x) => x.d);
}

/** Words in a tenth of the sentences or more, and at least three («موسكو»، «العلاقة»): they say nothing of a role. */
function commonWords(sentences: readonly string[]): Set<string> {
  const count = new Map<string, number>();
  for (const s of sentences) {
    for (const w of new Set(contentWords(s))) count.set(w, (count.get(w) ?? 0) + 1);
  }
  const many = Math.max(3, sentences.length / 10);
  return new Set([...count].filter(([, n]) => n >= many).map(([w]) => w));
}

/** Words of four letters or more, without a leading conjunction or preposition. */
function contentWords(folded: string): string[] {
  return folded
    .split(' ')
    .map((w) => w.replace(/^(?:و|ف|ب|ل|ك)(?=\S{4})/u, '').replace(/^ال(?=\S{3})/u, ''))
    .filter((w) => w.length >= 4);
}

function falseExplanation(q: Question, swap: Distractor, swapEn: string | undefined) {
  const plain = (s: string | undefined) =>
    s === undefined ? '' : q.named ? q.articles.inText(s) : s;
  return withEn(
    `العبارة خاطئة: يذكر المقال «${q.answer}» وليس «${swap.ar}». جاء فيه: «${q.ar.quote}»`,
    q.en === undefined || swapEn === undefined
      ? undefined
      : `False: the article says ${plain(q.answerBare)}, not ${plain(swap.en)}. It says: “${q.en.text}”`
  );
}

// «بـ14»، «بـ ____»: the tatweel that joins a one-letter preposition to a number or the blank stays.
const TATWEEL = /\u0640+(?!\s?[\d_])/gu;
const plain = (t: Text): Text => withEn(t.ar.replace(TATWEEL, ''), t.en);

/**
 * A generated item's Arabic without tatweel («محللــين» → «محللين»): the article stretches words
 * for its layout, a question shows them plain. Evidence quotes stay verbatim.
 */
export function withoutTatweel(item: Item): Item {
  const base = { ...item, prompt: plain(item.prompt), explanation: plain(item.explanation) };
  switch (base.type) {
    case 'mcq':
      return { ...base, options: base.options.map(plain) };
    case 'cloze':
    case 'short':
      return { ...base, answer: plain(base.answer) };
    default:
      return base;
  }
}
