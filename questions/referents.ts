import { containsWords, foldPhrase } from './arabic';
import type { Setting } from './setting';
import { SAYING_PARTICIPLES, sayingParticiple, subjectless, verbLike } from './fragments';
import { givenName } from './origin';

/**
 * Referents a clause cut out of its article leaves open, restored where the article says what
 * they are: a bare definite noun that points back to something named earlier («المستشفى» for
 * «مستشفى ابن سينا الجامعي»، «الحملة» for «حملة وطنية لتلقيح الأطفال») and a verb whose subject is
 * in the clause before («وتستهلك طاقتها» after «تعتمد المحطة…»). What cannot be restored is
 * listed, for the score (`score.ts`) to count against the question.
 */

// Head nouns that, bare and definite, point back to a body, a project, an event or a document the
// article has named: «الوزارة» is some ministry the student must already know.
const HEADS = new Set(
  [
    ...['مشروع', 'مستشفى', 'وزارة', 'حملة', 'محطة', 'حكومة', 'شعاب', 'لجنة', 'قرار', 'دراسة'],
    ...['منظمة', 'قناة', 'جهاز', 'شركة', 'بنك', 'جامعة', 'معهد', 'مركز', 'خطة', 'برنامج'],
    ...['اتفاق', 'اتفاقية', 'صندوق', 'مجلس', 'هيئة', 'وكالة', 'تقرير', 'مبادرة', 'مصنع', 'مطار'],
    ...['ميناء', 'سد', 'مزرعة', 'تنفيذ', 'مؤتمر', 'قمة', 'محكمة', 'عملية', 'خطوة', 'مرحلة'],
    ...['برلمان', 'جيش', 'اتحاد', 'جولة', 'جهة'],
    // «غير أن القطاع تراجع…»: which sector? («قطاع غزة» when the article names it.)
    'قطاع',
    // «الفرع يعمل على ربط نتائج المختبر…»: which branch?
    'فرع',
    ...['تكتل', 'كتلة', 'مرصد', 'جمعية', 'غرفة', 'رابطة', 'نقابة', 'ائتلاف', 'وثيقة', 'مديرية'],
    ...['مجموعة', 'متحف', 'نادي', 'مختبر'],
    // «وتضم الوحدة …» after «وحدة تبريد وتخزين جديدة»: which unit?
    'وحدة',
    // Works and events an article names once and then calls by their kind: «المبنى» for «مبنى
    // الركاب الجديد», «الحفل» for «حفل الافتتاح», «الأرشيف» for «الأرشيف الرقمي للأغنية الشعبية».
    // Not «البطولة»: a sports report calls its tournament so throughout.
    ...['مبنى', 'حفل', 'أرشيف', 'مهرجان', 'معرض', 'ملتقى'],
    // Places an article names once and then calls by their kind: «المحافظة» for «محافظة البصرة».
    ...['محافظة', 'سلطة'],
    // Bare verbal nouns and bodies of people that point back to what was said before: «الارتفاع»
    // (of what?), «التغطية» (of what?), «المسؤولون» (of what?).
    ...['ارتفاع', 'انخفاض', 'تراجع', 'زيادة', 'تغطية', 'مسؤولون', 'تجريب', 'توسعة'],
    // «خفّضت الحافلة المبلغ إلى 20 أوقية»: which sum?
    'مبلغ'
  ].map(foldPhrase)
);

const TITLE_WORD = /^ال(?:مهندس|دكتور|سيد|استاذ|بروفيسور|شيخ|امير)/u;

/** What the article says before the sentence: where an antecedent is looked for. */
export interface ReferentContext {
  before: string;
  /** The nationality adjectives of the one country the article names, if it names one only. */
  nisba?: readonly string[];
  /** The country the article is set in (`setting.ts`): where its campaigns and plants are. */
  setting?: Setting;
  /** The names of the article's bodies and places, as recognised: «وزارة السياحة والآثار». */
  names?: readonly string[];
  /** The text right before the sentence (the paragraph before and its own paragraph's). */
  previous?: string;
  /** The article's people: a reporting verb with no subject is the last one's named before. */
  people?: readonly { ar: string; forms: readonly string[]; gender?: 'm' | 'f' }[];
}

// «إن» and «أن» as a verb of saying takes them.
const THAT = 'إن|إنّ|أن|أنّ|بأن';

// A speaking verb that opens a sentence: «وأضاف»، «وأوضحت»، «وطالب»، «ورجّح».
const SPEAKER_VERB =
  /^[وف]?(?:قال|قالت|أضاف|أضافت|أوضح|أوضحت|أكد|أكّد|أكدت|أكّدت|أشار|أشارت|لفت|لفتت|طالب|طالبت|دعا|دعت|رجح|رجّح|رجحت|رجّحت|حذر|حذّر|حذرت|حذّرت|اعتبر|اعتبرت|شدد|شدّد|شددت|شدّدت|تابع|تابعت|بيّن|بيّنت|بينت|ذكر|ذكرت|أفاد|أفادت|نبّه|نبّهت)$/u;

/**
 * «وأضاف أن البلدية تخطط …» after «وقال رئيس البلدية سامر الخطيب …»: a sentence that opens on a
 * speaking verb with no subject goes on the last person the sentence before names, of the verb's
 * gender; that person is written after the verb («أضاف سامر الخطيب أن …»). Undefined otherwise.
 */
export function restoreSpeaker(clause: ShownClause, ctx: ReferentContext): ShownClause | undefined {
  const verb = tokens(clause.text)[0];
  if (verb === undefined || !SPEAKER_VERB.test(verb.text) || verb.end > clause.blankStart) {
    return undefined;
  }
  const feminine = /ت$/u.test(verb.text);
  const last = lastSpeaker(ctx, feminine);
  if (last === undefined) return undefined;
  // «وقال الخفاجي …» after two people of that name: «أوضح الخفاجي», no given name chosen.
  const alias = last.p.forms.find(
    (f) => f !== last.p.ar && lastIndexOfWords(last.sentence, f) === last.at
  );
  const named =
    alias !== undefined && sharedFamilyName(ctx.before, alias, last.p.ar) ? alias : last.p.ar;
  const insert = ` ${named}`;
  return {
    text: clause.text.slice(0, verb.end) + insert + clause.text.slice(verb.end),
    blankStart: clause.blankStart + insert.length,
    blankEnd: clause.blankEnd + insert.length,
    unresolved: clause.unresolved
  };
}

// «وقال الرجل البالغ من العمر 63 عامًا:»: a person the sentence before named, called by a noun.
const PERSON_NOUN = /^(?:الرجل|الشاب|المرأة|السيدة|الشابة|الفتاة)$/u;

/**
 * «قال الرجل البالغ من العمر 63 عامًا: «…»» after «كان المزارع محمدن ولد الشيخ سيدي قد حمّل…»:
 * the noun after a speaking verb that opens the sentence is that person, named in its place
 * («قال محمدن ولد الشيخ سيدي البالغ من العمر 63 عامًا»), the last of its gender the sentences
 * before name. Undefined otherwise.
 */
export function restorePersonNoun(
  clause: ShownClause,
  ctx: ReferentContext
): ShownClause | undefined {
  const [verb, noun] = tokens(clause.text);
  if (
    verb === undefined ||
    noun === undefined ||
    !SPEAKER_VERB.test(verb.text) ||
    !PERSON_NOUN.test(noun.text) ||
    noun.end > clause.blankStart
  ) {
    return undefined;
  }
  const feminine = /ة$/u.test(noun.text);
  if (/ت$/u.test(verb.text) !== feminine) return undefined;
  const last = lastSpeaker(ctx, feminine);
  if (last === undefined) return undefined;
  const shift = last.p.ar.length - (noun.end - noun.start);
  return {
    text: clause.text.slice(0, noun.start) + last.p.ar + clause.text.slice(noun.end),
    blankStart: clause.blankStart + shift,
    blankEnd: clause.blankEnd + shift,
    unresolved: clause.unresolved
  };
}

/**
 * The person of the verb's gender the sentence before names last; past sentences that open on a
 * speaking verb of their own with no subject («وأضاف: «…»»), which go on the same speaker.
 */
function lastSpeaker(ctx: ReferentContext, feminine: boolean) {
  const sentences = (ctx.previous ?? '')
    .split(/(?<=[.!؟?»])\s+|\n/u)
    .filter((s) => s.trim() !== '');
  for (const sentence of sentences.reverse()) {
    const last = (ctx.people ?? [])
      .map((p) => ({
        p,
        at: Math.max(...spoken(p.forms).map((f) => lastIndexOfWords(sentence, f)))
      }))
      .filter((x) => x.at >= 0 && (x.p.gender === undefined || (x.p.gender === 'f') === feminine))
      .sort((a, b) => b.at - a.at)[0];
    if (last !== undefined) return { ...last, sentence };
    if (!subjectlessSpeaker(sentence, feminine)) return undefined;
  }
  return undefined;
}

