import { normalizeAnswer, normalizeSearch } from '../src/lib/domain/answers';
import type { Item } from '../src/lib/domain/bank';
import { wordCount } from './arabic';
import { leansOnContext } from './fragments';
import { numberWord } from './numbers';
import { anaphoricIds } from './referents';
import type { Located } from './pipeline/mentions';
import type { Question } from './question';

/**
 * How good a generated question is, from explicit features. Every candidate is scored; the caps
 * (`pipeline/cap.ts`) keep the best per sentence and paragraph, and the report lists each score
 * with the features that made it. Hard faults (a blank inside a code, an answer the prompt names,
 * a clause that does not read on its own, a false statement that could be true) are not scored
 * but rejected where they are found.
 *
 * | feature                                                         | weight      |
 * | --------------------------------------------------------------- | ----------- |
 * | answer kind: person 3, organisation/date/year/number 2.5,       | base        |
 * | place 2, country 1.5, a count of 3–10 in words («ستة أشهر») 1.5,  |             |
 * | nationality adjective 0.5, other 1                              |             |
 * | omnipresent actor (in ≥ 40% of paragraphs, named by the title,  | −3          |
 * | or a recurring place of such a country), on a blank             |             |
 * | answer mentioned 8 times or more (4 or more)                    | −1 (−0.5)   |
 * | a person whose country or nationality the prompt names          | −1.5        |
 * | the words before the blank precede the same answer elsewhere    | −2          |
 * | the prompt starts at the sentence's start                       | +1          |
 * | the prompt leans on an earlier sentence («هذه المسألة»، «البلدان») | −1.5        |
 * | a bare definite the article names no fuller form of («المشروع») | −1.5        |
 * | prompt of 10–25 words (under 8; over 25)                        | +1 (−1; −0.5) |
 * | multiple choice: 5 or more wrong options of its kind to draw on | +0.5        |
 */
export const WEIGHTS = {
  omnipresent: -3,
  frequent: -1,
  common: -0.5,
  compatriot: -1.5,
  collocation: -2,
  sentenceStart: 1,
  leansOnContext: -1.5,
  unresolved: -1.5,
  officeNamesHolder: -5,
  goodLength: 1,
  tooShort: -1,
  long: -0.5,
  options: 0.5
} as const;

const BASE: Record<string, number> = {
  person: 3,
  organisation: 2.5,
  date: 2.5,
  year: 2.5,
  number: 2.5,
  place: 2,
  country: 1.5,
  count: 1.5,
  nisba: 0.5
};

/** A paragraph share from which an actor counts as omnipresent. */
export const OMNIPRESENT_SHARE = 0.4;
/** An article needs this many paragraphs for a share of them to single out its actors. */
export const OMNIPRESENT_MIN_PARAGRAPHS = 4;

/** A score and the features behind it («omnipresent −3»). */
export interface Score {
  total: number;
  features: string[];
}

/** What the scores need to know about the whole article. */
export interface ScoreContext {
  /** Entity ids and folded answers present in at least {@link OMNIPRESENT_SHARE} of paragraphs. */
  omnipresent: ReadonlySet<string>;
  frequency: ReadonlyMap<string, number>;
  /** Every sentence of the article, folded, to find an answer's fixed phrases. */
  sentences: readonly { key: string; words: string[] }[];
}

const keyOf = (entityId: string | undefined, answer: string) =>
  entityId ?? `=${normalizeAnswer(answer)}`;

/** A paragraph share from which a place of an omnipresent country stands for that country. */
export const STATE_PLACE_SHARE = 0.15;

/**
 * The actors (entities, or answers with no entity) present in most paragraphs, and the places of
 * such a country that recur (a capital standing for its state: «موسكو» for Russia in an article
 * about Russia is guessed as easily as «روسيا»), and the actors the title names (the country of
 * «حملة … في المغرب»). A place's country comes from the gazetteer.
 */
export function omnipresentActors(
  located: readonly Located[],
  { byId = new Map(), title = '', dateline = '' }: ArticleFacts = {}
): Set<string> {
  const share = paragraphShare(located, byId);
  // In an article of one or two paragraphs every name is in most of them: none leads it.
  const enough = new Set(located.map((l) => l.paragraph)).size >= OMNIPRESENT_MIN_PARAGRAPHS;
  const actors = new Set(
    [...share].filter(([, n]) => enough && n >= OMNIPRESENT_SHARE).map(([k]) => k)
  );
  for (const k of [...titleActors(located, title, byId), ...titleActors(located, dateline, byId)]) {
    actors.add(k);
  }
  const leader = mostNamed(share, byId);
  if (leader !== undefined) {
    actors.add(leader);
  }
  for (const [k, n] of share) {
    const e = byId.get(k);
    if (e?.type === 'place' && actors.has(e.country ?? '') && n >= STATE_PLACE_SHARE) {
      actors.add(k);
    }
  }
  return actors;
}

