import { normalizeAnswer } from '../../src/lib/domain/answers';
import type { Item } from '../../src/lib/domain/bank';
import { CountedNouns, MAX_STATEMENT_WORDS } from '../agreement';
import { BLANK, containsWords, foldPhrase, wordCount } from '../arabic';
import { distractorsFor } from '../distractors';
import type { Entity, Mention } from '../entities';
import { wholeRange } from '../identifiers';
import { benchmarkFigure, dualNoun, numberWord } from '../numbers';
import { clozeItem, mcqItem, statementItems } from '../items';
import { answerOf, isDescription, namedByOffice } from '../kinds';
import {
  arabicPrompt,
  BLANK_SHAPE,
  englishPrompt,
  relatedNames,
  STATEMENT_SHAPE,
  type PromptShape
} from '../prompts';
import { describeQuestion, type Question } from '../question';
import { relational, restoreReferents, type ReferentContext } from '../referents';
import type { Candidate, Rejection } from '../types';
import {
  attributionOnly,
  describesOnly,
  verbless,
  leansOnContext,
  predicateCut,
  reportsThat,
  speakerlessAside,
  verbalNoun,
  verbLike
} from '../fragments';
import {
  cuedBlank,
  englishFragment,
  firstPerson,
  glossesBlank,
  arithmeticGivesNumber,
  halfRange,
  listGivesCount,
  yearWithoutReferent,
  splitsNumber,
  ratioGivesNumber,
  sameAsBefore,
  oneOfUnstated,
  shareOfUnstated,
  bareQuotation,
  ownFamily,
  referentNearBlank
} from '../gate';
import { isOmnipresent, scoreContext, scoreItem, WEIGHTS, type ScoreContext } from '../score';
import { articleSetting, captionCity, datelinePlace, type Setting } from '../setting';
import { chronologyCandidates } from './chronology';
import { quoteCandidates } from './quotes';
import { indexMentions, type GenerateInput, type Located, type MentionIndex } from './mentions';

export type { GenerateInput } from './mentions';

/**
 * Rule-based items from the article: for every mention of an entity, number or date in a
 * sentence (trimmed to the clauses around it when long), a cloze (the blank in place of the
 * mention, clitics kept in front), a multiple choice with wrong options of the same kind, a true
 * statement (the sentence or clause as written) and a false one (the mention swapped for one of
 * its distractors). Every candidate is returned: `capPerSentence` keeps the best few per
 * sentence. Candidates that cannot be made well are returned as rejections with a reason.
 */
export function generateCandidates(
  input: GenerateInput,
  index: MentionIndex
): { candidates: Candidate[]; rejected: Rejection[] } {
  const candidates: Candidate[] = [];
  const rejected: Rejection[] = [];
  const scores = scoreContext(index.located, index.frequency, {
    byId: index.byId,
    title: input.title,
    dateline: input.dateline
  });
  const env: Env = {
    input,
    index,
    nouns: new CountedNouns(input.paragraphs.map((p) => p.ar).join('\n')),
    sentences: index.located.map((l) => normalizeAnswer(l.sentence.text)),
    scores,
    setting: articleSetting(
      scores.omnipresent,
      index.byId,
      index.located,
      captionCity(input),
      datelinePlace(input.dateline),
      input.title
    )
  };
  for (const loc of index.located) {
    for (const mention of loc.mentions) {
      const reject = (type: Item['type'], reason: string) =>
        rejected.push({ paragraph: loc.paragraph, type, answer: answerOf(mention), reason });
      // A range is asked whole, from its first end.
      const m = wholeRange(loc.sentence.text, mention);
      if (m === undefined) {
        reject('cloze', 'the second end of a range (asked whole from its first)');
        continue;
      }
      candidates.push(...mentionCandidates(env, loc, m, reject, m !== mention));
    }
  }
  const restore = (loc: Located, text: string) => {
    const c = { text, blankStart: -1, blankEnd: -1, unresolved: [] };
    const done = restoreReferents(c, referentContext(input, index, loc), '');
    return done.unresolved.length === 0 ? done.text : text;
  };
  for (const kind of [quoteCandidates(input, index, restore), chronologyCandidates(input, index)]) {
    candidates.push(...kind.candidates);
    rejected.push(...kind.rejected);
  }
  return { candidates, rejected };
}

/** {@link indexMentions} then {@link generateCandidates}. */
export function generateItems(input: GenerateInput): {
  candidates: Candidate[];
  rejected: Rejection[];
} {
  return generateCandidates(input, indexMentions(input));
}

/** What every mention's candidates share. */
interface Env {
  input: GenerateInput;
  index: MentionIndex;
  nouns: CountedNouns;
  /** Every sentence of the article, folded: where a false statement's swap is at home. */
  sentences: readonly string[];
  scores: ScoreContext;
  /** The article's country, for a blank's prompt that names no place (`setting.ts`). */
  setting: Setting | undefined;
}

/** The cloze, multiple choice and true/false statements on one mention, each scored. */
function mentionCandidates(
  { input, index, nouns, sentences, scores, setting }: Env,
  loc: Located,
  m: Mention,
  reject: (type: Item['type'], reason: string) => void,
  range = false
): Candidate[] {
  const entity = m.entityId === undefined ? undefined : index.byId.get(m.entityId);
  const text = loc.sentence.text;
  if (
    m.value !== undefined &&
    benchmarkFigure(m.value, text.slice(0, m.start), text.slice(m.end))
  ) {
    reject('truefalse', BENCHMARK_REFUSED);
    return [];
  }
  const related = relatedNames(entity, index.byId);
  const on = (shape: PromptShape) =>
    question(input, index, loc, m, shape.tight ? shape : { ...shape, related }, setting);
  // A blank reads in up to 30 words of context; a statement is one clause of up to 20.
  // «من 250 إلى 400»: two numbers are not one typed answer, nor one option of four.
  const onBlank = (shape: PromptShape) =>
    question(input, index, loc, m, { ...shape, related, situated: true }, setting);
  const blank = range ? RANGE_REFUSED : gateBlank(cutBlank(onBlank), scores, index.byId);
  const statement = withoutBenchmark(gateStatement(standalone(cutStatement(on)), input.title), loc);
  if (typeof blank === 'string') {
    reject('cloze', blank);
  }
  if (typeof statement === 'string') {
    reject('truefalse', statement);
  }
  const q =
    typeof blank !== 'string' ? blank : typeof statement !== 'string' ? statement : undefined;
  if (q === undefined) {
    return [];
  }
  const after = loc.sentence.text.slice(m.end);
  // Not in the sentence, nor in what the prompts show of it once its referents are restored
  // («لجنة من الجامعة والوزارة …» shows «وزارة السياحة والآثار»).
  const shown = [
    q.sentence,
    ...[blank, statement].flatMap((x) => (typeof x === 'string' ? [] : [x.ar.text]))
  ];
  const before = loc.sentence.text.slice(0, m.start);
  const all = distractorsFor(m, loc.mentions, index.pools, q.answerBare, after, before).filter(
    (d) =>
      [d.ar, ...d.forms].every((f) => shown.every((t) => !containsWords(t, f))) &&
      (!input.bilingual || d.en !== undefined)
  );
  const context = {
    bilingual: input.bilingual,
    articleNormalized: index.articleNormalized,
    nouns,
    sentences,
    ...(index.pools.year === undefined ? {} : { year: index.pools.year })
  };
  const scored = (on: Question, made: Candidate[]) =>
    made.map((c) => withScore(c, on, scores, all.length));
  return [
    ...(typeof blank === 'string'
      ? []
      : scored(blank, [
          ...(fullDate(m) ? refuseCloze(reject) : clozeItem(blank, reject)),
          ...mcqItem(blank, all, reject)
        ])),
    ...(typeof statement === 'string'
      ? []
      : scored(
          statement,
          statementItems(statement, all, context, reject).filter(
            (c) =>
              keepStatement(c, statement, scores, index.byId, reject) &&
              !trueLede(c, loc, input, reject)
          )
        ))
  ];
}

