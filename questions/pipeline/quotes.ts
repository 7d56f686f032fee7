import { normalizeAnswer, stripMarks } from '../../src/lib/domain/answers';
import type { Item } from '../../src/lib/domain/bank';
import { shuffled } from '../../src/lib/domain/random';
import { containsWords, foldPhrase, wordCount } from '../arabic';
import { SAYING_PARTICIPLES, reportsThat, verbLike } from '../fragments';
import { recognised, type Entity, type Mention } from '../entities';
import { leansOnBefore, ownFamily, shareOfUnstated } from '../gate';
import { generatedId } from '../ids';
import { MAX_STATEMENT_WORDS } from '../agreement';
import { isDescription, namedByOffice } from '../kinds';
import { nameOrigin } from '../origin';
import { relational } from '../referents';
import type { Candidate, Rejection } from '../types';
import { seededRandom } from '../util';
import type { GenerateInput, Located, MentionIndex } from './mentions';

/**
 * "Who said this?": a quotation of the article («…», "…" or “…”) and the person the sentence
 * gives as its speaker, with other people of the article as the wrong options (of the same
 * gender where it is known, none named in the same sentence). Refused with fewer than two other
 * people to offer, and on a bilingual article (the English of the quotation is not aligned).
 */
export function quoteCandidates(
  input: GenerateInput,
  index: MentionIndex,
  restore: (loc: Located, text: string) => string = (_, text) => text
): { candidates: Candidate[]; rejected: Rejection[] } {
  const candidates: Candidate[] = [];
  const rejected: Rejection[] = [];
  index.located.forEach((loc, k) => {
    const previous = index.located[k - 1];
    const reported = reportedSpeech(loc, index.byId) ?? continuedReport(loc, previous, index.byId);
    if (reported !== undefined) {
      // «… إن البنك سيواصل …»: which bank? The one the article named before.
      const said = reported.quote.text;
      const prompt = reported.prompt.replace(said, restore(loc, said));
      const made = whoSaid(input, index, loc, reported.quote, reported.speaker, prompt);
      if (typeof made === 'string') {
        const pair = saidByStatements(input, index, loc, reported.quote, reported.speaker);
        if (pair.length > 0) candidates.push(...pair);
        else {
          rejected.push({
            paragraph: loc.paragraph,
            type: 'mcq',
            answer: reported.speaker.ar,
            reason: made
          });
        }
      } else {
        candidates.push(made);
      }
    }
    for (const quote of quotations(loc.sentence.text)) {
      const speaker =
        speakerOf(loc, quote, index.byId) ??
        (previous?.paragraph === loc.paragraph
          ? continuedSpeaker(loc.sentence.text, previous, index.byId)
          : undefined);
      if (speaker === undefined) {
        continue;
      }
      const lead = leadIn(loc.sentence.text, quote);
      if (lead === undefined && goesOnFrom(loc.sentence.text, quote)) {
        rejected.push({
          paragraph: loc.paragraph,
          type: 'mcq',
          answer: speaker.ar,
          reason: QUOTE_GOES_ON
        });
        continue;
      }
      const made =
        lead === undefined || containsWords(lead, speaker.ar)
          ? whoSaid(input, index, loc, quote, speaker)
          : whoSaid(
              input,
              index,
              loc,
              quote,
              speaker,
              `من قال في المقال إن ${lead} «${quote.text}»؟`
            );
      // Words said after a colon («قالت: «…»»), not a phrase quoted inside reported speech.
      const introduced = /:\s*[«"“]$/u.test(loc.sentence.text.slice(0, quote.start));
      const pair =
        typeof made === 'string' && lead === undefined && introduced
          ? saidByStatements(input, index, loc, quote, speaker, true)
          : [];
      if (pair.length > 0) candidates.push(...pair);
      else if (typeof made === 'string') {
        rejected.push({ paragraph: loc.paragraph, type: 'mcq', answer: speaker.ar, reason: made });
      } else {
        candidates.push(made);
      }
    }
  });
  return { candidates, rejected };
}

/** A quotation in a sentence: the span of its words inside the marks. */
export interface Quotation {
  start: number;
  end: number;
  text: string;
}

const MIN_WORDS = 4;
const MAX_WORDS = 30;

/**
 * «وأوضحت دوبوا أن اختيار الفائزين «لم يكن سهلًا…»»: a quotation that goes on from the words
 * after «أن/إن» is asked with them, its subject («اختيار الفائزين»); undefined when it stands alone.
 */
export function leadIn(sentence: string, quote: Quotation): string | undefined {
  const before = sentence.slice(0, quote.start).replace(/[«"“]\s*$/u, '');
  const r = /(?:^|\s)(?:إن|أن|إنّ|أنّ)\s+([^\s،,.:«»"“”]+(?:\s+[^\s،,.:«»"“”]+){0,3})\s*$/u.exec(
    before
  );
  // «يأمل أن تكون لاعبات اليوم «…»»: «أنْ» and a verb, not what was said.
  const verb =
    before
      .slice(0, r?.index ?? 0)
      .trim()
      .split(/\s+/u)
      .at(-1) ?? '';
  return r === null || WISH.test(stripMarks(verb)) ? undefined : r[1];
}

/** Verbs of hoping, wanting and trying, which take «أنْ» and a verb in the subjunctive. */
const WISH =
  /^[وف]?(?:[يتنأ](?:أمل|رجو|تمنى|ريد|حاول|سعى|ستطيع|توقع)(?:ون|ان)?|آمل|يجب|ينبغي|يمكن|قرر|قررت|عسى)$/u;

export const QUOTE_GOES_ON =
  'a quotation that goes on from more words after «إن» than the question can show';

/**
 * «إن لائحة ثانية تشمل أدوية الأمراض النفسية والتنفسية «قيد الدراسة، وستصدر…»»: the quotation is
 * the predicate of words after «إن/أن», too many for {@link leadIn}; alone it says nothing whole.
 */
export function goesOnFrom(sentence: string, quote: Quotation): boolean {
  const before = sentence.slice(0, quote.start).replace(/[«"“]\s*$/u, '');
  if (/(?:^|\s)(?:إن|أن|إنّ|أنّ)\s+[^:«»"“”.،,]+$/u.test(before)) return true;
  // «أن مشروع الناقل الوطني…، الذي…، «يمضي وفق الجدول الزمني»»: a verb whose subject is the
  // noun after «أن», asides between.
  const first = foldPhrase(quote.text.split(/\s+/u)[0] ?? '');
  const that = /(?:^|\s)(?:إن|أن|إنّ|أنّ)\s+[^:«»"“”.]+$/u.test(
    before.replace(/(?<=\d)\.(?=\d)/gu, ',')
  );
  return that && /^[يت]\S{2,}$/u.test(first) && verbLike(first);
}

// Works, bodies and prizes named in guillemets, with a pronoun or an adjective after the noun.
const TITLE_NOUN =
  /(?:^|\s)[وفبلك]?(?:ال)?(?:رواي(?:ة|ت)|كتاب|فيلم|مسرحي(?:ة|ت)|ديوان|مجموع(?:ة|ت)|برنامج|مسلسل|أغني(?:ة|ت)|ألبوم|معرض|مشروع|مبادر(?:ة|ت)|حمل(?:ة|ت)|تطبيق|شرك(?:ة|ت)|صحيف(?:ة|ت)|مجل(?:ة|ت)|قنا(?:ة|ت)|جائز(?:ة|ت)|دار|منص(?:ة|ت))\p{L}*(?:\s+\p{L}+ي[ةه]?|\s+ال\p{L}+)?\s*$/u;

// «تبرعات قدمتها «مؤسسة العين للرعاية الاجتماعية»»: a body's name in guillemets, no words said.
const BODY_NAME =
  /^(?:ال)?(?:مؤسس[ةه]|شرك[ةه]|جمعي[ةه]|منظم[ةه]|وكال[ةه]|مركز|هيئ[ةه]|اتحاد|نادي|مصرف|بنك|مستشفى|جامع[ةه]|صندوق|مبادر[ةه]|حمل[ةه])\s+(?:\S+\s+){0,4}\S+$/u;

/** The quotations of a sentence, of four to thirty words. */
export function quotations(sentence: string): Quotation[] {
  const out: Quotation[] = [];
  for (const r of sentence.matchAll(/«([^»]+)»|"([^"]+)"|“([^”]+)”/gu)) {
    const text = (r[1] ?? r[2] ?? r[3] ?? '').trim();
    const n = wordCount(text);
    // «روايتها «بيت على حافة الوادي»»، «مجموعته الأولى «رملٌ على كتف النيل»»: a title in
    // guillemets, not something said.
    const titled = TITLE_NOUN.test(sentence.slice(0, r.index)) || BODY_NAME.test(text);
    if (n >= MIN_WORDS && n <= MAX_WORDS && !titled) {
      const start = r.index + r[0].indexOf(text);
      out.push({ start, end: start + text.length, text });
    }
  }
  return out;
}

/**
 * The speaker: the person named closest before the quotation in the same sentence («ويقول
 * المهندس سامر خليل: "…"», not one named in what they said: {@link reporter}), else the first one
 * after it («"…"، قال فلان»).
 */
function speakerOf(
  loc: Located,
  quote: Quotation,
  byId: ReadonlyMap<string, Entity>
): Entity | undefined {
  const people = loc.mentions.filter((m) => {
    const e = m.entityId === undefined ? undefined : byId.get(m.entityId);
    return m.kind === 'entity' && e?.type === 'person' && !isDescription(e);
  });
  const outside = (m: Mention) => m.end <= quote.start - 1 || m.start >= quote.end + 1;
  const before = reporter(
    loc.sentence.text,
    people.filter((m) => m.end <= quote.start && outside(m))
  );
  const after = people.find((m) => m.start >= quote.end && outside(m));
  if (before !== undefined && otherSubject(loc.sentence.text.slice(before.end, quote.start))) {
    return undefined;
  }
  const m = before ?? after;
  return m?.entityId === undefined ? undefined : byId.get(m.entityId);
}

/**
 * Of the people named before a quotation, the one who speaks: the last, unless it stands in what an
 * earlier one said («وقال المدرب كوفالسكي إن إصابة الشابي «…»، مضيفًا: «…»»: not الشابي).
 */
function reporter(sentence: string, before: readonly Mention[]): Mention | undefined {
  const last = before.at(-1);
  const earlier = before.findLast(
    (m) =>
      last !== undefined &&
      m.end <= last.start &&
      /(?:^|\s)(?:إن|أن|إنّ|أنّ|بأن)\s/u.test(sentence.slice(m.end, last.start))
  );
  return earlier ?? last;
}

/**
 * «استدعت الخطيب…، واعتبر عدد من أعضائها أن الجامعات «…»»: between the person and the
 * quotation a clause opens on a verb with a subject of its own, whose words the quotation are.
 */
function otherSubject(between: string): boolean {
  const r = /[،,]\s*و(\S{3,})\s+(\S+)/u.exec(between);
  const verb = foldPhrase(r?.[1] ?? '');
  return (
    r !== null &&
    (verbLike(verb) || reportsThat(verb)) &&
    !/^(?:أن|إن|أنّ|إنّ|بأن)$|^[:«"“]/u.test(r[2] ?? '')
  );
}

// A reporting verb with no subject, right before the quotation: «وأضافت: «…»»، «وتضيف: "…"».
const GOES_ON =
  /^[وف]?(?:أضاف|اضاف|تابع|أكد|أكّد|قال|يضيف|يتابع|يقول|تضيف|تتابع|تقول)(ت?)\s*[:«"“]/u;

/**
 * The speaker of a quotation whose sentence only goes on («وأضافت: «…»»): the last person named
 * in the sentence before, when the verb agrees with them in gender; undefined otherwise.
 */
export function continuedSpeaker(
  sentence: string,
  previous: Located,
  byId: ReadonlyMap<string, Entity>
): Entity | undefined {
  const r = GOES_ON.exec(sentence.trim());
  return r === null ? undefined : lastPerson(previous, byId, feminineVerb(sentence, r[1]));
}

/** Whether a reporting verb at the start of a sentence is feminine («أضافت»، «وتقول»). */
const feminineVerb = (sentence: string, suffix: string | undefined) =>
  suffix === 'ت' || /^[وف]?ت/u.test(sentence.trim());

/** The last person named in `previous`, when a verb of that gender agrees with them. */
function lastPerson(
  previous: Located,
  byId: ReadonlyMap<string, Entity>,
  feminine: boolean
): Entity | undefined {
  const person = previous.mentions
    .map((m) => (m.entityId === undefined ? undefined : byId.get(m.entityId)))
    .filter((e): e is Entity => e?.type === 'person' && !isDescription(e))
    .at(-1);
  if (
    person === undefined ||
    (person.gender !== undefined && (person.gender === 'f') !== feminine)
  ) {
    return undefined;
  }
  return person;
}

const REPORTING =
  /(?:^|\s)[وف]?(?:قال|قالت|يقول|تقول|أكد|أكّد|أكدت|أكّدت|أضاف|أضافت|يرى|ترى|أوضح|أوضحت|حذر|حذّر|حذرت|حذّرت|يؤكد|تؤكد)(?=\s)/u;
// A person named by their office alone («وزير المياه»): no name to learn (an option still).
const OFFICE_ONLY = /^(?:وزير|وزيرة|رئيس|رئيسة|مدير|مديرة|ممثل|ممثلة|محافظ|سفير|المتحدث|الناطق)\s/u;

/**
 * Reported speech, «وتقول الباحثة ليلى منصور إن مراقبة الشعاب يجب أن تستمر…»: the person named
 * after a reporting verb (within eight words), and what follows «إن/أن» to the end of the
 * sentence (four to twenty-five words, no quotation), asked as «من قال في المقال إن …؟».
 */
export function reportedSpeech(
  loc: Located,
  byId: ReadonlyMap<string, Entity>
): { speaker: Entity; quote: Quotation; prompt: string } | undefined {
  const text = loc.sentence.text;
  if (/[«"“]/u.test(text)) {
    return undefined;
  }
  for (const m of loc.mentions) {
    const e = m.entityId === undefined ? undefined : byId.get(m.entityId);
    if (e?.type !== 'person' || isDescription(e) || OFFICE_ONLY.test(e.ar)) continue;
    const before = text.slice(0, m.start).split(/\s+/u).slice(-8).join(' ');
    const r = /^(\S*(?:\s+\S+){0,5}?\s*)[،,]?\s*(إن|أن)\s+(.+?)[.؟!]?$/u.exec(text.slice(m.end));
    if (!REPORTING.test(` ${before}`) || r === null) continue;
    const said = firstClaim((r[3] ?? '').trim());
    const n = wordCount(said);
    if (n < MIN_WORDS || n > 25 || containsWords(said, e.ar)) continue;
    const start = text.lastIndexOf(said);
    return {
      speaker: e,
      quote: { start, end: start + said.length, text: said },
      // «قال» takes «إنّ», whatever verb the article used («أوضح أن»).
      prompt: saidThat(said)
    };
  }
  return undefined;
}

/**
 * «من قال في المقال إن …؟»: after «قال» every claim takes «إنّ», a second one too («… وإن
 * الإصلاح …», where the article's «أضاف أن … وأن …» had «أنّ»).
 */
const saidThat = (said: string) =>
  `من قال في المقال إن ${said.replace(/(?<=\s)وأن(?=\s)/gu, 'وإن')}؟`;

// «…، مشيرة إلى أن …»، «…، وأن …»: where reported speech goes on to a second claim.
const NEXT_CLAIM =
  /[،,]\s*(?:مشير|مضيف|موضح|لافت|مؤكد|معتبر|منوه)(?:ا|ًا|اً|ة)?\s+(?:إلى\s+)?(?:أن|إن)\s|[،,]\s*و(?:أن|إن)\s/u;

/** What was said up to a second claim, when it is long enough to stand alone. */
function firstClaim(said: string): string {
  const at = NEXT_CLAIM.exec(said)?.index;
  const first = at === undefined ? said : said.slice(0, at).trim();
  return wordCount(first) >= MIN_WORDS ? first : said;
}

// Reported speech going on with no subject: «وأضاف أن البلدية تخطط لتوسيع الحديقة…».
const GOES_ON_THAT =
  /^[وف]?(?:أضاف|اضاف|تابع|أكد|أكّد|أوضح|يضيف|يتابع|تضيف|تتابع)(ت?)\s+(?:أن|إن|أنّ|إنّ)\s+(.+?)[.؟!]?$/u;
// A closing «من دون أن يحدد…» speaks of the speaker: its verb's gender would give them away.
const ABOUT_SPEAKER = /[،,]\s*(?:من\s+)?دون\s+أن\s.*$/u;

/**
 * Reported speech that goes on from the sentence before, even across a paragraph («وقال رئيس
 * البلدية سامر الخطيب إن …» then «وأضاف أن …»): its speaker is the last person that sentence
 * names after a reporting verb, of the verb's gender; asked as «من قال في المقال إن …؟».
 */
export function continuedReport(
  loc: Located,
  previous: Located | undefined,
  byId: ReadonlyMap<string, Entity>
): { speaker: Entity; quote: Quotation; prompt: string } | undefined {
  const text = loc.sentence.text;
  const r = GOES_ON_THAT.exec(text.trim());
  if (r === null || previous === undefined || /[«"“]/u.test(text)) return undefined;
  if (!REPORTING.test(` ${previous.sentence.text}`)) return undefined;
  const speaker = lastPerson(previous, byId, feminineVerb(text, r[1]));
  const said = (r[2] ?? '').replace(ABOUT_SPEAKER, '').trim();
  const n = wordCount(said);
  if (speaker === undefined || OFFICE_ONLY.test(speaker.ar) || n < MIN_WORDS || n > 25) {
    return undefined;
  }
  const start = text.indexOf(said);
  return {
    speaker,
    quote: { start, end: start + said.length, text: said },
    prompt: saidThat(said)
  };
}

// Words by which a speaker tells their gender: «زوجي» (my husband), «إنني متأكدة»، «وأنا مترددة»،
// «أريد أن أصبح طبيبة», and in reported speech «منزلها»، «أطفاله».
const HOME = String.raw`(?:منزل|بيت|أطفال|أبناء|أولاد|عائلت|أسرت)`;
// «إن ابنها «صار يعود…»»: a relative named in the reported words, outside the quotation (inside
// it, «برغبة ابنها» may be anyone's son).
const kinOf = (spouse: string, pronoun: string) =>
  new RegExp(
    String.raw`(?:^|\s)[وفبل]?(?:ابن|ابنت|حفيد|حفيدت|والد|والدت|${spouse})${pronoun}(?![\p{L}])`,
    'u'
  );
const KIN_F = kinOf('زوج', 'ها');
const KIN_M = kinOf('زوجت', 'ه');
// «…، داعيةً الحكومة إلى…»: the speaker's own participle of saying, in her or his gender.
// («، مقدّرًا عدد المستفيدين…»: an estimate is said too.)
const SAYING = String.raw`(?:${SAYING_PARTICIPLES}|داعي|محذر|مطالب|منتقد|مقد\u0651?ر)`;
const WOMAN_SPEAKS = new RegExp(
  String.raw`(?:^|\s)(?:${SAYING}ة)\u064B?(?![\p{L}])|(?:^|\s)[وفبل]?(?:زوجي|زوجها|${HOME}ها)(?![\p{L}])|(?:^|\s)[وف]?(?:أنا|إنني|أنني|لأنني|كنت|أن أصبح|أن أكون|أن أصير)\s+\S{2,}ة(?![\p{L}])`,
  'u'
);
// «خرجت من القاعة مرتاحًا»: a verb of going or being, then how the speaker was, in the masculine.
const MAN_SPEAKS = new RegExp(
  String.raw`(?:^|\s)(?:${SAYING})(?:\u064Bا|ا\u064B)(?![\p{L}])|(?:^|\s)[وفبل]?(?:زوجتي|زوجته|${HOME}ه)(?![\p{L}])|(?:^|\s)[وف]?(?:خرجت|كنت|عدت|بقيت|ظللت|أصبحت|صرت|رجعت|وصلت|جلست|وقفت)\s+(?:\S+\s+){0,3}?م\S{3,}(?:ًا|اً)(?![\p{L}])`,
  'u'
);

/** Whether a quotation tells its speaker's gender, `gender` («زوجي» for a woman). */
export const tellsGender = (said: string, gender: 'm' | 'f' | undefined): boolean =>
  gender !== undefined &&
  ((gender === 'f' ? WOMAN_SPEAKS : MAN_SPEAKS).test(said) ||
    (gender === 'f' ? KIN_F : KIN_M).test(said.replace(/«[^«»]*»/gu, ' ')));

/**
 * Other people of the article who could have said it, not in the sentence: of the same gender
 * where known, then — «من قال» agrees with either, and a quotation rarely says who speaks — the
 * others, when the same gender gives fewer than two; never the others when the quotation tells the
 * speaker's gender («انهار الحائط الذي بناه زوجي»، or «إن ابنها «…»» around it).
 */
export function otherPeople(
  index: MentionIndex,
  loc: Located,
  speaker: Entity,
  said = ''
): Entity[] {
  const named = new Set(loc.mentions.map((m) => m.entityId));
  const everyone = index.pools.entities.filter(
    (e) =>
      e.type === 'person' &&
      e.id !== speaker.id &&
      !named.has(e.id) &&
      !isDescription(e) &&
      (index.pools.occurs === undefined ||
        [e.ar, ...e.aliases.ar].some((f) => index.pools.occurs?.(f))) &&
      ![e.ar, ...e.aliases.ar].some((f) => containsWords(loc.sentence.text, f))
  );
  // «رئيس اللجنة المنظمة» is an office among names: offered only when names are too few.
  const names = everyone.filter((e) => !namedByOffice(e));
  const all = names.length >= 2 ? names : everyone;
  const same = (e: Entity) =>
    speaker.gender === undefined || e.gender === undefined || e.gender === speaker.gender;
  const alike = all.filter(same);
  // A person the patterns found («r-person-…»): all others, ordered by {@link wrongPeople}; none
  // when no name shares the speaker's origin ({@link nameOrigin}), which would then stand out.
  const told = tellsGender(said, speaker.gender);
  if (recognised(speaker)) {
    const pool = told ? alike : all;
    return pool.some((e) => nameOrigin(e.ar) === nameOrigin(speaker.ar)) ? pool : [];
  }
  return alike.length >= 2 || told ? alike : [...alike, ...all.filter((e) => !same(e))];
}

/**
 * Three wrong options. For a person the patterns found, names of the speaker's origin first, of
 * the speaker's gender first among them, so that the speaker's name shares its origin with two
 * others when the article has them; the gazetteer's people at random.
 */
function wrongPeople(speaker: Entity, others: readonly Entity[], seed: string): Entity[] {
  const random = seededRandom(seed);
  if (!recognised(speaker)) return shuffled(others, random).slice(0, 3);
  const rank = (e: Entity) =>
    (nameOrigin(e.ar) === nameOrigin(speaker.ar) ? 0 : 2) +
    (speaker.gender === undefined || e.gender === undefined || e.gender === speaker.gender ? 0 : 1);
  return shuffled(others, random)
    .map((e, i) => ({ e, key: rank(e) * 1000 + i }))
    .sort((a, b) => a.key - b.key)
    .slice(0, 3)
    .map((x) => x.e);
}

// A role that speaks for a body or a trade: «المهندس»، «الدكتور»، «مديرة المكتب».
const OFFICE_ROLE =
  /(?:وزير|مدير|رئيس|متحدث|ناطق|مسؤول|منسق|منسّق|مهندس|دكتور|طبيب|أستاذ|مستشار|نائب|أمين|محافظ|قائد|مدرب|خبير|باحث)/u;
const official = (e: Entity) => OFFICE_ROLE.test(e.role?.ar ?? '');

/** What a who-said-it item of either type has: its sentence as evidence, explained. */
const quoteBase = (input: GenerateInput, loc: Located, id: string, says: string) => ({
  id,
  article: input.slug,
  source: 'generated' as const,
  topic: input.topicFor(loc.paragraph),
  evidence: [{ paragraph: loc.paragraph, quote: loc.sentence.text }],
  explanation: { ar: `${says} جاء في المقال: «${loc.sentence.text}»` },
  sibling: id,
  difficulty: 2 as const
});

/** A who-said-it item scores as a person blank would: a name the student must have read. */
const QUOTE_SCORE = 4;

const quoteProvenance = (loc: Located, speaker: Entity, feature: string) => ({
  sentence: `${loc.paragraph}#${loc.index}`,
  answer: normalizeAnswer(speaker.ar),
  score: QUOTE_SCORE,
  features: [`${feature} +${QUOTE_SCORE}`],
  prefer: 'mcq' as const
});

function whoSaid(
  input: GenerateInput,
  index: MentionIndex,
  loc: Located,
  quote: Quotation,
  speaker: Entity,
  prompt = `من قال في المقال: «${quote.text}»؟`
): Candidate | string {
  if (input.bilingual) {
    return 'who said it: the English of the quotation is not aligned';
  }
  const others = otherPeople(index, loc, speaker, prompt);
  if (others.length < 2) {
    return 'who said it: fewer than 2 other people of the article to offer';
  }
  // «من قال في المقال إن إصابة الشابي «…»؟» with «أيمن الشابي» to find.
  if ([speaker.ar, ...speaker.aliases.ar].some((f) => containsWords(prompt, f))) {
    return 'who said it: the quotation names its speaker';
  }
  if (leansOnBefore(quote.text)) {
    return 'who said it: the words said lean on the sentence before («لأنه…»، «بذلك»)';
  }
  if (shareOfUnstated(quote.text)) {
    return 'who said it: a share («منهم») of a total the quotation does not give';
  }
  if (isDescription(speaker) || namedByOffice(speaker)) {
    return 'who said it: the speaker is named by an office, not a name';
  }
  const id = generatedId(input.slug, loc.paragraph, 'mcq', `quote:${quote.text}`);
  const wrong = wrongPeople(speaker, others, `${id}:options`);
  if (ownFamily(quote.text) && !official(speaker) && wrong.filter(official).length >= 2) {
    return 'who said it: words on one’s own family, the others offered officials';
  }
  const options = shuffled([speaker, ...wrong], seededRandom(id));
  const item: Item = {
    ...quoteBase(input, loc, id, `العبارة من كلام ${genitive(speaker.ar)}.`),
    prompt: { ar: prompt },
    type: 'mcq',
    options: options.map((o) => ({ ar: o.ar })),
    answer: options.indexOf(speaker)
  };
  return {
    item,
    meta: {
      provenance: quoteProvenance(loc, speaker, 'who said it'),
      answerKind: 'person',
      options: options.map((o) => ({ kind: 'person', forms: [o.ar, ...o.aliases.ar] }))
    }
  };
}

/** «بحسب المقالة، قال فلان إن»: the words a statement of who said it adds (a name of two). */
const SAID_LEAD_WORDS = 6;

/**
 * With one other person to offer, "who said it" is a statement instead: «بحسب المقالة، قال فلان إن
 * …» (or, for words quoted as said, `direct`: «قال فلان: «…»») with its speaker (true) and with the
 * other person (false), the verb of each one's gender.
 * Both are candidates on the sentence; the cap keeps one. None when either is named by an
 * office, on a bilingual article, with no other person or more than one, when the words lean on
 * the sentence before or give a share of a total they do not state, when the quotation places
 * something by nearness with nothing to be near («الأحياء المجاورة») or is too long.
 */
export function saidByStatements(
  input: GenerateInput,
  index: MentionIndex,
  loc: Located,
  quote: Quotation,
  speaker: Entity,
  direct = false
): Candidate[] {
  const others = otherPeople(index, loc, speaker, quote.text);
  const said = quote.text.replace(/[.؟!]$/u, '');
  // «قالت فلانة إن الحرارة في الأحياء المجاورة…» (next to what?), or over a statement's length.
  if (
    input.bilingual ||
    others.length !== 1 ||
    [speaker, ...others].some((e) => namedByOffice(e) || isDescription(e)) ||
    leansOnBefore(quote.text) ||
    shareOfUnstated(quote.text) ||
    containsWords(quote.text, speaker.ar) ||
    relational(said).length > 0 ||
    wordCount(said) + SAID_LEAD_WORDS > MAX_STATEMENT_WORDS
  ) {
    return [];
  }
  return [speaker, others[0]!].map((person) => {
    const truth = person === speaker;
    const verb = person.gender === 'f' ? 'قالت' : 'قال';
    const id = generatedId(input.slug, loc.paragraph, 'truefalse', `said:${person.ar}:${said}`);
    const says = `${truth ? 'العبارة صحيحة' : 'العبارة خاطئة'}: هذا من كلام ${genitive(speaker.ar)}.`;
    const item: Item = {
      ...quoteBase(input, loc, id, says),
      prompt: {
        ar: direct
          ? `بحسب المقالة، ${verb} ${person.ar}: «${said}».`
          : `بحسب المقالة، ${verb} ${person.ar} إن ${said}.`
      },
      type: 'truefalse',
      answer: truth
    };
    return {
      item,
      meta: {
        provenance: quoteProvenance(loc, speaker, 'who said it, as a statement'),
        answerKind: 'person'
      }
    };
  });
}

/** A name after «كلام»: «أبو سامر» in the genitive is «أبي سامر». */
const genitive = (name: string) => name.replace(/^أبو(?=\s)/u, 'أبي');