/** What the article says of itself beyond its sentences. */
export interface ArticleFacts {
  /** Entities by id, for a place's country. */
  byId?: ReadonlyMap<
    string,
    { type: string; ar?: string; country?: string | undefined; nisba?: { ar: readonly string[] } }
  >;
  title?: string;
  /** Where the article was filed or its picture taken («الأردن، 28 شباط 2024»): its country. */
  dateline?: string;
}

/** A leader must be named in at least this share of the paragraphs. */
export const LEADER_MIN_SHARE = 0.4;

/**
 * The country, place or organisation named in the most paragraphs (an earlier «الوزارة» counting
 * for «وزارة الصحة»), when it is named in {@link LEADER_MIN_SHARE} of them and more than any other.
 */
export function mostNamed(
  share: ReadonlyMap<string, number>,
  byId: ArticleFacts['byId'] = new Map()
): string | undefined {
  const ranked = [...share]
    .filter(([k]) => ['country', 'place', 'organisation'].includes(byId.get(k)?.type ?? ''))
    .sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first !== undefined && first[1] >= LEADER_MIN_SHARE && first[1] > (second?.[1] ?? 0)
    ? first[0]
    : undefined;
}

/**
 * The actors (not numbers or dates) whose name is a word or words of the title («وروسيا» too),
 * or whose last two words are (a headline drops the head noun: «المركزي المصري» for «البنك
 * المركزي المصري»).
 */
function titleActors(
  located: readonly Located[],
  title: string,
  byId: ArticleFacts['byId'] = new Map()
): Set<string> {
  const folded = normalizeAnswer(title);
  // «وروسيا» without its clitic, and the words as written («كويت» is no «ك» + «ويت»).
  const words = ` ${folded
    .split(' ')
    .map((w) => w.replace(/^[وبلفك](?=\S{3})/u, ''))
    .join(' ')}  ${folded} `;
  const out = new Set<string>();
  for (const m of located.flatMap((l) => l.mentions)) {
    const core = normalizeAnswer(m.core);
    if (m.kind !== 'number' && m.kind !== 'year' && m.kind !== 'date' && core !== '') {
      const tail = core.split(' ').slice(-2).join(' ');
      const short = core.split(' ').length >= 3 && words.includes(` ${tail} `);
      // «دراسة قطرية:»: a country whose adjective the title writes.
      const adjective = (byId.get(m.entityId ?? '')?.nisba?.ar ?? []).some((f) =>
        words.includes(` ${normalizeAnswer(f)} `)
      );
      if (words.includes(` ${core} `) || short || adjective) out.add(keyOf(m.entityId, m.core));
    }
  }
  return out;
}

/** Each actor's share of the article's paragraphs. */
function paragraphShare(
  located: readonly Located[],
  byId: ArticleFacts['byId'] = new Map()
): Map<string, number> {
  const paragraphs = new Map<string, Set<string>>();
  const names = [...byId].map(([id, e]) => ({ id, type: e.type, ar: e.ar ?? '' }));
  for (const l of located) {
    const seen = paragraphs.get(l.paragraph) ?? new Set<string>();
    for (const m of l.mentions) {
      if (m.kind !== 'number' && m.kind !== 'year' && m.kind !== 'date') {
        seen.add(keyOf(m.entityId, m.core));
      }
    }
    // «الوزارة» after «وزارة الصحة المغربية»: the ministry is in this paragraph too.
    for (const id of anaphoricIds(l.sentence.text, names)) {
      seen.add(id);
    }
    paragraphs.set(l.paragraph, seen);
  }
  const count = new Map<string, number>();
  for (const seen of paragraphs.values()) {
    for (const k of seen) {
      count.set(k, (count.get(k) ?? 0) + 1);
    }
  }
  const total = Math.max(1, paragraphs.size);
  return new Map([...count].map(([k, n]) => [k, n / total]));
}

/** The score context of an article. */
export function scoreContext(
  located: readonly Located[],
  frequency: ReadonlyMap<string, number>,
  facts: ArticleFacts = {}
): ScoreContext {
  return {
    omnipresent: omnipresentActors(located, facts),
    frequency,
    sentences: located.map((l) => ({
      key: `${l.paragraph}#${l.index}`,
      words: normalizeAnswer(l.sentence.text).split(' ')
    }))
  };
}

/** Whether the question's answer is an omnipresent actor. */
export function isOmnipresent(q: Question, ctx: ScoreContext): boolean {
  return ctx.omnipresent.has(keyOf(q.m.entityId, q.answer));
}

/**
 * The two words before the blank precede the same answer (within two words) in another sentence
 * of the article: «بين روسيا و____» after «بين روسيا وإيران» twice, «الغزو الروسي ل____».
 */