/** Why a round benchmark figure is never asked (`numbers.ts`). */
export const BENCHMARK_REFUSED =
  'a round benchmark figure (50 or 100 per cent, a 95 per cent goal): known without the article';

/** A day, month and year: typed, it is marked wrong for «28/3/2024» or a missing year. */
export const fullDate = (m: Mention) =>
  m.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/u.test(m.iso ?? '');

function refuseCloze(reject: (type: Item['type'], reason: string) => void): Candidate[] {
  reject('cloze', 'a full date is asked as multiple choice among dates, never typed');
  return [];
}

const isBenchmark = (text: string, o: Mention) =>
  o.value !== undefined && benchmarkFigure(o.value, text.slice(0, o.start), text.slice(o.end));

/** A statement that shows a benchmark figure turns on it, whatever its answer: refused. */
function withoutBenchmark(q: Question | string, loc: Located): Question | string {
  const text = loc.sentence.text;
  return typeof q !== 'string' &&
    loc.mentions.some(
      (o) => o.start >= q.ar.window.start && o.end <= q.ar.window.end && isBenchmark(text, o)
    )
    ? BENCHMARK_REFUSED
    : q;
}

/** Why a range is never blanked (a statement may still say it). */
export const RANGE_REFUSED = 'a range is not blanked: two numbers are not one answer';

/**
 * The gate of a blank (`gate.ts`): refused when its answer is an actor the whole article is
 * about (or that actor's capital or adjective), when a referent the student cannot resolve opens
 * the prompt or stands next to the blank, when the English is a fragment or glosses the blank,
 * and when a person's country or nationality stands right before the blank.
 */
function gateBlank(
  q: Question | string,
  scores: ScoreContext,
  byId: ReadonlyMap<string, Entity>
): Question | string {
  if (typeof q === 'string') {
    return q;
  }
  if (countryShown(q, byId)) {
    return 'the prompt names the country of the body asked («موسكو … ____ عالقة» → the Russian forces)';
  }
  if (leadingActor(q, scores)) {
    return 'the answer is an actor the whole article is about (or its capital or adjective)';
  }
  if (onlyCountry(q, scores, byId)) {
    return ONLY_COUNTRY;
  }
  const cued = cuedBlank(q.ar.prompt, q.answer, q.entity?.type ?? q.m.kind);
  if (cued !== undefined) {
    return cued;
  }
  if (q.ar.unresolved.length > 0) {
    return unresolvedReason(q);
  }
  if (q.m.kind === 'nisba') {
    return 'a nationality adjective: its noun or the sentence gives it away';
  }
  if (predicateAfter(q)) {
    return PREDICATE_AFTER;
  }
  if (attributionOnly(q.ar.text)) {
    return 'the prompt is only the attribution of a quotation';
  }
  // «قال ____: «تعلّمت هذه الصنعة من والدي…»»: a resident's words, among officials' names.
  if (q.entity?.type === 'person' && /«[^»]*»/u.test(q.ar.prompt) && ownFamily(q.ar.prompt)) {
    return 'a speaker asked by words on their own family: a resident among officials';
  }
  if (speakerlessAside(q.ar.prompt)) {
    return 'the prompt keeps a speaker’s aside («، لافتًا إلى…») but not the speaker';
  }
  if (referentNearBlank(q.ar.prompt)) {
    return 'a referent the student cannot resolve opens the prompt or stands by the blank';
  }
  // «يستعد القائمون عليه لاستقبال…»، «في صيف ____ اشتعلت فيه النيران»: a pronoun in the prompt's
  // first words (on what?).
  if (earlyPronoun(q.ar.prompt)) {
    return 'a pronoun in the prompt’s first five words points back to an earlier sentence';
  }
  if (sameAsBefore(q.ar.prompt)) {
    return SAME_AS_BEFORE;
  }
  if (shareOfUnstated(q.sentence)) {
    return SHARE_OF_UNSTATED;
  }
  if (oneOfUnstated(q.sentence)) {
    return ONE_OF_UNSTATED;
  }
  if (bareQuotation(q.ar.prompt)) {
    return 'a quotation alone: who says it, and of what, the prompt does not tell';
  }
  if (ratioGivesNumber(q.ar.prompt, q.answer)) {
    return 'a ratio in the prompt works the number out from another';
  }
  if (listGivesCount(q.ar.prompt, q.m.value)) {
    return 'the prompt lists the members its number counts';
  }
  if (dualNoun(q.m.core) !== undefined && dualVerbAfter(q.ar.prompt)) {
    return 'a dual verb after the blank gives its dual away («____ من دون هامور «يعنيان…»»)';
  }
  if (arithmeticGivesNumber(q.ar.prompt, q.answer)) {
    return ARITHMETIC;
  }
  if (splitsNumber(q.ar.prompt)) {
    return 'one part of a number written in two («16 ألفًا و____»)';
  }
  if (yearWithoutReferent(q.ar.prompt, q.answer)) {
    return 'the prompt says «that year» but not which year';
  }
  if (halfRange(q.ar.prompt, q.answer, q.sentence)) {
    return 'a change from one value to another, shown without its other end («من ____» but no «إلى»)';
  }
  if (q.promptEnCloze !== undefined && englishFragment(q.promptEnCloze)) {
    return 'the English is a fragment (a relative clause or no verb)';
  }
  if (
    glossesBlank(q.ar.prompt) ||
    (q.promptEnCloze !== undefined && glossesBlank(q.promptEnCloze))
  ) {
    return 'a bracket after the blank glosses it';
  }
  if (compatriotBefore(q)) {
    return 'the person’s country or nationality stands right before the blank';
  }
  if (personLast(q)) {
    return PERSON_LAST;
  }
  return q;
}