// A person's forms that can name them in a sentence: not a family name that is also a particle
// («زينبا مسا علي» is not in «على يد خبير»).
const spoken = (forms: readonly string[]) => forms.filter((f) => !PARTICLE.test(foldPhrase(f)));

/**
 * Whether `sentence` opens on a speaking verb of that gender with no subject of its own
 * («وأضافت: «…»»، «وأوضحت أن …»), not one whose subject the article's people lack («وبيّنت
 * مسؤولة الجودة في التعاونية، فاطمة يوسف عبد الله، أن …»: she speaks, not the one before).
 */
function subjectlessSpeaker(sentence: string, feminine: boolean): boolean {
  const [first = '', second] = tokens(sentence).map((t) => t.text);
  const opener = first.replace(/[^\p{L}\p{M}]+$/u, '');
  if (!SPEAKER_VERB.test(opener) || /ت$/u.test(opener) !== feminine) return false;
  if (/[:：]$/u.test(first) || second === undefined || /^[«"“]/u.test(second)) return true;
  return NO_SUBJECT.test(second.replace(/[،,:]$/u, ''));
}

// What may follow a speaking verb with no subject: «وأشار إلى أن …»، «وأضاف في تصريح …»، «وتابع
// قائلًا: …»، «وأوضحت أنها …».
const NO_SUBJECT = new RegExp(
  `^(?:(?:${THAT}|بأنّ)(?:ه|ها)?|إلى|الى|في|خلال|أمام|عبر|قائلًا|قائلة)$`,
  'u'
);

/**
 * «قالت الوزيرة أمل بنسليمان إن …، موضحةً أن نحو 40 في المئة…» cut at the participle: its
 * perfect verb and the sentence's speaker, «أوضحت أمل بنسليمان أن نحو 40 في المئة…». The speaker
 * is the first person the sentence names before the clause, not inside what was said (no «أن/إن»
 * before the name), of the participle's gender; undefined when there is none.
 */
export function restoreParticiple(
  clause: ShownClause,
  sentence: string,
  windowStart: number,
  ctx: ReferentContext
): ShownClause | undefined {
  const said = sayingParticiple(clause.text);
  if (said === undefined || said.length > clause.blankStart) return undefined;
  const before = sentence.slice(0, windowStart);
  const first = namedIn(before, ctx.people)[0];
  if (
    first === undefined ||
    /(?:^|\s)(?:ان|بان)\s/u.test(foldPhrase(before).slice(0, first.at)) ||
    (first.p.gender !== undefined && (first.p.gender === 'f') !== said.feminine)
  ) {
    return undefined;
  }
  const insert = `${said.verb} ${first.p.ar}`;
  const shift = insert.length - said.length;
  return {
    text: insert + clause.text.slice(said.length),
    blankStart: clause.blankStart + shift,
    blankEnd: clause.blankEnd + shift,
    unresolved: clause.unresolved
  };
}

// «، مشيرًا إلى أن…»: a participle of saying after a comma, with a «أن» of its own.
const AFTER_PARTICIPLE = new RegExp(
  String.raw`[،,]\s*(?:${SAYING_PARTICIPLES}|منوه|محذر|مبي\u0651?ن)`,
  'u'
);

/**
 * «وقال مدير إدارة الحياة الفطرية…، المهندس جاسم الدَّوسري، إن | نسبة بقاء الشتلات… بلغت ____»
 * cut after its «إن»: «قال جاسم الدَّوسري إن نسبة…». The sentence opens on a speaking verb, names
 * a person of its gender before the one «إن/أن» the clause follows (or before the first of two,
 * the clause following the second, «، وإن»); undefined otherwise.
 */
export function restoreSaid(
  clause: ShownClause,
  sentence: string,
  windowStart: number,
  ctx: ReferentContext
): ShownClause | undefined {
  const before = sentence.slice(0, windowStart);
  const that = new RegExp(`(?:^|\\s)(و?)(${THAT})\\s*$`, 'u').exec(before);
  const verb = (tokens(before)[0]?.text ?? '').replace(/^[وف](?=\S{3})/u, '');
  if (that === null || !SPEAKER_VERB.test(verb)) return undefined;
  const anyThat = new RegExp(`(?:^|\\s)(${THAT})\\s`, 'u');
  const earlier = anyThat.exec(before.slice(0, that.index + 1));
  // «قال …، إن الكلفة بلغت…، وإن | الجدول الحالي…»: a second «وإن» of the same verb (not after
  // a «مشيرًا» of its own).
  const second =
    earlier !== null &&
    that[1] === 'و' &&
    earlier[1] === that[2] &&
    !anyThat.test(before.slice(earlier.index + earlier[0].length, that.index + 1)) &&
    !AFTER_PARTICIPLE.test(before);
  if (earlier !== null && !second) return undefined;
  const named = before.slice(0, earlier === null ? before.length : earlier.index);
  const feminine = /ت$/u.test(verb);
  const first = namedIn(named, ctx.people).find(
    (x) => x.p.gender === undefined || (x.p.gender === 'f') === feminine
  );
  if (first === undefined) return undefined;
  const insert = `${verb} ${first.p.ar} ${that[2]} `;
  return {
    text: insert + clause.text,
    blankStart: clause.blankStart + insert.length,
    blankEnd: clause.blankEnd + insert.length,
    unresolved: clause.unresolved
  };
}

/** The article's people `text` names, each with where it first names them, first named first. */
function namedIn(text: string, people: ReferentContext['people'] = []) {
  return people
    .map((p) => ({ p, at: firstIndexOfWords(text, p.forms) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
}

/** Where `form` stands in `text` as whole words, first to last (indexes into the folded text). */
function indexesOfWords(text: string, form: string): number[] {
  const folded = foldPhrase(text);
  const f = foldPhrase(form);
  const out: number[] = [];
  for (let i = folded.indexOf(f); i >= 0; i = folded.indexOf(f, i + 1)) {
    const before = folded.charAt(i - 1);
    const after = folded.charAt(i + f.length);
    if ((i === 0 || /[\s«"(،,]/u.test(before)) && !/[\p{L}]/u.test(after)) out.push(i);
  }
  return out;
}

/** Where the first of `forms` first stands in `text` (folded) as whole words, or -1. */
function firstIndexOfWords(text: string, forms: readonly string[]): number {
  const at = forms.flatMap((form) => indexesOfWords(text, form).slice(0, 1));
  return at.length === 0 ? -1 : Math.min(...at);
}

/** Where `form` last stands in `text` as whole words, or -1. */
function lastIndexOfWords(text: string, form: string): number {
  return indexesOfWords(text, form).at(-1) ?? -1;
}

/**
 * The one body or place of `names` the article has named before whose name starts with `head`
 * («الوزارة» → «وزارة السياحة والآثار»، «الهيئة» → «الهيئة العامة للبيئة»); `null` when it has named two («الجامعة» after two
 * universities stands for either); undefined when none.
 */
export function namedAntecedent(head: string, ctx: ReferentContext): string | null | undefined {
  const found = new Set(
    (ctx.names ?? []).filter(
      (n) =>
        // «الهيئة العامة للبيئة» is named with its article.
        foldPhrase(n.split(/\s+/u)[0] ?? '').replace(/^ال(?=\S{3})/u, '') === foldPhrase(head) &&
        containsWords(ctx.before, n)
    )
  );
  if (found.size !== 1) return found.size > 1 ? null : undefined;
  const [name = ''] = found;
  return introducedBefore(head, ctx.before, firstIndexOfWords(ctx.before, [name]))
    ? undefined
    : name;
}

/**
 * «أطلق مركز لإنقاذ الكائنات البحرية …» before «بتمويل من المركز الوطني لتنمية الحياة الفطرية»:
 * whether the article brought in a `head` of its own (indefinite, not in construct with a name)
 * before index `at` of the folded text; «المركز» then stands for that one, not the one named.
 */
function introducedBefore(head: string, before: string, at: number): boolean {
  const folded = foldPhrase(before);
  return [head, `و${head}`].some((form) =>
    indexesOfWords(before, form).some((i) => {
      const next = folded.slice(i + foldPhrase(form).length).trimStart();
      return i < at && !/^(?:[وفبكل]?ال|لل|[«"“])/u.test(next);
    })
  );
}

// Heads of what stands somewhere in the article's country: «المحطة» restored is «المحطة الجديدة
// لتحلية مياه البحر في الأردن». Bodies («المنظمة», «الوكالة») may be foreign: left as they are.
const LOCAL_HEADS = new Set(
  [
    ...['مشروع', 'مستشفى', 'حملة', 'محطة', 'خطة', 'برنامج', 'مبادرة', 'مصنع', 'مطار'],
    ...['ميناء', 'سد', 'مزرعة', 'شعاب', 'حديقة']
  ].map(foldPhrase)
);

/**
 * A restored phrase of a local head, placed in the article's country unless the phrase or the
 * clause it goes in names it («وزير المياه الأردني … المحطة» needs no «في الأردن»).
 */
function placed(
  head: string,
  phrase: string,
  setting: Setting | undefined,
  text: string,
  nisba: readonly string[] = []
): string {
  if (
    setting === undefined ||
    !LOCAL_HEADS.has(foldPhrase(head)) ||
    setting.forms.some((f) => containsWords(phrase, f) || containsWords(text, f)) ||
    namesNationality(`${phrase} ${text}`, nisba)
  ) {
    return phrase;
  }
  return `${phrase} في ${setting.ar}`;
}

/** Whether `text` holds one of the adjectives in any agreement («الأردني» → «الأردنيون»). */
function namesNationality(text: string, nisba: readonly string[]): boolean {
  const folded = foldPhrase(text);
  return nisba.some((f) => {
    const stem = foldPhrase(f)
      .replace(/^ال/u, '')
      .replace(/ي[ةه]?$/u, '');
    return (
      stem.length >= 2 &&
      new RegExp(`(?:^|\\s)ال${stem}ي(?:[ةه]|ون|ين|ات)?(?=\\s|$)`, 'u').test(folded)
    );
  });
}

// The state's own bodies and officials: «الحكومة» is the government of the article's country,
// «المسؤولون» its officials.
const STATE_HEADS = new Set(['حكومة', 'برلمان', 'جيش', 'مسؤولون'].map(foldPhrase));

/**
 * «الحكومة» → «الحكومة الأردنية», «المسؤولون» → «المسؤولون الأردنيون» in an article that names
 * Jordan alone; undefined otherwise.
 */
function ofTheCountry(head: string, nisba: readonly string[] = []): string | undefined {
  if (!STATE_HEADS.has(foldPhrase(head))) {
    return undefined;
  }
  const feminine = feminineOf(head);
  const plural = /ون$/u.test(head);
  const adjective = nisba.find((f) =>
    feminine ? /^ال\S+ي[ةه]$/u.test(foldPhrase(f)) : /^ال\S+ي$/u.test(foldPhrase(f))
  );
  if (adjective === undefined) return undefined;
  return `ال${head} ${plural ? `${adjective.replace(/يّ?$/u, 'ي')}ون` : adjective}`;
}

/** A clause as shown: its text, where its blank is, and what could not be restored. */
export interface ShownClause {
  text: string;
  blankStart: number;
  blankEnd: number;
  unresolved: string[];
}

interface Token {
  start: number;
  end: number;
  text: string;
}

const tokens = (text: string): Token[] =>
  [...text.matchAll(/\S+/gu)].map((r) => ({
    start: r.index,
    end: r.index + r[0].length,
    text: r[0]
  }));

/** «وللوزارة» → clitics «ول», head «وزارة»; undefined unless a bare head of {@link HEADS}. */
function anaphor(word: string): { clitics: string; head: string } | undefined {
  const w = word.replace(/[^\p{L}\p{M}\u0640]+$/u, '');
  const r = /^([وف]?[بك]?)ال(\S+)$/u.exec(w) ?? /^([وف]?ل)ل(\S+)$/u.exec(w);
  if (r === null || !HEADS.has(foldPhrase(r[2] ?? ''))) {
    return undefined;
  }
  return { clitics: r[1] ?? '', head: r[2] ?? '' };
}

const definite = (w: string) => /^(?:[وفبكل]?ال|لل)\S{2,}/u.test(foldPhrase(w));
// A nisba adjective («وطنية»، «الجامعي»), not a verbal noun («تحلية») or a verb («تروي»).
const adjective = (w: string) => {
  const f = foldPhrase(w).replace(/^ال/u, '');
  return (
    /^\S{2,}(?:ي|يه|يين|يون|يات)$/u.test(f) &&
    !/^ت\S{2}يه$|^[يت]\S{2,3}ي$/u.test(f) &&
    // «جمعية وادي حضرموت»، «نادي الجزيرة»: nouns in «ي», no adjective; nor «ميناء شنغهاي» (a
    // name in «اي»), nor a name's «بني» («مستشفى بني وليد»: not «المستشفى البني»).
    !/^(?:وادي|نادي|قاضي|ضواحي|بني)$/u.test(clean(f)) &&
    !/اي$/u.test(clean(f))
  );
};
const stops = (w: string) => /[.,،؛:;!?؟«»"“”()]$/u.test(w);

/**
 * The fuller form the article gave `head` before: «مستشفى ابن سينا الجامعي» (a construct chain,
 * up to its first definite word and a definite adjective after it), «الحملة الوطنية لتلقيح
 * الأطفال» (an indefinite noun with its adjectives made definite, and a «ل» phrase), «الشعاب
 * المرجانية» (the definite noun with its adjective), or undefined.
 */
export function antecedent(head: string, before: string): string | undefined {
  const ws = tokens(before).map((t) => t.text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? '';
    const next = ws[i + 1] ?? '';
    const bare = w.replace(/^[وفب](?=\S{3})/u, '');
    if (anaphor(w)?.head === head && !stops(w) && definite(next) && adjective(next)) {
      // «داخل مركز عطبرة للأطراف الصناعية» before «المركز القومي…»: two centres, «المركز» either.
      if (namedEarlier(ws.slice(0, i), head)) return undefined;
      return [`ال${head}`, ...complemented(ws.slice(i + 1, i + 6))].join(' ');
    }
    if ((foldPhrase(bare) !== foldPhrase(head) && foldPhrase(w) !== foldPhrase(head)) || stops(w)) {
      continue;
    }
    const phrase =
      relativeForm(ws.slice(i + 1, i + 8), head) ?? fullerForm(ws.slice(i + 1, i + 6), head);
    if (phrase !== undefined) {
      return phrase;
    }
  }
  return quotedBuilding(head, before);
}

// Buildings a name in guillemets may be of, which «المبنى» then stands for.
const BUILDINGS = new Set(
  ['قصر', 'متحف', 'مسجد', 'قلعة', 'برج', 'فندق', 'بيت', 'دار', 'سوق', 'خان', 'حصن'].map(foldPhrase)
);

/**
 * «فتح «القصر الأحمر» في مدينة الجهراء» then «القصر» or «المبنى»: the last name in guillemets
 * whose first word is the head (or, for «المبنى», a building), in its guillemets; or undefined.
 */
function quotedBuilding(head: string, before: string): string | undefined {
  const h = foldPhrase(head);
  const names = [...before.matchAll(/«ال(\S+)(?:\s+[^\s«»]+){1,2}»/gu)].filter((m) => {
    const first = foldPhrase(m[1] ?? '');
    return first === h || (h === foldPhrase('مبنى') && BUILDINGS.has(first));
  });
  return names.at(-1)?.[0];
}

/** Whether a word ends in «ة» (or «ه», as folded). */
const feminineOf = (w: string) => /[ةه]$/u.test(foldPhrase(w));

const clean = (w: string) => w.replace(/[.,،؛:;!?؟»"”)]+$/u, '');

// Heads of bodies: «وزارة الصحة والمنظمة …» joins two bodies, not two words of one name.
const BODY_HEAD = /^و?ال(?:وزاره|منظمه|هيئه|شركه|جمعيه|وكاله|موسسه|جامعه|حكومه|سلطات|مجلس)$/u;

/**
 * «الثقافة والرياضة والشباب»: the genitive and up to two «وال» words joined to it (the name of
 * «وزارة الثقافة والرياضة والشباب», not «وزارة الثقافة»); none joined, an empty list.
 */
function joinedGenitives(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 1; k <= 2; k++) {
    const w = ws[k] ?? '';
    if (stops(ws[k - 1] ?? '') || !/^وال\S{2,}/u.test(w) || BODY_HEAD.test(foldPhrase(clean(w)))) {
      break;
    }
    out.push(clean(w));
  }
  return out;
}

/**
 * What goes on a body's name after its definite genitive: a name after «بن» («جامعة الحسين بن
 * طلال»), a king's name («جامعة الملك سعود»), or an adjective («مستشفى ابن سينا الجامعي»).
 */
function afterGenitive(last: string, next: string | undefined, father: string | undefined) {
  if (stops(last) || next === undefined) return [];
  if (/^(?:بن|بنت)$/u.test(next) && father !== undefined) return [next, clean(father)];
  const king = /^ال(?:ملك|امير|شيخ|سلطان)$/u.test(foldPhrase(last));
  const named = !definite(next) && !PARTICLE.test(foldPhrase(next)) && !verbLike(clean(next));
  if (king && named) return [clean(next)];
  return definite(next) && describes(next.replace(/^ال/u, '')) ? [clean(next)] : [];
}

/**
 * An adjective and the «لل» complement that goes on with it, one «وال» word joined: «الوطني
 * للسينما والصورة» (the name of «المركز الوطني للسينما والصورة», not «المركز الوطني» alone).
 */
function complemented(ws: readonly string[]): string[] {
  const out = [clean(ws[0] ?? '')];
  for (const [k, shape] of [/^لل/u, /^وال/u].entries()) {
    const w = ws[k + 1];
    if (w === undefined || stops(ws[k] ?? '') || !shape.test(w)) break;
    out.push(clean(w));
  }
  return out.length === 2 ? [...out, ...objectOf(ws.slice(1))] : out;
}

/**
 * «للكشف المبكر عن السكري»: after a «لل» verbal noun, its adjective and the object it takes with
 * a preposition («عن السكري»، «بالطفولة»), so that the name does not stop at «للكشف».
 */
function objectOf(ws: readonly string[]): string[] {
  const out: string[] = [];
  let k = 1;
  const ok = (j: number) => ws[j] !== undefined && !stops(ws[j - 1] ?? '');
  // A definite word after the definite «لل» noun is its adjective («المبكر»).
  if (ok(k) && /^ال/u.test(ws[k] ?? '')) out.push(clean(ws[k++] ?? ''));
  if (ok(k) && /^بال\S{2,}/u.test(ws[k] ?? '')) return [...out, clean(ws[k] ?? '')];
  const by = /^(?:عن|على|من)$/u.test(ws[k] ?? '') && ok(k + 1) && /^ال/u.test(ws[k + 1] ?? '');
  return ok(k) && by ? [...out, ws[k] ?? '', clean(ws[k + 1] ?? '')] : out;
}

/**
 * An indefinite noun described by a verb that refers back to it: «دراسة أجراها مستشفى ابن سينا
 * الجامعي في الرباط» → «الدراسة التي أجراها مستشفى ابن سينا الجامعي» (the verb's pronoun agrees
 * with the noun; the phrase ends at a particle or punctuation, after at least one word).
 */
export function relativeForm(after: readonly string[], head: string): string | undefined {
  const feminine = feminineOf(head);
  const verb = after[0] ?? '';
  const pronoun = feminine ? /^[^\sال]\S{2,}ها$/u : /^[^\sال]\S{2,}ه$/u;
  if (!pronoun.test(verb) || stops(verb) || definite(verb)) {
    return undefined;
  }
  const out = [verb];
  for (const w of after.slice(1, 6)) {
    if (PARTICLE.test(foldPhrase(clean(w))) || (/^[وف]/u.test(w) && out.length > 1)) break;
    out.push(clean(w));
    if (stops(w)) break;
  }
  return out.length > 1 ? `ال${head} ${feminine ? 'التي' : 'الذي'} ${out.join(' ')}` : undefined;
}

// Adjectives that end in neither «ي» nor «ية»: «محطة جديدة».
const PLAIN_ADJECTIVES = new Set(
  ['جديد', 'جديدة', 'كبير', 'كبيرة', 'صغير', 'صغيرة', 'ضخم', 'ضخمة', 'حديث', 'حديثة'].map(
    foldPhrase
  )
);
const describes = (w: string) => adjective(w) || PLAIN_ADJECTIVES.has(foldPhrase(clean(w)));

// Words that end a construct chain: prepositions, particles, verbs' objects pronouns.
const PARTICLE =
  /^(?:في|من|علي|الي|عن|مع|عبر|بين|منذ|بعد|قبل|حتي|او|ثم|قد|لم|لن|لا|ما|ان|الذي|التي|ضد|حول|نحو|لدي|عند|خلال|دون|بسبب|\S+ها|\S+هم)$/u;

/** The words after an indefinite head that specify it, as a definite phrase. */
function fullerForm(after: readonly string[], head: string): string | undefined {
  const quoted = quotedName(after);
  if (quoted !== undefined) {
    return `${head} ${quoted}`;
  }
  const out: string[] = [];
  let i = 0;
  // A construct chain: «مستشفى ابن سينا الجامعي»، «مشروع تحلية المياه».
  // «مهرجان جرش يُسدل الستار»: a verb ends the chain.
  const chained = (w: string) =>
    !definite(w) && !describes(w) && !PARTICLE.test(foldPhrase(w)) && !verbLike(clean(w));
  while (i < 3 && i < after.length && chained(after[i] ?? '')) {
    // «حملة تطعيم واسعة»: a feminine word after the first one is an adjective, not a genitive.
    if (i > 0 && feminineOf(clean(after[i] ?? ''))) return undefined;
    out.push(clean(after[i] ?? ''));
    // «وسط قطاع غزة،» then «في القطاع»: one name before a comma ends the chain (not an
    // adjective of a feminine head: «حملة واحدة،»).
    if (stops(after[i++] ?? '')) {
      return i === 1 && !feminineOf(head) ? `${head} ${out[0]}` : undefined;
    }
  }
  // «جولة تمويل من …» → «جولة التمويل»: one noun, then a particle (not an adjective of a
  // feminine head: «حملة واسعة»).
  const noun = out[0] ?? '';
  // «تراجع مخزونه»: a noun with its pronoun takes no «ال» («المخزونه»).
  if (/(?:ه|ها|هم|هما|هن)$/u.test(noun) && !/^(?:مياه|اتجاه|انتباه|رفاه|وجه)$/u.test(noun)) {
    return undefined;
  }
  const feminine = feminineOf(head) && feminineOf(noun);
  // «أول مختبر متخصص في فحص العسل»: a participle after the head is its adjective, not a noun
  // it governs («المختبر المتخصص», not «مختبر المتخصص»).
  const participle =
    /^م\S{3,}$/u.test(foldPhrase(noun)) && !/(?:[ةهى]|ات)$/u.test(foldPhrase(noun));
  // (Not «ميناء شنغهاي بعد…»: a foreign name in «اي» takes no «ال».)
  if (
    out.length === 1 &&
    !feminine &&
    !/اي$/u.test(foldPhrase(noun)) &&
    PARTICLE.test(foldPhrase(clean(after[1] ?? '')))
  ) {
    return participle ? `ال${head} ال${noun}` : `${head} ال${noun}`;
  }
  if (out.length > 0 || definite(after[0] ?? '')) {
    const last = after[i];
    if (last === undefined || !definite(last) || /^[وفبكل]/u.test(last)) {
      return undefined;
    }
    const joined = joinedGenitives(after.slice(i));
    const rest = joined.length > 0 ? joined : afterGenitive(last, after[i + 1], after[i + 2]);
    return [head, ...out, clean(last), ...rest].join(' ');
  }
  // «جمعية منظمي الرحلات السياحية»، «حملة جني الزيتون»: a word in «ي» before a definite one is
  // a noun in construct («منظمي»، «جني»), not an adjective.
  const [w0 = '', w1 = '', w2] = after;
  const construct =
    /\S{2,}ي$/u.test(clean(w0)) && !PARTICLE.test(foldPhrase(clean(w0))) && definite(w1);
  if (out.length === 0 && construct && !stops(w0) && !definite(w0)) {
    const adj = !stops(w1) && w2 !== undefined && definite(w2) && adjective(w2) ? [clean(w2)] : [];
    return [head, clean(w0), clean(w1), ...adj].join(' ');
  }
  // An indefinite noun and its adjectives: «حملة وطنية لتلقيح الأطفال».
  // «حفل ختامي على المسرح»: a particle is no adjective.
  const indefinite = (w: string) =>
    describes(w) && !definite(w) && !/^ل/u.test(w) && !PARTICLE.test(foldPhrase(clean(w)));
  // «جمعية نحّالي حائل»: a word in «ي» after a feminine head is no adjective of it (that would be
  // «نحّالية»); it is a noun in construct with a name.
  if (feminineOf(head) && indefinite(w0) && !feminineOf(clean(w0))) return undefined;
  while (i < after.length && indefinite(after[i] ?? '')) {
    out.push(`ال${clean(after[i] ?? '')}`);
    if (stops(after[i++] ?? '')) return [`ال${head}`, ...out].join(' ');
  }
  return out.length > 0 ? [`ال${head}`, ...out, ...lamPhrase(after.slice(i))].join(' ') : undefined;
}

/**
 * «شركة «لهجة» الناشئة» → «لهجة» in its quotation marks (guillemets or straight): a name of up
 * to five words, or undefined.
 */
function quotedName(after: readonly string[]): string | undefined {
  // «لهجة»، "أكفاي"، “أكفاي”: the article's own quotation marks.
  const open = /^[«"“]/u.exec(after[0] ?? '')?.[0];
  if (open === undefined) {
    return undefined;
  }
  const close = open === '«' ? '»' : open === '“' ? '”' : '"';
  const end = after.slice(0, 5).findIndex((w, i) => (i === 0 ? w.slice(1) : w).includes(close));
  return end < 0
    ? undefined
    : after
        .slice(0, end + 1)
        .join(' ')
        .replace(/[.,،؛:;!?؟]+$/u, '');
}

/** «لتحلية مياه البحر»: a «ل» phrase up to its first definite word, or nothing. */
function lamPhrase(after: readonly string[]): string[] {
  if (!/^ل[^ل]/u.test(after[0] ?? '') || definite(after[0] ?? '')) {
    return [];
  }
  for (let j = 0; j < Math.min(after.length, 4); j++) {
    if (j > 0 && definite(after[j] ?? '')) {
      // «لتنفيذ المرحلة الأولى»: an ordinal or adjective goes with its noun.
      const adj = after[j + 1] ?? '';
      const more = !stops(after[j] ?? '') && definite(adj) && /(?:ى|ي|ية|يه)$/u.test(clean(adj));
      return after.slice(0, j + (more ? 2 : 1)).map(clean);
    }
    if (stops(after[j] ?? '')) {
      return [];
    }
  }
  return [];
}

// Works the lead of a news story introduces, that a later bare «المشروع» stands for.
const WORKS = new Set(
  ['محطة', 'مصنع', 'سد', 'مطار', 'ميناء', 'جسر', 'طريق', 'مستشفى', 'خط', 'شبكة', 'مزرعة'].map(
    foldPhrase
  )
);

const PLACED_ON = /^(?:علي|في|عند|قرب|فوق|بمحاذاه|طول|عبر)$/u;

/**
 * «المشروع» that the article never names as a project: the work its lead introduces («افتُتحت
 * … محطة جديدة لتحلية مياه البحر» → «مشروع المحطة الجديدة لتحلية مياه البحر»), the first such
 * indefinite noun of the first paragraph with its fuller form; undefined otherwise.
 */
export function leadProject(head: string, before: string): string | undefined {
  // «المرحلة الأولى من مشروع يجمع بين…» after the lead: a project the article has introduced
  // since is that one, not the lead's work, even when its fuller form cannot be written («في
  // مشروع تبلغ كلفته…» in the lead is the lead's work).
  const since = before.split('\n').slice(1).join('\n');
  if (foldPhrase(head) !== foldPhrase('مشروع') || /(?:^|\s)[وفب]?مشروع\s/u.test(since)) {
    return undefined;
  }
  const ws = tokens(before.split('\n')[0] ?? '').map((t) => t.text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? '';
    const bare = foldPhrase(w).replace(/^[وفبكل]?ال|^لل/u, '');
    // «الكاميرات التي رُكّبت على الطريق المداري»: a work the project stands on is not the project.
    if (WORKS.has(bare) && PLACED_ON.test(foldPhrase(ws[i - 1] ?? ''))) {
      return undefined;
    }
    if (WORKS.has(foldPhrase(w)) && !stops(w)) {
      const phrase = fullerForm(ws.slice(i + 1, i + 6), w);
      return phrase === undefined ? undefined : `${head} ${phrase}`;
    }
    // «من الخط السابع لمترو الرياض»: a work the lead names with «ال» and what specifies it.
    if (definite(w) && WORKS.has(bare) && !stops(w)) {
      const phrase = specified(ws.slice(i + 1, i + 4));
      return phrase.length === 0
        ? undefined
        : [head, `ال${w.slice(w.indexOf('ال') + 2)}`, ...phrase].join(' ');
    }
  }
  return undefined;
}

/**
 * The lead's work for «المشروع», unless the clause names that work itself («الجزء الأكثر حساسية في
 * المشروع محطة المعالجة» is no «مشروع محطة لمعالجة المياه»: the plant is a part of it).
 */
function leadWork(head: string, before: string, clause: string): string | undefined {
  const found = leadProject(head, before);
  const work = foldPhrase(found?.split(/\s+/u)[1] ?? '');
  return work !== '' && new RegExp(`(?:^|\\s)[وفبلك]?(?:ال)?${work}(?=\\s|$)`, 'u').test(clause)
    ? undefined
    : found;
}

/** «السابع لمترو الرياض»: definite words and one «ل» phrase, up to punctuation. */
function specified(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of ws) {
    if (!(definite(w) || /^ل[^ل]/u.test(w)) || PARTICLE.test(foldPhrase(clean(w)))) break;
    out.push(clean(w));
    if (stops(w)) break;
  }
  return out.length > 0 && definite(out.at(-1) ?? '') ? out : [];
}

/** `clitics` + «الـhead» written with `phrase` in its place («لل» + «وزارة الصحة» → «لوزارة الصحة»). */
function withClitics(clitics: string, phrase: string): string {
  if (!clitics.endsWith('ل')) {
    return clitics + phrase;
  }
  return phrase.startsWith('ال') ? clitics + phrase.slice(1) : clitics + phrase;
}

/**
 * The clause with its bare definite references restored from the article before it (never one
 * that would show the answer, never inside the blank), and those that could not be restored.
 */
export function restoreReferents(
  clause: ShownClause,
  ctx: ReferentContext,
  answer: string
): ShownClause {
  // Offices qualified first too, so that a local referent sees the country they name.
  const fresh = restorePhase(restoreNew(withNationality(clause, ctx), ctx, answer), ctx, answer);
  const unresolved = [...fresh.unresolved];
  let c: ShownClause = { ...fresh, unresolved };
  const { text } = fresh;
  // «يستورد البلد قرابة 31 ألف طن»: a verb's subject «البلد» (which country?).
  if (/^\S+\s+البلد(?=[\s،,.]|$)/u.test(text)) unresolved.push('البلد');
  // «غير أن عدد السكان تجاوز اليوم 43 ألف نسمة»: the population of which place?
  if (
    /(?:^|\s)[وفبل]?(?:عدد|تعداد)\s+السكان(?![\p{L}\p{M}])(?!\s+(?:في|ب\S*|من|داخل))/u.test(text)
  ) {
    unresolved.push('عدد السكان');
  }
  // «المسؤولون» becomes «المسؤولون الأردنيون» further on: then «المشروع» needs no «في الأردن».
  const nationalised = tokens(text)
    .map((t) => anaphor(t.text))
    .map((a) => (a === undefined ? undefined : ofTheCountry(a.head, ctx.nisba)))
    .find((x) => x !== undefined);
  for (const t of tokens(text).reverse()) {
    const a = anaphor(t.text);
    const next = c.text.slice(t.end).trimStart().split(/\s/u)[0] ?? '';
    if (a === undefined || (t.end > c.blankStart && t.start < c.blankEnd)) {
      continue;
    }
    // «الحكومة الأردنية»، «الوزارة المعنية»: specified where it stands; «في الهيئة المهندس …»
    // is not: a title starts a name; nor is «ألزمت السلطة المخيمات»: a plural in «ات» after a
    // singular head is its verb's object.
    if (
      !stops(t.text) &&
      definite(next) &&
      !/^لل/u.test(next) &&
      !TITLE_WORD.test(foldPhrase(next)) &&
      !(/ات$/u.test(foldPhrase(clean(next))) && !/ات$/u.test(foldPhrase(a.head)))
    ) {
      continue;
    }
    // «أن الشركة ستتحمل 60 في المئة، في حين تتولى شركة ميناء الدقم …»: another body of the same
    // head in the clause is not the one «الشركة» stands for.
    const rest = foldPhrase(c.text.slice(0, t.start) + c.text.slice(t.end));
    if (new RegExp(`(?:^|\\s)[وفبلك]?${foldPhrase(a.head)}(?=\\s|$)`, 'u').test(rest)) {
      unresolved.push(`ال${a.head}`);
      continue;
    }
    // «مديرة البرنامج … إن البرنامج يستهدف»: a second «البرنامج» is the first one's, restored there.
    const earlier = new RegExp(`(?:^|\\s)[وفبلك]?(?:ال|لل)${foldPhrase(a.head)}(?=\\s|$)`, 'u');
    if (earlier.test(foldPhrase(c.text.slice(0, t.start)))) {
      continue;
    }
    const named = namedAntecedent(a.head, ctx);
    const found =
      named === null
        ? undefined
        : (named ?? antecedent(a.head, ctx.before) ?? leadWork(a.head, ctx.before, rest));
    const phrase =
      found === undefined
        ? ofTheCountry(a.head, ctx.nisba)
        : placed(
            a.head,
            found,
            ctx.setting,
            nationalised ? `${c.text} ${nationalised}` : c.text,
            ctx.nisba
          );
    if (
      phrase === undefined ||
      (answer !== '' && foldPhrase(phrase).includes(foldPhrase(answer)))
    ) {
      unresolved.push(`ال${a.head}`);
      continue;
    }
    const word = t.text.replace(/[^\p{L}\p{M}\u0640]+$/u, '');
    c = spliced(c, t.start, t.start + word.length, withClitics(a.clitics, phrase));
  }
  const named = titledPeople(fullNames(c, ctx), ctx, answer);
  const country = inTheCountry(named, ctx);
  return withNationality({ ...country, unresolved: [...new Set(unresolved)] }, ctx);
}

// «الوحدة الجديدة»، «المصرف الجديد»: a definite noun called new is the one the article
// introduced before, whatever its head; what follows may say which («الجديدة في صور»).
const NEW = /^(?:الجديد|الجديده|الجدد)$/u;
// Bodies and offices: «الوزارة الجديدة»، «المصرف الجديد» may be another than the one named before
// (formed since, or out of a merger).
const NEW_BODIES = new Set(
  ['وزارة', 'حكومة', 'هيئة', 'لجنة', 'مجلس', 'وكالة', 'منظمة', 'جمعية', 'شركة', 'مصرف', 'بنك']
    .concat(['إدارة', 'رئيس', 'وزير', 'مدير', 'اتحاد', 'حزب'])
    .map(foldPhrase)
);
const SPECIFIER = /^(?:في|لل\S+|ل[^ل]\S+|ب\S+|[«"“]\S*|قرب|شمال|جنوب|شرق|غرب)$/u;

/**
 * «تبلغ قدرة الوحدة الجديدة …» → «تبلغ قدرة وحدة تخزين الطاقة الجديدة …»: a definite noun
 * followed by «الجديد/الجديدة» and nothing that specifies it, restored from the fuller form the
 * article gave it before (a construct chain keeps «الجديدة»; another form stands alone); listed
 * as unresolved when the article gives none. Not an adjective of another noun («العاصمة
 * الإدارية الجديدة»، «الحد الأدنى الجديد»), nor a noun the clause itself introduces.
 */
function restoreNew(clause: ShownClause, ctx: ReferentContext, answer: string): ShownClause {
  let c = { ...clause, unresolved: [...clause.unresolved] };
  const { blankStart, blankEnd, unresolved } = c;
  const ws = tokens(clause.text);
  for (let i = ws.length - 2; i >= 0; i--) {
    const t = ws[i]!;
    const adj = ws[i + 1]!;
    const m = /^([وف]?[بك]?)ال(\S{2,})$/u.exec(t.text) ?? /^([وف]?ل)ل(\S{2,})$/u.exec(t.text);
    const prev = ws[i - 1]?.text ?? '';
    if (
      m === null ||
      stops(t.text) ||
      !NEW.test(foldPhrase(clean(adj.text))) ||
      (adj.end > blankStart && t.start < blankEnd) ||
      (!stops(adj.text) && SPECIFIER.test(foldPhrase(ws[i + 2]?.text ?? ''))) ||
      (definite(prev) && !stops(prev))
    ) {
      continue;
    }
    const head = m[2] ?? '';
    if (NEW_BODIES.has(foldPhrase(head)) || containsWords(clause.text.slice(0, t.start), head)) {
      continue;
    }
    const found = antecedent(head, ctx.before);
    if (found === undefined || (answer !== '' && containsWords(found, answer))) {
      unresolved.push(`ال${head} ${clean(adj.text)}`);
      continue;
    }
    const chain = !found.startsWith('ال') && !/\s(?:ل|لل)\S+/u.test(found);
    const written = withClitics(m[1] ?? '', chain ? `${found} ${clean(adj.text)}` : found);
    c = spliced(c, t.start, adj.start + clean(adj.text).length, written);
  }
  return c;
}

/** `c` with its text from `start` to `end` written as `written`, its blank moved along if after. */
function spliced(c: ShownClause, start: number, end: number, written: string): ShownClause {
  const shift = start < c.blankStart ? written.length - (end - start) : 0;
  return {
    ...c,
    text: c.text.slice(0, start) + written + c.text.slice(end),
    blankStart: c.blankStart + shift,
    blankEnd: c.blankEnd + shift
  };
}

// «المرحلة الثانية»: a phase by its ordinal alone, of no work the clause names.
const PHASE = /^([وفبكل]?)(?:ال|ل)مرحله$/u;
const PHASE_ORDINAL = /^ال(?:اولي|ثانيه|ثالثه|رابعه|خامسه)$/u;
// What ends the work a phase is of: a figure, a preposition or particle, a relative, a quotation.
const WORK_ENDS =
  /^(?:[\d٠-٩].*|في|علي|الي|بين|عبر|مع|من|منذ|خلال|قرب|الذي|التي|بعد|قبل|حتي|بهدف)$/u;

/**
 * The work a phase is of, as the article names it before: «المرحلة الأولى من مشروع تحديث ميناء
 * الصيد التقليدي في…» gives «مشروع تحديث ميناء الصيد التقليدي» (two to six words, up to a
 * preposition, a figure or punctuation, ending on a definite word), else the lead's work.
 */
function phaseOf(before: string): string | undefined {
  const ws = tokens(before).map((t) => t.text);
  for (let i = 0; i + 3 < ws.length; i++) {
    const [w = '', ordinal = '', from = ''] = ws.slice(i, i + 3);
    if (!PHASE.test(foldPhrase(w)) || stops(w) || stops(ordinal) || foldPhrase(from) !== 'من') {
      continue;
    }
    const work: string[] = [];
    for (const x of ws.slice(i + 3, i + 9)) {
      if (WORK_ENDS.test(foldPhrase(x)) || /^[«"“(]/u.test(x)) break;
      work.push(clean(x));
      if (stops(x)) break;
    }
    while (work.length > 0 && !definite(work.at(-1) ?? '')) work.pop();
    if (work.length >= 2) return work.join(' ');
  }
  const lead = leadProject('مشروع', before);
  // «مشروع «طريق اللؤلؤ»: a name in guillemets is closed.
  const open = (lead?.split('«').length ?? 0) > (lead?.split('»').length ?? 0);
  return open ? `${lead}»` : lead;
}

/**
 * «وتنطلق المرحلة الثانية في مارس 2026» → «وتنطلق المرحلة الثانية من مشروع … في مارس 2026»: a
 * phase named by its ordinal alone is written with the work the article gave it before (the
 * second phase of what?); left as it is when the article spoke of phases before («وبلغت كلفة
 * المرحلة الأولى…», a race's stages); else listed as unresolved.
 */
function restorePhase(clause: ShownClause, ctx: ReferentContext, answer: string): ShownClause {
  let c = { ...clause, unresolved: [...clause.unresolved] };
  const { blankStart, blankEnd, unresolved } = c;
  const ws = tokens(clause.text);
  for (let i = ws.length - 2; i >= 0; i--) {
    const t = ws[i]!;
    const ordinal = ws[i + 1]!;
    const next = foldPhrase(ws[i + 2]?.text ?? '');
    if (
      !PHASE.test(foldPhrase(t.text)) ||
      stops(t.text) ||
      !PHASE_ORDINAL.test(foldPhrase(clean(ordinal.text))) ||
      (!stops(ordinal.text) && (next === 'من' || /^ل\S{3,}$/u.test(next))) ||
      (ordinal.end > blankStart && t.start < blankEnd)
    ) {
      continue;
    }
    const work = phaseOf(ctx.before);
    if (work === undefined || (answer !== '' && containsWords(work, answer))) {
      // («في مرحلتها الأولى» in a title names no phase the student can tell apart.)
      if (!/(?:^|\s)[وفبلك]?(?:ال|لل)مرحل/u.test(ctx.before)) {
        unresolved.push(`${clean(t.text)} ${clean(ordinal.text)}`);
      }
      continue;
    }
    const end = ordinal.start + clean(ordinal.text).length;
    c = spliced(c, t.start, end, `${clause.text.slice(t.start, end)} من ${work}`);
  }
  return c;
}

/**
 * «حصلت العمري على قرض …»: a person the clause names by family name alone is named in full
 * («حصلت هيفاء العمري …»), unless the clause names them in full already or the name is the blank.
 */
function fullNames(
  clause: ShownClause,
  { people = [], before = '' }: ReferentContext
): ShownClause {
  let c = clause;
  for (const p of people) {
    if (containsWords(c.text, p.ar)) continue;
    for (const alias of p.forms.filter((f) => f !== p.ar)) {
      const at = wholeWord(alias).exec(c.text)?.index;
      if (at === undefined || (at < c.blankEnd && at + alias.length > c.blankStart)) continue;
      if (givenBefore(c.text.slice(0, at)) || sharedFamilyName(before, alias, p.ar)) continue;
      // «الراعي سعد محمد كُحيل»: the family name «سعد» opening another person's name.
      if (opensName(c.text.slice(at + alias.length))) continue;
      c = spliced(c, at, at + alias.length, p.ar);
      break;
    }
  }
  return c;
}

/** Whether `ws` hold the head in construct with a name of no «ال» («مركز عطبرة»): another one. */
function namedEarlier(ws: readonly string[], head: string): boolean {
  return ws.some(
    (w, i) =>
      foldPhrase(w.replace(/^[وفب](?=\S{3})/u, '')) === foldPhrase(head) &&
      !stops(w) &&
      /^[\p{L}\p{M}]{2,}$/u.test(ws[i + 1] ?? '') &&
      !/^ال/u.test(ws[i + 1] ?? '')
  );
}

/** Whether the text after a name goes on with a given name («سعد | محمد كُحيل»): a longer name. */
function opensName(after: string): boolean {
  const next = /^\s+([\p{L}\p{M}]+)/u.exec(after)?.[1];
  // («حصلت العمري على قرض»: «على» folds as the name «علي».)
  return next !== undefined && next !== 'على' && givenName(next);
}

/** `form` as a whole word (no letter or mark either side), in the text as written. */
const wholeWord = (form: string, flags = '') =>
  new RegExp(`(?<![\\p{L}\\p{M}])${form}(?![\\p{L}\\p{M}])`, `u${flags}`);

/**
 * «أسّس المطبعةَ الحاج عبد الحسين الخفاجي … ويديرها اليوم حفيده علي الخفاجي»: whether the article
 * before gives the family name `alias` to someone else too, after another given name (then «قال
 * الخفاجي» may be either).
 */
function sharedFamilyName(before: string, alias: string, full: string): boolean {
  const own = full.slice(0, full.length - alias.length).trim();
  return [...before.matchAll(wholeWord(alias, 'g'))].some((m) => {
    const prefix = before.slice(0, m.index).trimEnd();
    // («حليمة علي فارح»: a father's name, with the family name after it.)
    const next = before.slice(m.index + m[0].length).match(/^\s*([^\s.,،؛:!?؟»]*)/u)?.[1] ?? '';
    const ends =
      next === '' ||
      PARTICLE.test(foldPhrase(next)) ||
      verbLike(next) ||
      /^(?:[وفبل]?ال|لل)/u.test(foldPhrase(next));
    return own !== '' && ends && !prefix.endsWith(own) && givenBefore(prefix);
  });
}

// Perfects of form III that open sentences («وقارن»، «وتابع»), not given names.
const FORM_THREE =
  /^(?:قارن|شارك|تابع|طالب|حاول|ناشد|واصل|رافق|عارض|سارع|راجع|ناقش|وافق|خاطب|لاحظ|باشر|ساهم|ساعد|غادر|عاد)ت?$/u;

// Given names of the shape of a perfect of three letters.
const THREE_NAMES = /^(?:عمر|حسن|سعد|فهد|نصر|بشر|زيد|خلف|رعد|مجد|ليث|شرف|حمد|جبر|صقر|نمر|فرج)$/u;
// Given names of the shape of a perfect of form IV.
const A_NAMES =
  /^(?:احمد|امجد|ايمن|انس|اسامه|اكرم|امل|اسماء|انور|اشرف|امين|اسعد|اديب|انيس|ادهم|امير)$/u;

/**
 * Whether the word before a family name is another given name («أكّد الشاب مازن المالكي» is no
 * «علي المالكي»): not a verb, a particle, a title or punctuation.
 */
function givenBefore(before: string): boolean {
  const prev = before.trimEnd().split(/\s+/u).at(-1) ?? '';
  const w = foldPhrase(prev);
  // «علي» (the name) folds as «على» (the particle) does.
  if (/^[وف]?علي$/u.test(prev)) return true;
  // «وقارن الأمين»: a perfect of form III, of the shape of many given names («خالد»).
  if (FORM_THREE.test(prev.replace(/^[وف](?=\S{4})/u, ''))) return false;
  return !(
    prev === '' ||
    /[.,،؛:«"“(]$/u.test(prev) ||
    verbLike(prev.replace(/^[وف](?=\S{3})/u, '')) ||
    SPEAKER_VERB.test(prev) ||
    // «أعلن الرواحي»، «كشف الجودر»: a perfect of form IV or of three letters, not «أحمد
    // المالكي» nor «عمر الجودر».
    (/^[وف]?[أإ]\S{2,3}$/u.test(prev) && !A_NAMES.test(w.replace(/^[وف](?=ا)/u, ''))) ||
    (/^[وف]?[^اويهى\s]{2}[^اويهىت\s]$/u.test(w) &&
      !THREE_NAMES.test(w.replace(/^[وف](?=\S{3})/u, ''))) ||
    PARTICLE.test(w) ||
    TITLE_WORD.test(w) ||
    /^(?:[وفبل]?ال|لل)/u.test(w) ||
    /^[وف]?(?:بحسب|حسب|وفق|وفقا|عن|قال|قالت)$/u.test(w)
  );
}

// Offices an article gives one person and then uses alone: «الوزير» after «وزير النقل … حمود
// الرواحي». Not «الرئيس»: a country's president is called so too.
const OFFICES = new Set(['وزير', 'مدير', 'محافظ', 'سفير'].map(foldPhrase));

/** Whether the article names `p` within six words after their office («وزير النقل … حمود»). */
function holds(before: string, p: { ar: string; forms: readonly string[] }, office: string) {
  const words = tokens(before).map((t) => foldPhrase(t.text.replace(/[^\p{L}\p{M}]+$/u, '')));
  const first = foldPhrase(p.ar.split(/\s+/u)[0] ?? '');
  const titled = new RegExp(`^[وفبل]?(?:ال)?${office}$`, 'u');
  return words.some(
    (w, i) => w === first && words.slice(Math.max(0, i - 6), i).some((o) => titled.test(o))
  );
}

/**
 * «أوضح الوزير أن …»: a bare office whose one holder the article named before is written with
 * the shortest form of the name («أوضح الوزير الرواحي أن …»), unless the clause names them or
 * the name is the answer.
 */
function titledPeople(
  clause: ShownClause,
  { before, people = [] }: ReferentContext,
  answer: string
): ShownClause {
  let { text, blankStart, blankEnd } = clause;
  for (const t of tokens(text).reverse()) {
    const word = t.text.replace(/[^\p{L}\p{M}\u0640]+$/u, '');
    const feminine = feminineOf(word);
    const office = /^[وفبل]?ال(\S+)$/u.exec(foldPhrase(word).replace(/ه$/u, ''))?.[1];
    if (office === undefined || !OFFICES.has(office)) continue;
    if (t.end > blankStart && t.start < blankEnd) continue;
    // «المدير العام لـ«بوغاز لاينز»، رشيد المنصوري»: an office qualified where it stands may be
    // another's than the one the article named.
    const next = text.slice(t.end).trimStart().split(/\s/u)[0] ?? '';
    if (!stops(t.text) && /^(?:ال\S|ل)/u.test(next)) continue;
    const holders = people.filter(
      (p) => p.gender !== (feminine ? 'm' : 'f') && holds(before, p, office)
    );
    const p = holders.length === 1 ? holders[0] : undefined;
    const shown = (f: string) => containsWords(text, f);
    const asked = (f: string) => answer !== '' && foldPhrase(f).includes(foldPhrase(answer));
    if (p === undefined || p.forms.some(shown) || p.forms.some(asked)) continue;
    // The shortest form the article uses («الرواحي»): a name costs the prompt words.
    const name = [...p.forms].sort((a, b) => a.split(' ').length - b.split(' ').length)[0] ?? p.ar;
    const at = t.start + word.length;
    text = `${text.slice(0, at)} ${name}${text.slice(at)}`;
    if (at <= blankStart) {
      blankStart += name.length + 1;
      blankEnd += name.length + 1;
    }
  }
  return { ...clause, text, blankStart, blankEnd };
}

// Countries whose name is masculine («المغرب ينتج») or plural («الإمارات»): «البلاد تنتج» is no
// «المغرب تنتج».
const NOT_FEMININE = new Set(
  ['المغرب', 'العراق', 'الأردن', 'السودان', 'لبنان', 'اليمن', 'البحرين', 'الصومال'].map(foldPhrase)
);
const feminineCountry = (name: string) =>
  !NOT_FEMININE.has(foldPhrase(name)) && !/ات$/u.test(name) && !/\s/u.test(name.trim());

/**
 * «في البلاد»، «للبلاد» of an article set in one country is that country («في المغرب»); after a
 * preposition, where no verb or adjective has to agree with it, or anywhere when the country's
 * name is feminine as «البلاد» is («لا تزال البلاد تنتج» → «لا تزال تونس تنتج»).
 */
function inTheCountry(clause: ShownClause, { setting }: ReferentContext): ShownClause {
  if (setting === undefined) return clause;
  let { text, blankStart, blankEnd } = clause;
  for (const t of tokens(text).reverse()) {
    const word = t.text.replace(/[^\p{L}\p{M}]+$/u, '');
    const folded = foldPhrase(word);
    const clitic = /^[وف]?([بل])(?:ال|ل)بلاد$/u.exec(folded)?.[1];
    const afterPreposition =
      folded === 'البلاد' &&
      (feminineCountry(setting.ar) ||
        /(?:^|\s)(?:في|من|إلى|على|عن)\s+$/u.test(text.slice(0, t.start)));
    if ((clitic === undefined && !afterPreposition) || (t.end > blankStart && t.start < blankEnd)) {
      continue;
    }
    const written = clitic === undefined ? setting.ar : withClitics(clitic, setting.ar);
    text = text.slice(0, t.start) + written + text.slice(t.start + word.length);
    if (t.start < blankStart) {
      blankStart += written.length - word.length;
      blankEnd += written.length - word.length;
    }
  }
  return { ...clause, text, blankStart, blankEnd };
}

// «الأحياء المجاورة»، «المناطق المحيطة»: next to what? Resolved only by what follows («للحديقة»).
const RELATIONAL =
  /(?<![\p{L}\p{M}])(ال\p{L}+\s+(?:المجاور|المجاورة|المجاورين|المجاورتين|المحيط|المحيطة|المحيطين))(?![\p{L}\p{M}])(?!\s+(?:ل|من\s|بـ?))/gu;

/** Definite nouns placed by an adjective of nearness with nothing after it to be near. */
export function relational(text: string): string[] {
  return [...text.matchAll(RELATIONAL)].map((m) => m[1] ?? '');
}

// Offices and ministries named by what they do, not by their country: «وزير المياه».
const OFFICE_HEADS = new Set(['وزير', 'وزيرة', 'وزارة'].map(foldPhrase));

/**
 * «وزير المياه» in an article that names one country is that country's: «وزير المياه الأردني»
 * (the adjective agrees with the head), unless an adjective already follows or it is the blank.
 */
function withNationality(clause: ShownClause, { nisba = [] }: ReferentContext): ShownClause {
  let { text, blankStart, blankEnd } = clause;
  const ws = tokens(text);
  for (let i = ws.length - 2; i >= 0; i--) {
    const raw = ws[i]?.text ?? '';
    const head = OFFICE_HEADS.has(foldPhrase(raw)) ? raw : raw.replace(/^[وفبل](?=\S{3})/u, '');
    const genitive = ws[i + 1]!;
    const after = ws[i + 2]?.text ?? '';
    if (
      !OFFICE_HEADS.has(foldPhrase(head)) ||
      !definite(genitive.text) ||
      (!stops(genitive.text) && definite(after)) ||
      (genitive.end > blankStart && (ws[i]?.start ?? 0) < blankEnd)
    ) {
      continue;
    }
    const feminine = feminineOf(head);
    const adjective = nisba.find((f) =>
      feminine ? /^ال\S+ي[ةه]$/u.test(foldPhrase(f)) : /^ال\S+ي$/u.test(foldPhrase(f))
    );
    if (adjective === undefined) {
      continue;
    }
    const at = genitive.start + clean(genitive.text).length;
    text = `${text.slice(0, at)} ${adjective}${text.slice(at)}`;
    if (at <= blankStart) {
      blankStart += adjective.length + 1;
      blankEnd += adjective.length + 1;
    }
  }
  return { ...clause, text, blankStart, blankEnd };
}

/**
 * A clause cut after «و» whose verb's subject is the sentence's («تعتمد المحطة على…،
 * وتستهلك طاقتها من…»): that subject, a definite noun right after the sentence's first verb or
 * right before it, put after the clause's verb when the two agree in gender; undefined otherwise.
 */
export function restoreSubject(
  clause: ShownClause,
  sentence: string,
  windowStart: number
): ShownClause | undefined {
  if (windowStart === 0 || !subjectless(clause.text, true) || /^\S+[:«"“]/u.test(clause.text)) {
    return undefined;
  }
  const [v, n] = tokens(sentence).map((t) => t.text);
  const verb = tokens(clause.text)[0];
  if (v === undefined || n === undefined || verb === undefined || verb.end > clause.blankStart) {
    return undefined;
  }
  // «قد أدرجته منظمة…»: a subject goes after the verb «قد» introduces, never after «قد».
  if (/^[وف]?ل?قد$/u.test(foldPhrase(verb.text))) return undefined;
  // «وأوضحت الطبيبة أن وزن كل شبل…، في حين تراوحت أوزانها»: a clause after «أن» is what was
  // said, and its verb is not the speaker's.
  if (/(?:^|\s)(?:أن|إن|أنّ|إنّ)\s/u.test(sentence.slice(0, windowStart))) return undefined;
  const subject = /^ال\S+$/u.test(clean(n)) && !stops(n) ? clean(n) : undefined;
  // The sentence opens with a verb (imperfect or feminine perfect; «ويسري» too) and both verbs
  // agree with it.
  const bare = (w: string) => foldPhrase(w).replace(/^[وف](?=\S{3})/u, '');
  const feminine = (w: string) => /^ت|[^ا]ت$/u.test(bare(w));
  const verbal = (w: string) => /^[يت]\S{2,}|^\S{2,}[^ا]ت$/u.test(bare(w)) && !/^ال/u.test(bare(w));
  if (
    subject === undefined ||
    !verbal(v) ||
    feminine(v) !== /[ةه]$/u.test(subject) ||
    feminine(verb.text) !== feminine(v)
  ) {
    return undefined;
  }
  // «وتعتزم الشركة بدء المرحلة الثانية، وتشمل 200 ميجاوات»: another noun of the verb's gender
  // in the first clause may be what the verb goes on (the phase, not the company).
  const first = tokens(sentence.slice(0, sentence.search(/[،,]|$/u))).map((t) => clean(t.text));
  // (Not the subject's adjective right after it, nor a noun after a preposition.)
  const rival = first.some(
    (w, i) =>
      i >= 3 &&
      /^ال\S{2,}[ةه]$/u.test(w) &&
      !/^(?:في|من|على|إلى|الى|عن|مع|لدى|عند)$/u.test(first[i - 1] ?? '') &&
      !stops(w)
  );
  if (rival && feminine(verb.text)) return undefined;
  const insert = ` ${subject}`;
  return {
    text: clause.text.slice(0, verb.end) + insert + clause.text.slice(verb.end),
    blankStart: clause.blankStart + insert.length,
    blankEnd: clause.blankEnd + insert.length,
    unresolved: clause.unresolved
  };
}

/**
 * The body or place a bare definite noun of `text` stands for: «الوزارة» for the article's one
 * body whose name starts «وزارة». Ids of `names` (organisations and places) by their first word.
 */
export function anaphoricIds(
  text: string,
  names: readonly { id: string; type: string; ar: string }[]
): string[] {
  const out = new Set<string>();
  for (const t of tokens(text)) {
    const a = anaphor(t.text);
    const next = text.slice(t.end).trimStart().split(/\s/u)[0] ?? '';
    if (a === undefined || (!stops(t.text) && definite(next))) {
      continue;
    }
    const heads = names.filter(
      (n) =>
        (n.type === 'organisation' || n.type === 'place') &&
        foldPhrase(n.ar.split(/\s+/u)[0] ?? '') === foldPhrase(a.head)
    );
    if (heads.length === 1) {
      out.add(heads[0]!.id);
    }
  }
  return [...out];
}