function fixedPhrase(q: Question, ctx: ScoreContext): boolean {
  const before = normalizeAnswer(q.ar.prompt.slice(0, q.ar.prompt.indexOf('____')))
    .split(' ')
    .filter((w) => w !== '')
    .slice(-2);
  const answer = normalizeAnswer(q.answer).split(' ')[0] ?? '';
  if (before.length < 2 || answer === '') {
    return false;
  }
  const own = q.provenance.sentence;
  const strip = (w: string) => w.replace(/^[وفبلك]/u, '');
  return ctx.sentences.some(
    (s) =>
      s.key !== own &&
      s.words.some(
        (w, i) =>
          w === before[0] &&
          strip(s.words[i + 1] ?? '') === strip(before[1] ?? '') &&
          s.words.slice(i + 2, i + 4).some((x) => x === answer || strip(x) === answer)
      )
  );
}

function kindOf(q: Question): string {
  if (q.m.kind === 'nisba') {
    return 'nisba';
  }
  // «ستة أشهر»: a small count, less of a fact than a figure; asked where nothing better is.
  if (q.m.kind === 'number' && numberWord(q.m.core) !== undefined) {
    return 'count';
  }
  return q.entity?.type ?? q.m.kind;
}

/** The features of the question itself, the same for every item type on it. */
function questionFeatures(q: Question, ctx: ScoreContext, blank: boolean): [string, number][] {
  const out: [string, number][] = [[`kind ${kindOf(q)}`, BASE[kindOf(q)] ?? 1]];
  if (blank && isOmnipresent(q, ctx)) {
    out.push(['omnipresent actor', WEIGHTS.omnipresent]);
  }
  const freq = q.m.entityId === undefined ? 0 : (ctx.frequency.get(q.m.entityId) ?? 0);
  if (freq >= 8) {
    out.push(['mentioned 8+ times', WEIGHTS.frequent]);
  } else if (freq >= 4) {
    out.push(['mentioned 4+ times', WEIGHTS.common]);
  }
  const country = q.entity?.type === 'person' ? q.entity.country : undefined;
  if (blank && country !== undefined && q.ar.shown.some((o) => o.entityId === country)) {
    out.push(['compatriot named in the prompt', WEIGHTS.compatriot]);
  }
  if (blank && fixedPhrase(q, ctx)) {
    out.push(['fixed phrase before the blank', WEIGHTS.collocation]);
  }
  if (blank && q.entity?.type === 'person' && officeBefore(q.ar.text.slice(0, q.ar.blankStart))) {
    out.push(['a unique office names the holder', WEIGHTS.officeNamesHolder]);
  }
  if (q.ar.window.start === 0) {
    out.push(['sentence start', WEIGHTS.sentenceStart]);
  }
  if (leansOnContext(q.ar.text)) {
    out.push(['leans on an earlier sentence', WEIGHTS.leansOnContext]);
  }
  if (q.ar.unresolved.length > 0) {
    out.push([`unresolved reference «${q.ar.unresolved.join('»، «')}»`, WEIGHTS.unresolved]);
  }
  const n = wordCount(q.ar.text);
  if (n < 8) {
    out.push(['under 8 words', WEIGHTS.tooShort]);
  } else if (n > 25) {
    out.push(['over 25 words', WEIGHTS.long]);
  } else if (n >= 10) {
    out.push(['10–25 words', WEIGHTS.goodLength]);
  }
  return out;
}

/** The score of one item on question `q`; `extra` are the features its builder found. */
export function scoreItem(
  q: Question,
  type: Item['type'],
  ctx: ScoreContext,
  extra: readonly [string, number][] = []
): Score {
  const features = [...questionFeatures(q, ctx, type === 'cloze' || type === 'mcq'), ...extra];
  const total = Math.round(features.reduce((sum, [, w]) => sum + w, 0) * 10) / 10;
  return {
    total,
    features: features.map(([name, w]) => `${name} ${w > 0 ? '+' : ''}${w}`)
  };
}

// Offices with one holder per country: «الرئيس الروسي ____» is answered by anyone who reads news.
const OFFICES = [
  'رئيس',
  'ملك',
  'مرشد',
  'أمير',
  'سلطان',
  'رئيس الوزراء',
  'رئيس الحكومة',
  'وزير الخارجية',
  'الأمين العام'
];
const OFFICE = new RegExp(
  `(?:^|\\s)[وف]?(?:ال)?(?:${OFFICES.map((o) => normalizeSearch(o)).join('|')})(?:\\s+\\S+){0,2}$`,
  'u'
);

/** Whether the words right before a blank name a unique office (a title and its country). */
export function officeBefore(before: string): boolean {
  const folded = normalizeSearch(before).replace(/\s+/gu, ' ').trim();
  const m = OFFICE.exec(folded);
  if (!m) {
    return false;
  }
  // The office is unique only with its country or realm: «الرئيس الروسي»، «رئيس وزراء إسرائيل»،
  // «المرشد الأعلى»; «رئيس المشروع» or «رئيس مجلس إدارة الشركة» are not.
  const rest = m[0].trim().split(' ').slice(1);
  return rest.length === 0 ? false : rest.some((w) => /^ال\S+ي(?:ه)?$/u.test(w) || w === 'الاعلي');
}
