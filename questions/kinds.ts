import { latinDigits, normalizeAnswer, stripMarks } from '../src/lib/domain/answers';
import { grammaticalGender } from './agreement';
import { regions } from './countries';
import type { Entity, Mention } from './entities';
import { numberWord } from './numbers';

/** Entity types that are names: asked with «the» in English, swapped for names of their kind. */
export const NAMED = new Set(['person', 'country', 'organisation', 'place']);

/** The kind of a mention for distractors: wrong options must share it. */
export function mentionKind(m: Mention, entity: Entity | undefined): string {
  if (entity && m.kind === 'entity') {
    if (entity.type === 'number') {
      return yearLike(m) ? 'year' : 'number';
    }
    if (entity.type === 'date') {
      return `date:${precision(entity.date ?? m.core)}`;
    }
    return entityKind(entity, answerOf(m));
  }
  if (m.kind === 'nisba') {
    return `nisba:${entity?.type ?? '?'}:${nisbaClass(m.core)}`;
  }
  if (m.kind === 'date') {
    return `date:${precision(m.iso ?? '')}`;
  }
  return m.kind;
}

/**
 * The kind of a named entity in the form written: persons by gender; countries, organisations
 * and places by grammatical gender (so that a swapped name agrees with its verb); places split
 * into cities (a place with a country) and regions, so that a city never stands in for a sea.
 */
export function entityKind(entity: Entity, form: string): string {
  if (entity.type === 'person') {
    return `person:${entity.gender ?? '?'}`;
  }
  const gender =
    grammaticalGender(
      form,
      entity.type,
      form === entity.ar ? entity.gender : undefined,
      entity.country !== undefined
    ) ?? '?';
  if (entity.type === 'place') {
    return `place:${entity.country === undefined ? 'region' : 'city'}:${gender}`;
  }
  if (entity.type === 'organisation') {
    return `organisation:${organisationClass(entity)}:${gender}`;
  }
  if (entity.type === 'country') {
    return `country:${gender}`;
  }
  return entity.type;
}

function yearLike(m: Mention): boolean {
  return /^\d{4}$/.test(latinDigits(m.core)) && (m.value ?? 0) >= 1900 && (m.value ?? 0) <= 2100;
}

export function precision(iso: string): string {
  return ['year', 'month', 'day'][iso.split('-').length - 1] ?? 'year';
}

/** Agreement class of a nisba adjective: article or not, and its ending. */
export function nisbaClass(form: string): string {
  const bare = stripMarks(form).replace(/ة$/u, 'ه');
  const article = /^ال/u.test(bare) ? 'al' : 'bare';
  const ending = ['يين', 'يون', 'يات', 'يه', 'ي'].find((e) => bare.endsWith(e)) ?? 'other';
  return `${article}-${ending}`;
}

/** The answer a mention asks for: its core, with «ال» restored when written «لل». */
export function answerOf(m: Mention): string {
  if (!m.merged) {
    // A number word's options are written without marks: so is the answer («تسعِ» → «تسع»).
    return m.kind === 'number' && numberWord(m.core) !== undefined ? stripMarks(m.core) : m.core;
  }
  return m.form.startsWith('ال') ? m.form : `ال${m.form}`;
}

/**
 * A person entry that describes someone rather than naming them («مسؤول بارز في إدارة جو
 * بايدن», “A senior Biden administration official”): never an answer, a distractor or a swap.
 */
export function isDescription(entity: Entity | undefined): boolean {
  if (entity?.type === 'organisation') {
    return describedBody(entity.ar);
  }
  return entity?.type === 'person' && /^(?:a|an|the)\s/iu.test(entity.en ?? '');
}

/**
 * «الجامعة اليابانية»: a body's head noun and a nationality alone may be a name («الجامعة
 * الأردنية») or stand for a body the article names otherwise («جامعة كانازاوا»); offered beside
 * it, both would be right.
 */
function describedBody(ar: string): boolean {
  const [head, adjective, ...rest] = ar.split(/\s+/u);
  return rest.length === 0 && /^ال/u.test(head ?? '') && nisbas().has(adjective ?? '');
}

let nisbaSet: Set<string> | undefined;
/** Every nationality adjective the platform's regions give, read once. */
const nisbas = () => (nisbaSet ??= new Set(regions().flatMap((r) => r.nisba)));

/** A person named by an office alone («وزير المياه»، «المتحدثة باسم الوزارة»), not by a name. */
export const namedByOffice = (entity: Entity) => ROLE_FIRST.test(entity.ar);

const ROLE_FIRST =
  /^(?:ال)?(?:وزير|وزيرة|رئيس|رئيسة|مدير|مديرة|متحدث|متحدثة|ناطق|ناطقة|ممثل|ممثلة|محافظ|محافظة|سفير|سفيرة|قائد|قائدة|مشرف|مشرفة|منسق|منسقة|مسؤول|مسؤولة|مدرب|مدربة)(?:\s|$)/u;

