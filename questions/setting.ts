import { normalizeAnswer } from '../src/lib/domain/answers';
import { containsWords, wordCount } from './arabic';
import { MAX_PROMPT_WORDS } from './agreement';
import { verbLike } from './fragments';
import { regions } from './countries';
import type { Entity, Mention } from './entities';
import type { Located } from './pipeline/mentions';

/**
 * The country an article is set in, for prompts that name no place: «تستهدف الحملة الوطنية… نحو
 * ____ ملايين طفل» is a campaign of no country until it reads «في المغرب، تستهدف الحملة…».
 */
export interface Setting {
  ar: string;
  /** Its name, other names and nationality adjectives: a prompt with one of them is set. */
  forms: string[];
}

/**
 * The one country among the article's omnipresent actors (`score.ts`: the country of its title or
 * dateline, or the one named in most paragraphs), or else the one whose adjective is in the name
 * of such an actor («البنك المركزي المصري»: Egypt); none when two lead it («إيران وروسيا»), nor
 * when over a quarter of the paragraphs name another country (by name or adjective): a regional
 * or international story («a final in Cairo between Morocco and Senegal»), where «في المغرب،»
 * would put a CAF official or a UNICEF pledge in the wrong place.
 */
export function articleSetting(
  omnipresent: ReadonlySet<string>,
  byId: ReadonlyMap<string, Entity>,
  located?: readonly Located[],
  city?: { ar: string; country: string },
  datelinePlace?: string,
  title?: string
): Setting | undefined {
  const leading = [...omnipresent].map((id) => byId.get(id)).filter((e) => e !== undefined);
  const countries = leading.filter((e) => e.type === 'country');
  const named =
    countries.length > 0
      ? countries
      : [...byId.values()].filter(
          (c) =>
            c.type === 'country' &&
            leading.some((e) => c.nisba.ar.some((f) => containsWords(e.ar, f)))
        );
  if (named.length !== 1) {
    return undefined;
  }
  const [c] = named as [Entity];
  if (located !== undefined && abroad(c.id, located, byId) * 4 > paragraphsOf(located)) {
    return undefined;
  }
  // «تونس، 17 فيفري 2025» over a story of the Tunisian library and an Italian partner: a dateline
  // in another country says the one found is not where the story happens.
  if (datelinePlace !== undefined && otherCountry(datelinePlace, c)) {
    return undefined;
  }
  // «المغرب يُرسي صفقة القطار… على تحالف إسباني»: so does a title that names another country.
  if (title !== undefined && countryNamed(title, c)) {
    return undefined;
  }

  const town = city !== undefined && city.country === c.ar ? [city.ar] : [];
  return { ar: c.ar, forms: [c.ar, ...c.aliases.ar, ...c.nisba.ar, ...town] };
}

/** Whether `place` is a country's name, and not `c`'s. */
function otherCountry(place: string, c: Entity): boolean {
  const key = normalizeAnswer(place);
  const region = regions().find(
    (r) => r.type === 'country' && [r.ar, ...r.aliases].some((n) => normalizeAnswer(n) === key)
  );
  return region !== undefined && ![c.ar, ...c.aliases.ar].some((n) => normalizeAnswer(n) === key);
}

/** Whether `text` names a country by its name, and not `c`. */
function countryNamed(text: string, c: Entity): boolean {
  return regions().some(
    (r) =>
      r.type === 'country' &&
      normalizeAnswer(r.ar) !== normalizeAnswer(c.ar) &&
      [r.ar, ...r.aliases].some((n) => containsWords(text, n))
  );
}

/** The place of a dateline («تونس، 17 فيفري 2025» → «تونس»). */
export const datelinePlace = (dateline: string | undefined): string | undefined =>
  /^([^،,0-9]+)[،,]/u.exec(dateline ?? '')?.[1]?.trim();

/**
 * The city of the picture's caption and the country of its dateline («… في وسط القاهرة | مصر،
 * 7 فبراير 2024»): a prompt that names it is set already («تتفاوض القاهرة…» needs no «في مصر،»).
 */
export function captionCity(input: {
  caption?: string;
  dateline?: string;
}): { ar: string; country: string } | undefined {
  const city = /(?:^|\s)(?:في|ب?مدينة|وسط)\s+(\S+)\s*$/u.exec(input.caption ?? '')?.[1];
  const country = datelinePlace(input.dateline);
  return city === undefined || country === undefined ? undefined : { ar: city, country };
}

