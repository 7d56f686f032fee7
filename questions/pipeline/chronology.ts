import { leadingConjunction } from '../fragments';
import { normalizeSearch } from '../../src/lib/domain/answers';
import type { Item } from '../../src/lib/domain/bank';
import { shuffled } from '../../src/lib/domain/random';
import { clauses, MAX_STATEMENT_WORDS } from '../agreement';
import { wordCount } from '../arabic';
import type { Mention } from '../entities';
import { generatedId } from '../ids';
import type { Candidate, Rejection } from '../types';
import { byCodePoint, seededRandom } from '../util';
import type { GenerateInput, Located, MentionIndex } from './mentions';

/**
 * "Which came first?": the dated events of the article (a clause with a date or a year said
 * with «في» or «عام», the date taken out) put in order, earliest first, as an ordering item of
 * three to five events; with only two, a true/false statement of which came first. Dates that
 * bound rather than place an event («حتى 2030», «منذ 2019») are not events.
 */
export function chronologyCandidates(
  input: GenerateInput,
  index: MentionIndex
): { candidates: Candidate[]; rejected: Rejection[] } {
  const all = comparable(datedEvents(index.located));
  const events = unpresupposed(sameTense(all));
  const told = all.filter((e) => !events.includes(e));
  if (told.length > 0 && all.length >= 2) {
    const reason = 'which came first: a verb form (pluperfect, past, future) tells the order';
    return {
      ...chronologyCandidatesOf(input, events),
      rejected: [{ paragraph: told[0]!.paragraph, type: 'ordering', answer: told[0]!.text, reason }]
    };
  }
  return chronologyCandidatesOf(input, events);
}

/** The ordering item or pair statement on events of one tense. */
function chronologyCandidatesOf(
  input: GenerateInput,
  events: readonly Event[]
): { candidates: Candidate[]; rejected: Rejection[] } {
  if (input.bilingual) {
    return { candidates: [], rejected: refused(events, 'which came first: no aligned English') };
  }
  if (events.length >= 3) {
    return { candidates: [orderingItem(input, events)], rejected: [] };
  }
  if (events.length === 2) {
    const words = PAIR_WORDS + events.reduce((n, e) => n + wordCount(e.text), 0);
    return words > MAX_STATEMENT_WORDS
      ? { candidates: [], rejected: refused(events, PAIR_TOO_LONG) }
      : { candidates: [pairStatement(input, events as [Event, Event])], rejected: [] };
  }
  return { candidates: [], rejected: [] };
}

/** A dated event: what happened (the clause without its date), when, and where it is said. */
export interface Event {
  paragraph: string;
  sentence: string;
  text: string;
  iso: string;
}

const MIN_WORDS = 3;
const MAX_WORDS = 14;

// «في نيسان 2021», «في العام 2019», «عام 1997»: the words that place an event at its date.
// («خلال عام 2024» goes whole: «تعاملت خلال مع…» was written.)
const PLACING = /(?:^|\s)(?:[وف]?(?:في|خلال)\s+)?(?:(?:ال)?عام\s+)?$/u;
const BOUNDING = /(?:حتى|منذ|قبل|بعد|بحلول|مطلع|نهاية|أواخر|أوائل)\s+(?:(?:ال)?عام\s+)?$/u;

/** Every dated event of the article, in article order. */
export function datedEvents(located: readonly Located[]): Event[] {
  const out: Event[] = [];
  for (const loc of located) {
    const dated = loc.mentions.filter(
      (m) => (m.kind === 'date' || m.kind === 'year') && m.iso !== undefined
    );
    // One date per event: a clause with two dates says when neither happened alone.
    for (const m of dated) {
      const event = eventAt(loc, m, dated);
      if (event !== undefined) {
        out.push(event);
      }
    }
  }
  return out;
}

function eventAt(loc: Located, m: Mention, dated: readonly Mention[]): Event | undefined {
  const s = loc.sentence.text;
  const lead = s.slice(0, m.start);
  if (BOUNDING.test(lead) || !/(?:في|عام)\s+$/u.test(lead)) {
    return undefined;
  }
  const clause = clauses(s).find((c) => m.start >= c.start && m.end <= c.end);
  if (
    clause === undefined ||
    dated.some((o) => o !== m && o.start >= clause.start && o.end <= clause.end)
  ) {
    return undefined;
  }
  if (sharedSubject(loc, clause)) {
    return undefined;
  }
  const placing = PLACING.exec(s.slice(clause.start, m.start))?.[0] ?? '';
  const before = s.slice(clause.start, m.start - placing.length);
  const text = tidy(`${before} ${s.slice(m.end, clause.end)}`);
  const n = wordCount(text);
  // «بعد لقبه الأول»، «وفق اتفاقية وقعت بالرباط»: a clause that starts with a preposition, or
  // a number («8,6 ملايين حاوية خلال»), or ends on one, is no event; «… التي ستقام في أيار
  // 2024»: the date belongs to the relative clause, not to the event before it.
  if (n < MIN_WORDS || n > MAX_WORDS || FRAGMENT_START.test(text) || FRAGMENT_END.test(text)) {
    return undefined;
  }
  if (
    /(?:^|\s)(?:التي|الذي|اللذين|اللتين|اللذان|اللتان|الذين|اللواتي)\s/u.test(before) ||
    ordinal(text)
  ) {
    return undefined;
  }
  // «ثم «إيجيبت سات إيه» في فبراير 2019»، «ثم «التابوت الأخضر» من الولايات المتحدة»: a name
  // alone, or with a phrase of where, says nothing of what happened.
  const unquoted = tidy(text.replace(/«[^»]*»/gu, ' '));
  if (wordCount(unquoted) < 2 || FRAGMENT_START.test(unquoted)) {
    return undefined;
  }
  // «إلى أن عام 2024 شهد استرداد…»: the year is what the clause is about, not when.
  if (/(?:^|\s)[وف]?(?:أن|إن|لأن)\s*$/u.test(before.trim())) {
    return undefined;
  }
  return { paragraph: loc.paragraph, sentence: s, text, iso: m.iso ?? '' };
}