/** The head noun of a person's role («الرئيس» for «الرئيس الأوكراني»), article-free. */
function roleHead(entity: Entity): string | undefined {
  const head = normalizeAnswer(entity.role?.ar ?? '').split(' ')[0];
  return head === undefined || head === '' ? undefined : head;
}

/**
 * Whether `other` could be right where the article names `person`: the same role head noun
 * (another president for «الرئيس الأوكراني ____», also offered among “Western leaders”) or the
 * same camp. Such a person is never a wrong option or a swap.
 */
export function sameStanding(person: Entity, other: Entity): boolean {
  const a = roleHead(person);
  if (a !== undefined && a === roleHead(other)) {
    return true;
  }
  return person.camp !== undefined && person.camp === other.camp;
}

// What an organisation is, from its head noun in either language: a wrong option is a body of
// the same class (a think tank for a think tank, never the US Congress among them).
const ORGANISATION_CLASSES: [string, RegExp][] = [
  // A company («شركة «لهجة»»، «مجموعة «هافنلينك»»): a shipping line among ministries is cued.
  ['business', /\b(?:company|corporation|inc|ltd)\b|^(?:ال)?شركة|^مجموعة «/iu],
  [
    'research',
    /\b(?:institute|cent(?:er|re)|council on|foundation|endowment|university|think tank)\b|^(?:ال)?(?:معهد|مركز|جامعة|مؤسسة)/iu
  ],
  [
    'channel',
    /\b(?:cnn|bbc|jazeera|arabiya|tv|television|channel|broadcast)|^(?:ال)?(?:قناة|تلفزيون|إذاعة)/iu
  ],
  [
    'press',
    /\b(?:post|times|journal|policy|guardian|gazette|magazine|newspaper|news|reuters|press)\b|^(?:ال)?(?:صحيفة|جريدة|مجلة|وكالة الأنباء)/iu
  ],
  [
    'armed',
    /\b(?:military|army|armed|forces|guards?|corps|group|militias?|nato|alliance)\b|^(?:ال)?(?:جيش|قوات|حرس|مجموعة|ميليشيا|حلف|كتائب)/iu
  ],
  // A municipality is a place as much as a body: «عرفت بلدية الحاجب أكبر تراجع» takes no
  // directorate.
  [
    'local',
    /\b(?:municipality|municipal|city council|town council|governorate)\b|^(?:ال)?(?:بلدية|محافظة|ولاية)(?:\s|$)/iu
  ],
  [
    'state',
    /\b(?:congress|house|administration|department|ministry|intelligence|government|parliament|council|majlis|senate|assembly|court|cabinet)\b|^(?:ال)?(?:وزارة|حكومة|إدارة|برلمان|مجلس|الكونغرس|البيت|الاستخبارات|الإستخبارات|هيئة|محكمة)/iu
  ],
  [
    'international',
    /\b(?:organi[sz]ation|united nations|union|bank|fund|federation|league|agency)\b|^(?:ال)?(?:وكالة|منظمة|الأمم|اتحاد|بنك|البنك|صندوق|جامعة الدول)/iu
  ]
];

/**
 * The class of an organisation (business, research, channel, press, armed, local, state,
 * international, other).
 */
export function organisationClass(entity: Pick<Entity, 'ar' | 'en'>): string {
  const found = ORGANISATION_CLASSES.find(
    ([, re]) => re.test(entity.en ?? '') || re.test(stripMarks(entity.ar))
  );
  return found?.[0] ?? 'other';
}

const BANK = /^(?:ال)?(?:بنك|مصرف)(?:\s|$)/u;
const CENTRAL = /^(?:ال)?(?:بنك|مصرف)\s+(?:\S+\s+)?(?:ال)?مركزي/u;

/**
 * Whether one of two banks is a central bank and the other is not: a regulator is no option, nor
 * a swap, for a bank it regulates («البنك المركزي الأردني» for «بنك عمّان الوطني»).
 */
export function centralAndNot(a: Pick<Entity, 'ar'>, b: Pick<Entity, 'ar'>): boolean {
  const [x, y] = [stripMarks(a.ar), stripMarks(b.ar)];
  return BANK.test(x) && BANK.test(y) && CENTRAL.test(x) !== CENTRAL.test(y);
}

/**
 * The family of an organisation's kind: public bodies (a ministry, a university, an association,
 * an agency) are one, media and armed groups each their own. A body of no class may be offered
 * among its family when an article names too few of its class (`distractors.ts` decides); the
 * validator accepts an option of the answer's family. «organisation:state:f» → «public:f».
 */
export function organisationFamily(kind: string): string {
  const [type, cls, gender] = kind.split(':');
  if (type !== 'organisation') return kind;
  const family = ['research', 'state', 'international', 'other'].includes(cls ?? '')
    ? 'public'
    : cls;
  return `${family}:${gender}`;
}