/** How many paragraphs name a country other than `id`, by its name or its adjective. */
function abroad(
  id: string,
  located: readonly Located[],
  byId: ReadonlyMap<string, Entity>
): number {
  const foreign = new Set<string>();
  for (const l of located) {
    const other = l.mentions.some(
      (m) =>
        m.entityId !== undefined && m.entityId !== id && byId.get(m.entityId)?.type === 'country'
    );
    if (other) foreign.add(l.paragraph);
  }
  return foreign.size;
}

const paragraphsOf = (located: readonly Located[]) => new Set(located.map((l) => l.paragraph)).size;

// «كانت قناة السويس قد درّت…»: a pluperfect looks back from the story; «في مصر، كانت … قد» reads
// awkwardly, and the subject names the place well enough.
const PLUPERFECT = /^(?:كان|كانت|كانوا)\s(?:\S+\s){0,4}قد\s/u;

// «قالت …»، «وأضاف: «…»»، a quotation: what someone says is not set in a country.
const SAID =
  /^(?:[«"“]|(?:قال|قالت|أضاف|أضافت|أوضح|أوضحت|أكد|أكدت|أشار|أشارت|كشف|كشفت|ذكر|ذكرت|يقول|تقول)\s)/u;

// A place the prompt names says where; so does a person it names («في المملكة العربية السعودية،
// أشارت هيفاء العتيبي…» read as awkward to a reviewer). A body does not always («قناة السويس»).
const NAMING = new Set(['country', 'place', 'region', 'person']);

// A prompt that opens with a phrase and a comma («بحسب الوزارة، …»): a second opener would stack.
const OPENED = /^(?:\S+\s){0,3}\S+[،,]\s/u;
// «غير أن سائقين تحدّثوا…»: a turn from the sentence before; «في السودان، غير أن…» is no Arabic.
const CONTRASTED = /^(?:غير أن|إلا أن|بيد أن|لكن|ولكن|بينما|في حين)/u;
// «في الكويت، وفق مصادر في مجموعة «النخيل»، طال…»: two openers before the clause.
const SOURCED = /^(?:وفق|وفقا|وفقًا|بحسب|حسب|نقلا|نقلًا)\s/u;
// «في قطر، في موقع لإنشاء مجمّع سكني في لوسيل، …»: a clause that opens on its own place.
const PLACED = /^في\s/u;

/** What a prompt shows: its text, and the same with the blank. */
interface Shown {
  text: string;
  prompt: string;
  blankStart: number;
  blankEnd: number;
}

/**
 * A blank's prompt set in the article's country when it names no person, country or place of
 * its own (nor the answer is one) and does not open with a phrase already: «في مصر، ارتفع…».
 */
export function situate<T extends Shown>(
  shown: T,
  mentions: readonly Mention[],
  setting: Setting | undefined
): T {
  if (
    setting === undefined ||
    mentions.some((o) => o.kind === 'nisba' || NAMING.has(o.entityType ?? '')) ||
    setting.forms.some((f) => containsWords(shown.text, f)) ||
    OPENED.test(shown.text) ||
    CONTRASTED.test(shown.text) ||
    SOURCED.test(shown.text) ||
    PLACED.test(shown.text) ||
    PLUPERFECT.test(shown.text) ||
    SAID.test(shown.text)
  ) {
    return shown;
  }
  const lead = `في ${setting.ar}، `;
  // A prompt trimmed to the most words a blank's may have gets no lead on top.
  if (wordCount(lead + shown.prompt) > MAX_PROMPT_WORDS) return shown;
  return {
    ...shown,
    text: lead + shown.text,
    prompt: lead + shown.prompt,
    blankStart: shown.blankStart + lead.length,
    blankEnd: shown.blankEnd + lead.length
  };
}

// «أما الباحثة هدى قاسم من جامعة اليرموك، فترى أن…»، «أما مقاعد المدرّج الجديد فتُباع…»: a
// contrast with the sentence before.
const AMMA = /^أمّ?ا\s+([^،,]{3,80}?)(?:[،,]\s*|\s+)ف(?=\S{2})/u;
const DISCOURSE_TOPIC =
  /^(?:على\s+(?:مستوى|صعيد|الصعيد)|من\s+(?:جهة|ناحية|حيث)|بالنسبة|فيما\s+يخص|في\s+ما\s+يخص|بخصوص)(?:\s|$)/u;

// «أما رئيسة الجمعية…، نادية أحمد دراغمة، فأكدت…»: a topic with a name in apposition.
const AMMA_APPOSED = /^أمّ?ا\s+([^«»،,]{3,120}[،,][^«»،,]{3,80})[،,]\s*ف(?=\S{2})/u;

interface Amma {
  /** «أما … ف» as written. */
  whole: string;
  topic: string;
  /** What the topic is followed by once «أما» and «ف» go: a space, or its comma kept. */
  joint: string;
}

/**
 * The «أما … ف» of a text; none when its «ف» opens no verb: «أما المعلمة نورة فهد العجمي، التي…،
 * فأكدت» (the «ف» of «فهد»).
 */
function ammaOf(text: string): Amma | undefined {
  const opensVerb = (m: RegExpExecArray) =>
    verbLike(/^\S*/u.exec(text.slice(m[0].length))?.[0] ?? '');
  const plain = AMMA.exec(text);
  if (plain !== null && (/[،,]\s*ف$/u.test(plain[0]) || opensVerb(plain))) {
    return { whole: plain[0], topic: plain[1]!, joint: ' ' };
  }
  const apposed = AMMA_APPOSED.exec(text);
  return apposed !== null && opensVerb(apposed)
    ? { whole: apposed[0], topic: apposed[1]!, joint: '، ' }
    : undefined;
}

// «وردّ القناوي بأن الشركة ستدرّب…»: a reply to what the clause does not show (a worry, a
// question) reads as what was said: «قال القناوي إن الشركة ستدرّب…».
const REPLY = /^[وف]?ردّ?(ت)?((?:\s+(?!(?:على|عليه|عليها|في|إلى)\s)[^\s،,.«»:]+){1,4}\s+)بأن(?=\s)/u;

/** A reply's opening as a saying: «ردّت الوزيرة بأن…» → «قالت الوزيرة إن…». */
export function replyAsSaid(text: string): string {
  return text.replace(REPLY, (_, t: string | undefined, name: string) => `قال${t ?? ''}${name}إن`);
}

/** `replyAsSaid` on a blank's prompt, the blank moved with it; left as it is in a blank verb. */
export function withoutReply<T extends Shown>(shown: T): T {
  const m = REPLY.exec(shown.text);
  if (m === null) {
    return shown;
  }
  const verb = `قال${m[1] ?? ''}`;
  const said = `${verb}${m[2]!}إن`;
  const nameAt = m[0].indexOf(m[2]!);
  const nameShift = verb.length - nameAt;
  const { blankStart, blankEnd } = shown;
  const inName = blankStart >= nameAt && blankEnd <= nameAt + m[2]!.length;
  if (!inName && blankStart < m[0].length) {
    return shown;
  }
  const shift = inName ? nameShift : said.length - m[0].length;
  return {
    ...shown,
    text: replyAsSaid(shown.text),
    prompt: replyAsSaid(shown.prompt),
    blankStart: blankStart + shift,
    blankEnd: blankEnd + shift
  };
}

/**
 * A clause cut out of its contrast reads plainly: «أما الباحثة هدى قاسم، فترى أن…» → «الباحثة هدى
 * قاسم ترى أن…» («بحسب المقالة، أما…» is no sentence). Left as it is when the blank is in the
 * words taken out.
 */
export function withoutAmma<T extends Shown>(shown: T): T {
  const amma = ammaOf(shown.text);
  if (amma === undefined) {
    return shown;
  }
  const lead = amma.whole.indexOf(amma.topic);
  const tail = lead + amma.topic.length;
  const { blankStart, blankEnd } = shown;
  const inName = blankStart >= lead && blankEnd <= tail;
  if (!inName && blankStart < amma.whole.length) {
    return shown;
  }
  // «أما على مستوى التمويل، فبيّن العيادي أن…» → «بيّن العيادي أن…»: a topic of discourse goes
  // whole («على مستوى التمويل بيّن…» is no order of words); «أما في ليبيا، فتواجه…» keeps its place.
  const adverbial = !inName && DISCOURSE_TOPIC.test(amma.topic);
  const rewrite = (t: string) => {
    const own = ammaOf(t) ?? amma;
    return (adverbial ? '' : own.topic + own.joint) + t.slice(own.whole.length);
  };
  const text = rewrite(shown.text);
  const shift = inName ? lead : shown.text.length - text.length;
  return {
    ...shown,
    text,
    prompt: rewrite(shown.prompt),
    blankStart: blankStart - shift,
    blankEnd: blankEnd - shift
  };
}