const PREDICATE_AFTER = 'the clause is cut before «، قد …», the predicate of its subject';

/** «وكانت الجامعة، التي تأسست عام 1997…، | قد نقلت نشاطها…»: cut before its predicate. */
const predicateAfter = (q: Question) => /^\s*[،,]\s*قد\s/u.test(q.sentence.slice(q.ar.window.end));

// «كلفة تجهيزها»، «عددهم»: a measure or a verbal noun of «فعّل» with its pronoun (folded).
const MEASURED_OF =
  /^[وفبل]?(?:ت\S\Sي\S|زمن|مدت|وقت|مسافت|كلفت|تكلفت|عدد|حجم|نسبت|سعر|قيمت|مساحت|طول|عمر)(?:ها|هم|هما|هن)$/u;

// A word with «ال» (folded), clitics before it allowed: «والمحطة»، «للطلاب».
const DEFINITE = /^(?:[وفبلك]?ال|لل)/u;

/**
 * A preposition with its pronoun in the first five words of a prompt, but for a participle's own
 * («المشتبه فيه»، «المعمول به»: the suspect, the rule in force), or a measure with its pronoun
 * ({@link measuredOfBefore}).
 */
function earlyPronoun(prompt: string): boolean {
  const ws = prompt.split(/\s+/u).slice(0, 5).map(foldPhrase);
  return (
    ws.some(
      (w, i) => PREPOSITION_PRONOUN.test(w) && !/^(?:[وفبل]?ال)?م\S{3,}$/u.test(ws[i - 1] ?? '')
    ) || measuredOfBefore(prompt)
  );
}

/**
 * «بلغت كلفة تجهيزها نحو…»: a measure or a verbal noun with its pronoun among the first three
 * words, no definite word before it that the pronoun could stand for.
 */
function measuredOfBefore(text: string): boolean {
  const ws = text.split(/\s+/u).slice(0, 3).map(foldPhrase);
  return ws.some((w, i) => MEASURED_OF.test(w) && !ws.slice(0, i).some((b) => DEFINITE.test(b)));
}

export const PERSON_LAST =
  'a person blanked last, the sentence cut after the name: what the person said or did is gone';

/**
 * «إذ أبدى ____» of «إذ أبدى حمد بن خلفان الريامي، صاحب استراحة…، قلقه من…»: the prompt ends on
 * a blanked person while the sentence goes on with what the person did.
 */
function personLast(q: Question): boolean {
  return (
    q.entity?.type === 'person' &&
    /____[\s.،,]*$/u.test(q.ar.prompt) &&
    /[\p{L}]/u.test(q.sentence.slice(q.m.end))
  );
}

/**
 * A statement on a sentence of over {@link MAX_WHOLE_STATEMENT_WORDS} words is the clause around
 * the answer cut to that length (attributed), never the sentence copied whole.
 */
function cutStatement(on: (shape: PromptShape) => Question | string): Question | string {
  const first = on(STATEMENT_SHAPE);
  if (
    typeof first === 'string' ||
    !first.ar.whole ||
    wordCount(first.ar.quote) <= MAX_WHOLE_STATEMENT_WORDS
  ) {
    return first;
  }
  return on({ ...STATEMENT_SHAPE, max: MAX_WHOLE_STATEMENT_WORDS });
}

/**
 * The gate of a statement: a true/false statement is a clause cut out of its sentence (a copied
 * sentence is learnt by its swap, not its fact), says nothing in the first person, and has an
 * English that is a sentence.
 */
function gateStatement(q: Question | string, title = ''): Question | string {
  if (typeof q === 'string') {
    return q;
  }
  if (wordCount(q.ar.text) > MAX_STATEMENT_WORDS) {
    return `a statement of over ${MAX_STATEMENT_WORDS} words as shown`;
  }
  if (!q.ar.whole && stackedOpener(q.ar.text)) {
    return 'an opener before the clause («للمرة الأولى،»): attributed, two openers stack';
  }
  if (restatesTitle(q.ar.text, title)) {
    return 'the statement restates the headline: the article’s thesis is guessed true';
  }
  if (q.ar.whole && wordCount(q.ar.quote) > MAX_WHOLE_STATEMENT_WORDS) {
    return `a copied sentence of over ${MAX_WHOLE_STATEMENT_WORDS} words: a statement is a clause cut out of it`;
  }
  if (q.ar.unresolved.length > 0) {
    return unresolvedReason(q);
  }
  const near = relational(q.ar.text);
  if (near.length > 0) {
    return `near what? «${near.join('»، «')}»: a statement cannot be judged on its own`;
  }
  if (insideQuotation(q)) {
    return 'a clause from inside a quotation: its speaker says it, not the article';
  }
  if (quotesWords(q.ar.text)) {
    return 'a statement that quotes someone’s words: true as quoted, it tests no fact';
  }
  if (qualifiedAfter(q)) {
    return 'a clause the sentence goes on to qualify («…، لكنه…»): cut off there, it can read false';
  }
  if (sameAsBefore(q.ar.text)) {
    return SAME_AS_BEFORE;
  }
  if (shareOfUnstated(q.sentence)) {
    return SHARE_OF_UNSTATED;
  }
  if (oneOfUnstated(q.sentence)) {
    return ONE_OF_UNSTATED;
  }
  if (HEDGE.test(q.ar.text)) {
    return 'a hedged claim («لا يعني بالضرورة»، «ربما»، «قد يكون»): guessed true without the article';
  }
  if (firstPerson(q.ar.text)) {
    return 'a statement in the first person (a quotation without its speaker)';
  }
  if (pronounEarly(q.ar.text)) {
    return 'a pronoun the statement does not resolve («فيه»، «منها») in its first words';
  }
  if (phraseOnly(q.ar.text)) {
    return 'a phrase opened by a preposition, with no verb: it states nothing';
  }
  if (q.en !== undefined && englishFragment(q.en.text)) {
    return 'the English is a fragment (a relative clause or no verb)';
  }
  return q;
}

const SHARE_OF_UNSTATED = 'a share («____ منهم») of a total the prompt does not give';
const ONE_OF_UNSTATED = 'one («واحد منهم»، «إحداها») of a group the sentence does not give';
const SETTING_ASKED = 'the country the article is set in: its bodies and places give it away';
const ARITHMETIC = 'the prompt’s other figures work the number out (a percentage change, points)';

const SAME_AS_BEFORE =
  'a «the same …», «بذلك» or «الباقي» («في المنطقة ذاتها») that points to an earlier sentence';