/**
 * «شُيّد الجسر عام 1934، وخضع لآخر صيانة كبرى في عام 1998»: a verb joined by «و» to the clause
 * before, with neither a definite noun nor a name after it, goes on that clause's subject
 * («خضع لآخر صيانة»: what did?).
 */
function sharedSubject(loc: Located, clause: { start: number; end: number }): boolean {
  const s = loc.sentence.text;
  const text = s.slice(clause.start, clause.end);
  const from = clause.start + text.length - text.trimStart().length;
  if (clause.start === 0 || leadingConjunction(s.slice(from, clause.end)) !== 1) {
    return false;
  }
  const next = /^\S+\s+(\S+)/u.exec(s.slice(from, clause.end));
  if (next === undefined || next === null) {
    return true;
  }
  const at = from + next[0].length - (next[1] ?? '').length;
  const named = loc.mentions.some((m) => m.kind === 'entity' && m.start === at);
  return !named && !/^ال/u.test(normalizeSearch(next[1] ?? ''));
}

// («لكنها لا تزال بعيدة…»: whose? «لشراء رافعتين»: a purpose, no event.)
const FRAGMENT_START =
  /^(?:[\d\u0660-\u0669]|(?:بعد|قبل|منذ|في|من|على|إلى|مع|عن|وفق|وفقا|بموجب|حسب|بحسب|عبر|خلال|ضمن|إثر|عقب|وسط|نحو|حوالي|قرابة|مقابل|مقارنة\p{M}*|مقارنةً|لكنه|لكنها|لكنهم|لكنهن)\s|ل(?!ل|جن)\S{3,}\s)/u;
const FRAGMENT_END = /\s(?:بعد|قبل|منذ|في|من|على|إلى|مع|عن|خلال|حتى)$/u;

// «المرحلة الثانية»، «الجولة المقبلة»، «أول قمر لرصد الأرض»: an event that says its own place in
// a sequence.
const ORDINAL =
  /(?:^|\s)[وبل]?(?:ال)?(?:اول|اولي|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|اخير|اخيره|مقبل|مقبله|تالي|تاليه|لاحق|لاحقه)(?=\s|$)/u;

/**
 * The tense an event is told in: «كانت الحكومة قد أعلنت» (pluperfect) before «بدأ العمل» (past)
 * before «يبدأ الضخ»، «سوف تفتتح» (to come). Events in different tenses order themselves. («تأسست
 * الجمعية»: a perfect of form V in «ت…ت» is past, not an imperfect.)
 */
export function tenseOf(text: string): 'pluperfect' | 'past' | 'future' {
  const t = text.trim().replace(/^[وف](?=\S{3})/u, '');
  if (/(?:^|\s)(?:كان|كانت|كانوا|كانا)\s+(?:\S+\s+){0,2}قد\s/u.test(t)) {
    return 'pluperfect';
  }
  if (
    /(?:^|\s)(?:سوف|سي\S{2,}|ست\S{3,}|من المقرر|من المقرّر|من المتوقع|من المتوقّع)(?=\s|$)/u.test(
      t
    ) ||
    (/^[يت][^\s]{2,}/u.test(t) && !/^ت[^\sت]\S{2}ت(?:\s|$)/u.test(t))
  ) {
    return 'future';
  }
  return 'past';
}

/** The events of the tense most of them are told in (the past on a tie): one tense, no cue. */
export function sameTense(events: readonly Event[]): Event[] {
  const by = (tense: string) => events.filter((e) => tenseOf(e.text) === tense);
  return [by('past'), by('pluperfect'), by('future')].reduce((a, b) =>
    b.length > a.length ? b : a
  );
}

/**
 * The events none of which names, as known, what another introduces: «زرع المتطوعون ألف شجرة في
 * الحديقة العامة» after «افتتحت البلدية حديقة عامة» orders itself (the park was there first). Of
 * two such events, the one that presupposes the other is left out.
 */
export function unpresupposed(events: readonly Event[]): Event[] {
  return events.filter((e) => !events.some((o) => o !== e && presupposes(e, o)));
}