// A claim that hedges: «لا يعني بالضرورة تحسن المداخيل»، «ربما»، «قد يؤدي».
const HEDGE =
  /(?:^|\s)[وف]?(?:بالضرورة|ربما|من\s+المحتمل|من\s+الممكن|يمكن\s+أن|قد\s+ي\S+)(?=[\s،,.]|$)/u;

// «فيه»، «منها»، «عليهم»: a preposition with a pronoun; «وحداته»، «قراراتها»: a plural noun with
// one.
const WITH_PRONOUN = '(?:في|من|عن|علي|الي|ل|ب)(?:ه|ها|هم|هما|هن)';
const PREPOSITION_PRONOUN = new RegExp(`(?:^|\\s)[وف]?${WITH_PRONOUN}(?=[\\s،,.]|$)`, 'u');
const PRONOUN_PREPOSITION = new RegExp(
  `(?:^|\\s)[وف]?(?:${WITH_PRONOUN}|\\S{2,}ات(?:ه|ها|هم))(?=[\\s،,.]|$)`,
  'u'
);

/**
 * «تبلغ نسبة الحديد والنيكل فيه نحو 8 في المئة»، «لن تُسلَّم أولى وحداته»: a preposition or a plural
 * noun with a pronoun in the first eight words of a statement points back to what an earlier
 * sentence names (in what? whose units?); so does a verb's subject with one («تأخر تسليمه»).
 */
function pronounEarly(text: string): boolean {
  const lead = text
    .replace(/^بحسب المقالة،\s*/u, '')
    .split(/\s+/u)
    .slice(0, 8);
  // «تلتها الإثيوبية…»: a first word with an object pronoun (followed whom?).
  return (
    PRONOUN_PREPOSITION.test(foldPhrase(lead.join(' '))) ||
    possessedSubject(lead) ||
    /^[وف]?\S{2,}(?:ها|هم|هما)$/u.test(lead[0] ?? '')
  );
}

/**
 * Whether a clause's verb (after «لم»، «قد»…) has for its subject a noun with a pronoun: «تأخر
 * تسليمه»، «ينطلق تطبيقه» (of what?). Not a verb whose root ends in «ه» («لم يتجه»), nor «وزارة».
 */
function possessedSubject(words: readonly string[]): boolean {
  const at = /^(?:لم|لن|قد|لا|ما)$/u.test(words[0] ?? '') ? 2 : 1;
  const w = words[at] ?? '';
  return (
    /^(?!ال)\S+(?:ه|ها|هم|هما)$/u.test(w) &&
    (verbalNoun(w) || (!/^[يتن]/u.test(w) && w.length >= 5))
  );
}

// «لكن»، «لكنّه»، «غير أن»، «إلا أن»: what follows turns against the clause before it.
const BUT = /^[\s،,]*(?:و?لكن\S*|غير\s+أن\S*|إلا\s+أن\S*|إلّا\s+أن\S*)(?=\s|$)/u;

/**
 * «تقول آنا بورشيفسكايا: "… تضطر موسكو للاتكال على طهران …"»: a clause cut from inside a
 * quotation, given as what the article says, drops who says it.
 */
function insideQuotation(q: Question): boolean {
  const at = q.sentence.indexOf(q.ar.quote);
  return (
    at >= 0 &&
    [...q.sentence.matchAll(/«[^»]+»|"[^"]+"|“[^”]+”/gu)].some(
      (r) => r.index < at && at + q.ar.quote.length < r.index + r[0].length
    )
  );
}

/**
 * «… أن المعجم «ليس إلا تجميعا لما سبق»»: words in guillemets of four words or more (a name in
 * them, «شركة «لهجة»», is shorter) are someone's, true as quoted whatever they claim.
 */
function quotesWords(text: string): boolean {
  return [...text.matchAll(/«([^»]+)»/gu)].some((r) => wordCount(r[1] ?? '') >= 4);
}

/**
 * «لم يتجه بوتين إلى أي مكان…، لكنه قام بزيارته الأولى… إلى طهران»: a clause the sentence goes
 * on to qualify with «لكن» says, cut off, what the article takes back.
 */
function qualifiedAfter(q: Question): boolean {
  const at = q.sentence.indexOf(q.ar.quote);
  return at >= 0 && BUT.test(q.sentence.slice(at + q.ar.quote.length));
}

/**
 * A bare definite the article never names more fully («الدراسة» of no named study, «المشروع»,
 * «الارتفاع» of what?) leaves the student guessing what is meant: the item is not made.
 */
/** «بحسب المقالة، بموجب قرار لجنة تسعير المشتقات النفطية.»: a preposition's phrase and no verb. */
const phraseOnly = (text: string) => {
  const said = text.replace(/^بحسب المقالة،\s*/u, '');
  return (
    /^[وف]?(?:بموجب|بسبب|بفضل|بين|بال\S+|في|من|على|عن|مع|لدى|عند|خلال|بعد|قبل|وفق|حسب)\s/u.test(
      said
    ) &&
    !/[،,]/u.test(said) &&
    verbless(said)
  );
};

const unresolvedReason = (q: Question) =>
  `a bare definite the article does not resolve: «${q.ar.unresolved.join('»، «')}»`;

/** «للمرة الأولى، …»، «في المقابل، …»: a phrase of up to three words opened by a preposition, and a comma. */
export const stackedOpener = (text: string) =>
  /^[وف]?(?:[لبك]\S+|في|من|على|عن|مع|بعد|قبل|منذ|خلال|رغم|وفق|حسب|إلى|كما|أما)(?:\s\S+){0,2}[،,]\s/u.test(
    text.trim()
  );

/** Content words (of three letters or more, folded, clitics off) of a text. */
const contentWords = (text: string) =>
  new Set(
    normalizeAnswer(text)
      .split(' ')
      .map((w) => w.replace(/^(?:[وفبلك]?ال|[وفبلك])(?=\S{3})/u, ''))
      .filter((w) => w.length >= 3)
  );

/**
 * A statement that says what the headline says (two thirds of the headline's content words, at
 * least three): the article's thesis, guessed true by anyone who read the title.
 */
export function restatesTitle(text: string, title: string): boolean {
  const t = contentWords(title);
  if (t.size < 3) {
    return false;
  }
  const s = contentWords(text);
  return [...t].filter((w) => s.has(w)).length * 3 >= t.size * 2;
}

/** A blank prompt longer than this is cut to the answer's clause when that reads on its own. */
export const SHORT_PROMPT_WORDS = 20;
/** The fewest words a clause cut for a blank keeps. */
const MIN_CLAUSE_WORDS = 8;

/**
 * A blank's prompt of over {@link SHORT_PROMPT_WORDS} words whose answer sits in one clause
 * («…، على أن تبدأ المرحلة الثانية…») is cut to that clause, when it has
 * {@link MIN_CLAUSE_WORDS} words and reads on its own; else it is left whole (up to 30 words).
 */
function cutBlank(on: (shape: PromptShape) => Question | string): Question | string {
  const full = on(BLANK_SHAPE);
  if (typeof full === 'string' || wordCount(full.ar.text) <= SHORT_PROMPT_WORDS) {
    return full;
  }
  const clause = on({ ...BLANK_SHAPE, tight: true });
  return typeof clause !== 'string' && wordCount(clause.ar.text) >= MIN_CLAUSE_WORDS
    ? clause
    : full;
}

/** A whole sentence is a statement only when it is this short; a longer one is cut. */
export const MAX_WHOLE_STATEMENT_WORDS = 15;

/** Why a true statement on the article's leading actors alone is refused. */
export const GENERIC_STATEMENT =
  'a true statement on the actors the whole article is about, with no person, body, figure or date';

/**
 * A false statement that swaps an omnipresent actor is refused: the swap is seen at once. A true
 * statement whose only names are such actors («تحمل علاقة موسكو مع طهران تاريخاً طويلاً ومعقّداً»)
 * is a gloss of the whole article, guessed true without reading it.
 */
function keepStatement(
  c: Candidate,
  q: Question,
  scores: ScoreContext,
  byId: ReadonlyMap<string, Entity>,
  reject: (type: Item['type'], reason: string) => void
): boolean {
  if (c.item.type === 'truefalse' && !c.item.answer && onlyCountry(q, scores, byId)) {
    reject('truefalse', ONLY_COUNTRY);
    return false;
  }
  if (c.item.type !== 'truefalse' || !leadingActor(q, scores)) {
    return true;
  }
  if (!c.item.answer) {
    reject('truefalse', 'a false statement that swaps an actor the whole article is about');
    return false;
  }
  if (!q.ar.shown.some((o) => o !== q.m && specific(o, scores))) {
    reject('truefalse', GENERIC_STATEMENT);
    return false;
  }
  return true;
}

const LEDE_MIN_PARAGRAPHS = 3;

/** Why the article's first sentence is not a true statement. */
export const TRUE_LEDE = 'a true statement of the lede: the headline and the photo tell it';

/** A true statement of the article's first sentence, its main news: guessed true (refused). */
function trueLede(
  c: Candidate,
  loc: Located,
  input: GenerateInput,
  reject: (type: Item['type'], reason: string) => void
): boolean {
  // An article of a few paragraphs has a lede; a test's paragraph or two has none.
  const lede =
    input.paragraphs.length >= LEDE_MIN_PARAGRAPHS &&
    loc.paragraph === input.paragraphs[0]?.id &&
    loc.sentence.start === 0;
  if (!lede || c.item.type !== 'truefalse' || !c.item.answer) {
    return false;
  }
  reject('truefalse', TRUE_LEDE);
  return true;
}

/** A person, a body, a figure or a date, or a place the article does not keep naming. */
function specific(o: Mention, scores: ScoreContext): boolean {
  if (o.kind === 'number' || o.kind === 'year' || o.kind === 'date') {
    return true;
  }
  if (o.entityType === 'person' || o.entityType === 'organisation') {
    return true;
  }
  const key = o.entityId ?? '';
  return (
    o.kind === 'entity' &&
    !scores.omnipresent.has(key) &&
    (scores.frequency.get(key) ?? 0) < LEADING_MENTIONS
  );
}

const ONLY_COUNTRY =
  'the one country the article names: a local story is set there, which is guessed';

/**
 * The answer is the one country the article names («من أكبر مصافي ____» in a story from Basra),
 * or the one it names twice or more and twice as often as any other: a local story's
 * country is known from its places and its title, not learnt from it.
 */
function onlyCountry(
  q: Question,
  scores: ScoreContext,
  byId: ReadonlyMap<string, Entity>
): boolean {
  if (q.entity?.type !== 'country') {
    return false;
  }
  const named = [...scores.frequency]
    .filter(([id, n]) => n > 0 && byId.get(id)?.type === 'country')
    .sort((a, b) => b[1] - a[1]);
  const [top, next] = named;
  // «تنتج ____ نحو 1.4 مليون برميل» with «ليبيا» in two paragraphs and «إيطاليا» in one: the
  // story is set in the one country it names twice as often as any other.
  const leads = top !== undefined && top[1] >= 2 && top[1] >= 2 * (next?.[1] ?? 0);
  return (named.length === 1 || leads) && top?.[0] === q.entity.id;
}

/** How often a country, a place or a nationality must be named to lead the article. */
export const LEADING_MENTIONS = 8;

/**
 * The answer is an omnipresent actor (`score.ts`), or a country, place or nationality the article
 * names {@link LEADING_MENTIONS} times or more: «أوكرانيا» in an article on the war is guessed.
 */
function leadingActor(q: Question, scores: ScoreContext): boolean {
  if (isOmnipresent(q, scores)) {
    return true;
  }
  const type = q.m.kind === 'nisba' ? 'nisba' : q.entity?.type;
  const freq = q.m.entityId === undefined ? 0 : (scores.frequency.get(q.m.entityId) ?? 0);
  return (type === 'country' || type === 'place' || type === 'nisba') && freq >= LEADING_MENTIONS;
}

/** A person blank right after their country's name or adjective («الرئيس السوري ____»). */
function compatriotBefore(q: Question): boolean {
  if (q.entity?.type !== 'person') return false;
  const country = q.entity.country;
  // A person of no known country («الجانب الياباني البروفيسور ____»): any nationality right
  // before points to the name of that origin among the options.
  const cues = (o: Mention) =>
    country === undefined ? o.kind === 'nisba' : o.entityId === country;
  return q.ar.shown.some((o) => cues(o) && o.end <= q.m.start && q.m.start - o.end <= 30);
}

/**
 * A body of one country («القوات الروسية») asked in a prompt that names that country, its capital
 * or its adjective: the sentence tells whose body it is, and of the article's bodies only one fits.
 */
function countryShown(q: Question, byId: ReadonlyMap<string, Entity>): boolean {
  const country = q.entity?.type === 'organisation' ? q.entity.country : undefined;
  return (
    country !== undefined &&
    q.ar.shown.some(
      (o) =>
        o.entityId !== q.entity?.id &&
        o.entityId !== undefined &&
        (o.entityId === country || byId.get(o.entityId)?.country === country)
    )
  );
}

/**
 * A statement that leans on an earlier sentence («هذه الادعاءات»، «المعسكر الثاني») cannot be
 * judged true or false on its own: refused (a blank in it is only scored down).
 */