/** Whether `later` writes with «ال» a word that `earlier` writes without it (at least 3 letters). */
export function presupposes(later: Event, earlier: Event): boolean {
  const introduced = new Set(
    words(earlier.text).filter((w) => !w.startsWith('ال') && w.length >= 3)
  );
  return words(later.text).some((w) => {
    const bare = /^(?:ال|لل)(\p{L}{3,})$/u.exec(w.replace(/^[وفبك](?=ال)/u, ''))?.[1];
    return bare !== undefined && introduced.has(bare);
  });
}

const words = (text: string) => normalizeSearch(text).split(/\s+/u).filter(Boolean);

/** Whether an event orders itself by its words: which came first is then read, not learnt. */
function ordinal(text: string): boolean {
  return ORDINAL.test(normalizeSearch(text));
}

/** The clause read on its own: no «و» of the joined sentence before a verb, no end punctuation. */
function tidy(text: string): string {
  const t = text
    .replace(/\s+/gu, ' ')
    .replace(/\s+([،,.؛:])/gu, '$1')
    .trim()
    .replace(/^[،,؛:\s]+|[،,.؛:\s]+$/gu, '')
    .replace(/^(?:على أن|إذ|حيث|ثم|لكن|بينما)\s+/u, '')
    .replace(/^[وف](?=[يتأنك][\p{L}]{2,})/u, '');
  // «وافتتحت البلدية»، «وزرع المتطوعون»: a past verb loses its «و» too.
  return t.slice(leadingConjunction(t));
}

/** Events whose dates can be told apart (2021 and April 2021 cannot), one per date, earliest first. */
function comparable(events: readonly Event[]): Event[] {
  const sorted = [...events].sort((a, b) => byCodePoint(a.iso, b.iso));
  const out: Event[] = [];
  for (const e of sorted) {
    const clash = (o: Event) =>
      o.iso.startsWith(e.iso) || e.iso.startsWith(o.iso) || o.text === e.text;
    if (!events.some((o) => o !== e && clash(o))) {
      out.push(e);
    }
  }
  return out;
}

function refused(events: readonly Event[], reason: string): Rejection[] {
  return events.length < 2
    ? []
    : [
        {
          paragraph: events[0]?.paragraph ?? '?',
          type: 'ordering',
          answer: events[0]?.text ?? '',
          reason
        }
      ];
}

const MAX_EVENTS = 5;

function base(input: GenerateInput, events: readonly Event[], type: Item['type']) {
  const first = events[0] as Event;
  const key = events.map((e) => e.iso).join('|');
  const evidence = [...new Map(events.map((e) => [e.sentence, e])).values()].map((e) => ({
    paragraph: e.paragraph,
    quote: e.sentence
  }));
  const id = generatedId(input.slug, first.paragraph, type, `chronology:${key}`);
  return {
    id,
    article: input.slug,
    source: 'generated' as const,
    topic: input.topicFor(first.paragraph),
    evidence,
    sibling: id,
    difficulty: 2 as const
  };
}

/** Three to five events to put in order: spread over the article, chosen with a seed. */
function orderingItem(input: GenerateInput, events: readonly Event[]): Candidate {
  const chosen = shuffled(events, seededRandom(`${input.slug}:chronology`))
    .slice(0, MAX_EVENTS)
    .sort((a, b) => byCodePoint(a.iso, b.iso));
  const item: Item = {
    ...base(input, chosen, 'ordering'),
    prompt: { ar: 'رتّب هذه الأحداث زمنياً كما يذكرها المقال، من الأقدم إلى الأحدث.' },
    explanation: {
      ar: `الترتيب بحسب التواريخ التي يذكرها المقال: ${chosen.map((e) => `«${e.text}»`).join(' ثم ')}.`
    },
    type: 'ordering',
    sequence: chosen.map((e) => ({ ar: e.text, date: e.iso }))
  };
  return { item, meta: {} };
}

/** How a statement of which of two events came first begins. */
export const PAIR_LEAD = 'بحسب تواريخ المقال، سبق الحدثُ';

/** The words of a pair statement besides its two events (the lead and «الحدثَ»). */
const PAIR_WORDS = 6;

/** Why two events make no statement. */
export const PAIR_TOO_LONG = `which came first: the two events make a statement of over ${MAX_STATEMENT_WORDS} words`;

/**
 * «بحسب تواريخ المقال، سبق الحدثُ «أ» الحدثَ «ب».» — true or false by a seed, from two
 * events: the dates, not the order of telling («كان هذا أولاً» read as either).
 */
function pairStatement(input: GenerateInput, [early, late]: [Event, Event]): Candidate {
  const b = base(input, [early, late], 'truefalse');
  const right = seededRandom(b.id)() < 0.5;
  const [a, c] = right ? [early, late] : [late, early];
  const item: Item = {
    ...b,
    prompt: { ar: `${PAIR_LEAD} «${a.text}» الحدثَ «${c.text}».` },
    explanation: {
      ar: `${right ? 'صحيح' : 'خطأ'}؛ بحسب تواريخ المقال: «${early.text}» أولاً، ثم «${late.text}».`
    },
    type: 'truefalse',
    answer: right
  };
  return { item, meta: {} };
}