function standalone(statement: Question | string): Question | string {
  if (typeof statement === 'string') return statement;
  if (
    leansOnContext(statement.ar.text) ||
    speakerlessAside(statement.ar.text) ||
    predicateCut(statement.ar.text)
  ) {
    return 'a statement that leans on an earlier sentence';
  }
  // «وبالمقارنة مع العام الماضي، حين قبلت الجامعة 7720 طالبًا»: a clause of time, its main
  // clause left out.
  const parts = statement.ar.text.split(/[،,؛;]\s*/u).map((p) => p.trim());
  const opener = (p: string) =>
    /^(?:بحسب|و?ب\S+|و?في|و?مع|و?على|و?من|و?عن|و?مقارنة)(?:\s|$)/u.test(p);
  if (/^(?:حين|عندما|لما|لمّا)\s/u.test(parts.at(-1) ?? '') && parts.slice(0, -1).every(opener)) {
    return 'a statement that ends on a clause of time, its main clause left out';
  }
  if (beforeApposition(statement)) return CUT_AFTER_NAME;
  if (saysNothing(statement)) return 'a verb of saying and its speaker, with nothing said';
  if (listGoesOn(statement)) {
    return 'a statement cut before the list it states goes on («، ومن رجال ألمع…»)';
  }
  if (complementCut(statement)) {
    return 'a statement cut before the «إلى» its verb goes on with, after an aside';
  }
  if (predicateAfter(statement)) return PREDICATE_AFTER;
  if (frontedCut(statement)) {
    return 'a phrase put before its clause («في معمل تملكه عائلته…،»), the clause cut off';
  }
  // «تستعد التعاونية للمشاركة، من 15 إلى 19 يناير 2026»: a purpose and an aside of time, what it
  // is a part in cut off after them («في معرض…»).
  if (
    !statement.ar.whole &&
    /(?:^|\s)لل\S{3,}$/u.test(parts.at(-2) ?? '') &&
    /^(?:من|في|خلال|بين|منذ|حتى|[\d٠-٩])/u.test(parts.at(-1) ?? '')
  ) {
    return 'a statement cut after a purpose («للمشاركة»), before what it is in';
  }
  // «نواة مغلقة أمام الصيد بمساحة 32 كيلومترًا مربعًا»: an item of a list, opening on an
  // indefinite noun in «ة» (no verb ends so) with no verb after it, says nothing true or false.
  const [head = '', ...rest] = ownWords(statement).split(/\s+/u);
  if (/^(?![وف]?ال)\S+ة$/u.test(head) && verbless(rest.join(' '))) {
    return 'a statement with no verb that opens on an indefinite noun: an item of a list';
  }
  if (afterThatToDo(statement)) {
    return 'a forecast, a wish or a condition («توقع أن تفتح…»، «اشترط أن يُستكمل…») is no fact';
  }
  // «بحسب المقالة، أما المعلمة نورة فهد العجمي، التي رافقت…»: «أما» whose «ف» is cut off.
  const own = ownWords(statement);
  if (/^أمّ?ا\s/u.test(own) && !/[،,]\s*ف\S{2,}/u.test(own)) {
    return 'a statement that opens on «أما», its «ف» clause cut off';
  }
  // «بحسب المقالة، بلغت كلفة تجهيزها نحو 165 ألف دينار»: the equipping of what?
  if (!statement.ar.whole && measuredOfBefore(own)) {
    return 'a statement opening on a measure of something an earlier clause names';
  }
  return statement.ar.whole ? statement : (cutShort(statement, parts) ?? statement);
}

/** A statement's words as the article has them, without «بحسب المقالة، ». */
const ownWords = (statement: Question) => statement.ar.text.replace(/^بحسب المقالة،\s*/u, '');

/**
 * «رحّب رئيس الفيدرالية الوطنية لنقابات صيادلة المغرب.»: a statement whose sentence goes on with
 * the name of its subject in apposition («، عبد الحق الزياني، بالمشروع»): what was said of
 * them comes after.
 */
function beforeApposition(statement: Question): boolean {
  const own = ownWords(statement).replace(/[.؟!]+$/u, '');
  const tail = own.split(/\s+/u).slice(-3).join(' ');
  const at = statement.sentence.indexOf(tail);
  if (at < 0) return false;
  const seg = /^\s*[،,]\s*([^،,.]+)[،,]/u.exec(statement.sentence.slice(at + tail.length))?.[1];
  // «، الدكتورة نورة الكَعبي، إلى أن…»: a title before the name.
  const name = (seg?.trim() ?? '').replace(TITLE_FIRST, '');
  // «عبد الحق الزياني»: a compound given name has «ال» in its second word.
  const shaped = NAME_SHAPE.test(name) || /^(?:عبد|أبو)\s+ال\S+\s+\S+$/u.test(name);
  return seg !== undefined && shaped && (!NOT_NAME.test(name) || /^(?:عبد|أبو)\s/u.test(name));
}

/**
 * «لفت عالم الآثار الإيطالي لوكا فيراري.»: a verb of saying and its speaker, cut before what was
 * said: no «أن» (with its pronoun: «إنه حضر…»), «إلى», colon or quotation, and no figure («تُقدَّر
 * نسبة … بنحو 18 في المئة» is a passive, and says it).
 */
function saysNothing(statement: Question): boolean {
  const own = ownWords(statement);
  const [first = ''] = own.split(/\s+/u);
  return (
    (reportsThat(first.replace(/^[وف](?=\S{3})/u, '')) || SAYING.test(foldPhrase(first))) &&
    !/(?:^|\s)(?:(?:ب?أن|إن)\u0651?(?:ه|ها|هم|هما|هن|نا|ني)?|إلى)(?:\s|$)|[:«\d٠-٩]/u.test(own)
  );
}

/** Whether a dual verb follows the blank within five words («____ من دون هامور «يعنيان…»»). */
function dualVerbAfter(prompt: string): boolean {
  const after = prompt
    .slice(prompt.indexOf(BLANK) + BLANK.length)
    .split(/\s+/u)
    .slice(0, 6);
  return after.some((w) => /^[«"“]?[يت]\S{2,}ان[»"”،,.]*$/u.test(w));
}

/**
 * «شارك … 212 مزارعًا من محافظات جازان | ، ومن رجال ألمع في منطقة عسير»: a statement whose
 * sentence goes on with another member of the same list; cut there, it says only part of it.
 */
const listGoesOn = (statement: Question) =>
  goesOn(statement, /^\s*[،,]?\s*و(?:من|في|إلى|على|عن)\s/u);

/**
 * «يعود ازدهار الخزف في تونس، القرية الصغيرة المطلّة على بحيرة قارون | ، إلى ثمانينيات القرن»: a
 * statement cut before the «إلى» its verb goes on with, after an aside (not «، إلى جانب»، «، إلى
 * أن», which start clauses of their own; nor «، على أرض…», mostly an aside of place).
 */
const complementCut = (statement: Question) =>
  goesOn(statement, /^\s*[،,]\s*إلى\s(?!(?:جانب|أن|أنّ|حين|حد)(?:\s|$))/u);

/**
 * «في معمل تملكه عائلته منذ ثلاثة أجيال في الهدا | ، وقف خالد …»: a phrase on an indefinite noun
 * that a verb describes, put before the clause its comma leads to; cut there, it says nothing.
 */
function frontedCut(statement: Question): boolean {
  const [first = '', noun = '', verb = ''] = ownWords(statement).split(/\s+/u);
  return (
    /^[وف]?(?:في|من|على|عند|داخل|قرب|أمام|خلف)$/u.test(first) &&
    !/^(?:ال|لل)/u.test(noun) &&
    verbLike(verb) &&
    !/[،,]/u.test(ownWords(statement)) &&
    goesOn(statement, COMMA_THEN_MORE)
  );
}

// «…، ثم…»: a comma and more of the sentence after it.
const COMMA_THEN_MORE = /^\s*[،,]\s*\S/u;

/** Whether the statement's sentence goes on, right after the statement's words, as `next` says. */
function goesOn(statement: Question, next: RegExp): boolean {
  const own = ownWords(statement).replace(/[.؟!]+$/u, '');
  const tail = own.split(/\s+/u).slice(-3).join(' ');
  const at = statement.sentence.indexOf(tail);
  return at >= 0 && next.test(statement.sentence.slice(at + tail.length));
}

/**
 * Whether a statement is lifted from after «أن» and an imperfect («توقع … أن تفتح الصفقة الباب»):
 * what someone expects, wants or requires; said as a fact, it is neither true nor false.
 */
function afterThatToDo(statement: Question): boolean {
  const ws = ownWords(statement).split(/\s+/u);
  const at = statement.sentence.indexOf(ws.slice(0, 3).join(' '));
  return (
    at > 0 &&
    /(?:^|\s)[وف]?(?:أن|ان)\s*$/u.test(statement.sentence.slice(0, at)) &&
    /^[يت]\S{2,}/u.test(foldPhrase(ws[0] ?? ''))
  );
}

const CUT_AFTER_NAME = 'a clause cut after a name in apposition, before its predicate';

/**
 * Why a statement cut out of its sentence (in `parts` at its commas) ends before it says
 * anything, or undefined: a subject and its description, a description alone, an aside, a name.
 */
function cutShort(statement: Question, parts: readonly string[]): string | undefined {
  // «تتتبّع الرواية، الصادرة عن دار الموج في 412 صفحة»: a verb, its subject and the subject's
  // description, cut off before the rest of the clause; «السدود المقامة على نهر الفرات، التي
  // خفّضت تدفقه…»: a noun with no verb and its relative clause.
  const own = parts.filter((p) => !/^بحسب المقال/u.test(p));
  const relative = /^(?:التي|الذي|الذين|اللتين|اللذين|اللواتي)\s/u.test(own[1] ?? '');
  const described =
    own.length === 2 &&
    ((wordCount(own[0] ?? '') === 2 && /^(?:ال\S+|التي|الذي)\s/u.test(own[1] ?? '')) ||
      (relative && verbless(own[0] ?? '')));
  // «حقق الوفد الموريتاني، المؤلف من 14 لاعبًا، | أول ميداليتين…»: a verb, a subject and its
  // adjective, and the subject's description, the sentence going on with what was done.
  const [leader = '', ...subject] = (own[0] ?? '').split(/\s+/u);
  const describedThree =
    own.length === 2 &&
    subject.length === 2 &&
    // «حقق»: a perfect of three letters is no verbLike word; any word but a definite or a
    // preposition opens the clause here.
    /^[^\sال]\S{2,}$/u.test(leader) &&
    !/^[وف]?(?:في|من|على|عن|مع|إلى|منذ|بعد|قبل|خلال|بين|حتى|عند)$/u.test(leader) &&
    subject.every((w) => /^ال\S{2,}/u.test(w)) &&
    /^ال\S+\s/u.test(own[1] ?? '') &&
    goesOn(statement, COMMA_THEN_MORE);
  if (described || describedThree) {
    return 'a subject and its description, the rest of the clause cut off';
  }
  // «المسجّل باسم المصرية نادين الشاذلي منذ…»: the description of a noun left out.
  if (describesOnly(own[0] ?? '')) return 'a description cut from the noun it describes';
  if (parts.length < 2) return undefined;
  // «… ياسين الحمروني (19 عامًا)»: an age in brackets after the name changes nothing.
  const last = (parts.at(-1) ?? '')
    .replace(/[.!؟?]+$/u, '')
    .replace(/\s*\([^)]*\)$/u, '')
    .trim();
  // «يلتزم العراق، بصفته طرفًا في اتفاقية رامسار منذ عام 2005.»: cut inside an aside.
  if (ASIDE.test(last)) return 'a clause cut inside an aside («، بصفته…»), before what it says';
  // «أن الاتحاد يدرس، بالتنسيق مع الاتحاد الكويتي…»: an imperfect, then an aside; its object,
  // after the aside, is cut off.
  const verb = foldPhrase((parts.at(-2) ?? '').split(/\s+/u).at(-1) ?? '');
  if (/^[يت]\S{2,}$/u.test(verb) && verbLike(verb) && /^(?:ب\S+|في|مع|على|عبر|وفق)\s/u.test(last)) {
    return 'a clause cut inside an aside after its verb, before the verb’s object';
  }
  if (describesIndefinite(parts.at(-2) ?? '', last)) {
    return 'a clause cut after the description of its indefinite subject, before the rest of it';
  }
  return endsOnName(statement, last) ? CUT_AFTER_NAME : undefined;
}

/**
 * «قطعت عاصفة ثلجية كثيفة، ضربت المرتفعات…»: a verb and its indefinite subject, then a
 * description of that subject opening on a verb of its own; what the first verb did comes after.
 */
function describesIndefinite(before: string, last: string): boolean {
  const ws = before.replace(/^بحسب المقالة\s*/u, '').split(/\s+/u);
  const [verb = '', end = ''] = [foldPhrase(ws[0] ?? ''), foldPhrase(ws.at(-1) ?? '')];
  const opener = last.split(/\s+/u)[0] ?? '';
  return (
    ws.length >= 2 &&
    verbLike(verb) &&
    /^\p{L}+$/u.test(end) &&
    !DEFINITE.test(end) &&
    !/^[وف]/u.test(opener) &&
    verbLike(foldPhrase(opener))
  );
}

/**
 * «أبدى رئيس غرفة تجارة الأردن، نبيل سليم الحياري.», «إذ أبدى حمد بن خلفان الريامي.»: the last
 * part of a cut statement is a name in apposition, or a verb of saying and its speaker, before
 * what the verb says; «… في صفوف النجم، ياسين الحمروني»: a name of two or three words the
 * patterns did not find.
 */
function endsOnName(statement: Question, cut: string): boolean {
  // «…، الدكتورة منى بنت حمد الكندية»: a title before the name.
  const last = cut.replace(TITLED, '');
  const counted = last.split(/\s+/u).some((w) => numberWord(w) !== undefined);
  const linked = /^(?!ال)\S+\s+(?:بن|بنت)\s+\S+(?:\s+\S+)?$/u.test(last);
  if ((NAME_SHAPE.test(last) || linked) && !NOT_NAME.test(last) && !counted) return true;
  const saidBy = (name: string) =>
    last.endsWith(` ${name}`) && SAYING.test(foldPhrase(last.slice(0, -name.length).trim()));
  return statement.ar.shown.some(
    (o) =>
      o.entityType === 'person' &&
      (o.text.trim() === last || saidBy(o.text.trim())) &&
      o.prefix === ''
  );
}

const TITLED =
  /^(?:ال)?(?:دكتور|دكتورة|مهندس|مهندسة|أستاذ|أستاذة|سيد|سيدة|شيخ|طالب|طالبة|معلم|معلمة)\s+/u;

// Two or three words, no figure, «ال» on the last one only: «ياسين الحمروني».
const NAME_SHAPE = /^(?:(?!ال)[^\s\d٠-٩]+\s+){1,2}[^\s\d٠-٩]+$/u;
const TITLE_FIRST =
  /^ال(?:دكتور|دكتورة|مهندس|مهندسة|سيد|سيدة|أستاذ|أستاذة|شيخ|حاج|حاجة|لواء|عميد|عقيد)\s+/u;
const NOT_NAME =
  /^[وف]|[\d٠-٩]|^(?:[وف]?(?:بحسب|وفق|في|على|من|مع|عن|إلى|ضمن|بين|حسب|خلال|منذ|بعد|قبل|عند|لدى|نحو)\s)|(?:^|\s)[وفبلك]?ال\S+\s/u;

const ASIDE = /^(?:بصفته|بصفتها|بوصفه|بوصفها|باعتباره|باعتبارها|كونه|كونها)(?:\s|$)/u;

// The last word before a speaker a statement was cut after: «إذ أبدى …».
const SAYING =
  /(?:^|\s)[وف]?(?:ابدي|ابدت|اعرب|اعربت|عبر|عبرت|اكد|اكدت|قال|قالت|اوضح|اوضحت|اضاف|اضافت|اشار|اشارت|راي|رات|لفت|لفتت|شدد|شددت|نبه|نبهت)$/u;

/** The candidate with its score (`score.ts`) in its provenance. */
function withScore(c: Candidate, q: Question, ctx: ScoreContext, options: number): Candidate {
  const extra: [string, number][] =
    c.item.type === 'mcq' && options >= 5
      ? [['5+ wrong options of its kind', WEIGHTS.options]]
      : [];
  const s = scoreItem(q, c.item.type, ctx, extra);
  return {
    ...c,
    meta: {
      ...c.meta,
      provenance: {
        ...q.provenance,
        score: s.total,
        features: s.features,
        omnipresent: isOmnipresent(q, ctx)
      }
    }
  };
}

/** The question on mention `m` in a prompt of this shape, or why none can be made. */
function question(
  input: GenerateInput,
  index: MentionIndex,
  loc: Located,
  m: Mention,
  shape: PromptShape,
  setting: Setting | undefined
): Question | string {
  const entity = m.entityId === undefined ? undefined : index.byId.get(m.entityId);
  // «… على مستوى البلاد، بحسب وزارة الزراعة» names its country in all but name: never asked.
  if (!shape.tight && entity?.type === 'country' && setting?.ar === entity.ar) {
    return SETTING_ASKED;
  }
  const referents = { ...referentContext(input, index, loc), setting };
  const ar = arabicPrompt(loc, m, entity, shape, referents);
  if (typeof ar === 'string') {
    return ar;
  }
  const en = englishPrompt(index, input.bilingual, loc, m, ar);
  if (typeof en === 'string') {
    return en;
  }
  return describeQuestion(input.slug, input.topicFor(loc.paragraph), index, loc, m, ar, en.en);
}

/** What the article says before the sentence (its title, earlier paragraphs and sentences). */
function referentContext(input: GenerateInput, index: MentionIndex, loc: Located): ReferentContext {
  const k = input.paragraphs.findIndex((p) => p.id === loc.paragraph);
  const earlier = input.paragraphs.slice(0, Math.max(0, k)).map((p) => p.ar);
  const own = input.paragraphs[k]?.ar.slice(0, loc.sentence.start) ?? '';
  // The title last: a headline names things in fewer words than the body.
  const before = [...earlier, own, input.title ?? ''].join('\n');
  // The text right before the sentence: its paragraph's, after the paragraph before.
  const previous = [earlier.at(-1) ?? '', own].join('\n');
  return { before, previous, ...articleReferents(index) };
}

const ARTICLE_REFERENTS = new WeakMap<MentionIndex, Omit<ReferentContext, 'before'>>();

/** The article's bodies, places, people and its one country's adjectives: built once an article. */
function articleReferents(index: MentionIndex): Omit<ReferentContext, 'before'> {
  const known = ARTICLE_REFERENTS.get(index);
  if (known !== undefined) return known;
  const named = new Set(index.located.flatMap((l) => l.mentions.map((m) => m.entityId)));
  const entities = [...index.byId.values()];
  // «السائحة الإسبانية» once is a visitor's country, not the story's: a country counts when the
  // article names it, or gives its adjective in two paragraphs.
  const byName = new Set(
    index.located.flatMap((l) =>
      l.mentions.filter((m) => m.kind === 'entity').map((m) => m.entityId)
    )
  );
  const paragraphsOf = (id: string) =>
    new Set(
      index.located.filter((l) => l.mentions.some((m) => m.entityId === id)).map((l) => l.paragraph)
    ).size;
  const countries = entities.filter(
    (e) => e.type === 'country' && named.has(e.id) && (byName.has(e.id) || paragraphsOf(e.id) >= 2)
  );
  const names = entities
    .filter((e) => e.type === 'organisation' || e.type === 'place')
    .map((e) => e.ar);
  const people = entities
    .filter((e) => e.type === 'person' && !isDescription(e) && !namedByOffice(e))
    .map((e) => ({ ar: e.ar, forms: [e.ar, ...e.aliases.ar], gender: e.gender }));
  const built =
    countries.length === 1 ? { names, people, nisba: countries[0]!.nisba.ar } : { names, people };
  ARTICLE_REFERENTS.set(index, built);
  return built;
}
