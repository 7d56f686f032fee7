import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Item } from '../src/lib/domain/bank';
import { buildArticle } from './build';
import { generateItems } from './pipeline/candidates';
import { indexMentions } from './pipeline/mentions';
import {
  anaphoricIds,
  antecedent,
  leadProject,
  relational,
  restoreReferents,
  restoreSpeaker,
  restoreSubject
} from './referents';
import { omnipresentActors } from './score';

// A bare definite noun that points back to what the article named earlier, and a verb whose
// subject is the sentence's: restored where the article gives the fuller form.

const clause = (text: string, blank = text.length) => ({
  text,
  blankStart: blank,
  blankEnd: blank,
  unresolved: []
});

describe('the fuller form of a bare definite noun', () => {
  it('is a body named earlier, a construct chain or a noun with its adjectives', () => {
    expect(antecedent('وزارة', 'أعلنت وزارة التربية التونسية خطة جديدة.')).toBe(
      'وزارة التربية التونسية'
    );
    expect(antecedent('مستشفى', 'أجرى مستشفى الأمل الجامعي في صفاقس دراسة.')).toBe(
      'مستشفى الأمل الجامعي'
    );
    expect(antecedent('محطة', 'افتتحت محطة جديدة لتوليد الكهرباء من الرياح.')).toBe(
      'المحطة الجديدة لتوليد الكهرباء'
    );
    expect(antecedent('مشروع', 'بدأ العمل في الميناء العام الماضي.')).toBeUndefined();
    // One name before a comma is the whole chain, but not an adjective of a feminine head.
    expect(antecedent('ميناء', 'وصلت الحاويات إلى ميناء رادس، خلال يناير.')).toBe('ميناء رادس');
    expect(antecedent('حملة', 'ختم المنظمون حملة واحدة، بزرع الشتلات.')).toBeUndefined();
    // «واسعة» describes the campaign: no construct chain, and no indefinite form to show.
    expect(antecedent('حملة', 'حملة تطعيم واسعة ضد الحصبة في الشمال')).toBeUndefined();
  });

  it('is restored in the clause, clitics kept, and listed when there is none', () => {
    const before = 'أعلنت وزارة التربية التونسية خطة جديدة. وانطلق مشروع في المدارس.';
    const shown = restoreReferents(
      clause('وبحسب الوزارة، يشمل المشروع 300 مدرسة في الجنوب'),
      { before },
      '300'
    );
    expect(shown.text).toBe('وبحسب وزارة التربية التونسية، يشمل المشروع 300 مدرسة في الجنوب');
    expect(shown.unresolved).toEqual(['المشروع']);
    expect(restoreReferents(clause('قدّمت للوزارة تقريراً مفصلاً'), { before }, 'x').text).toBe(
      'قدّمت لوزارة التربية التونسية تقريراً مفصلاً'
    );
  });

  it('is the government or minister of the one country the article names', () => {
    const nisba = ['التونسي', 'التونسية', 'تونسي'];
    const shown = restoreReferents(clause('أعلنت الحكومة خطة جديدة'), { before: '', nisba }, 'x');
    expect(shown.text).toBe('أعلنت الحكومة التونسية خطة جديدة');
    const minister = restoreReferents(
      clause('قال وزير النقل إن الخطة جاهزة'),
      { before: '', nisba },
      'x'
    );
    expect(minister.text).toBe('قال وزير النقل التونسي إن الخطة جاهزة');
    const named = restoreReferents(
      clause('قال وزير النقل التونسي إن الخطة جاهزة'),
      { before: '', nisba },
      'x'
    );
    expect(named.text).toBe('قال وزير النقل التونسي إن الخطة جاهزة');
    const none = restoreReferents(clause('أعلنت الحكومة خطة جديدة'), { before: '' }, 'x');
    expect(none.unresolved).toEqual(['الحكومة']);
  });

  it('is left alone when an adjective already specifies it, and never shows the answer', () => {
    const before = 'أعلنت وزارة التربية التونسية خطة جديدة.';
    expect(restoreReferents(clause('أعلنت الوزارة الجديدة خطة'), { before }, 'x').text).toBe(
      'أعلنت الوزارة الجديدة خطة'
    );
    const own = restoreReferents(clause('قالت الوزارة إن العمل يبدأ'), { before }, 'وزارة التربية');
    expect(own.text).toBe('قالت الوزارة إن العمل يبدأ');
    expect(own.unresolved).toEqual(['الوزارة']);
  });
});

describe('the subject of a clause cut after «و»', () => {
  const sentence = 'تعمل المحطة بتقنية حديثة منذ افتتاحها، وتستمد طاقتها من حقل شمسي قريب.';

  it('is the sentence’s, put after the clause’s verb when both agree', () => {
    const at = sentence.indexOf('تستمد');
    const restored = restoreSubject(clause(sentence.slice(at)), sentence, at);
    expect(restored?.text).toBe('تستمد المحطة طاقتها من حقل شمسي قريب.');
    const other = 'يعمل المصنع بتقنية حديثة، وتستمد طاقتها من حقل شمسي.';
    const k = other.indexOf('تستمد');
    expect(restoreSubject(clause(other.slice(k)), other, k)).toBeUndefined();
  });

  it('makes the statement, which was refused without it', () => {
    const g = generateItems({
      slug: 'fixture',
      paragraphs: [
        {
          id: 'p-1',
          ar: 'افتتحت في المدينة محطة جديدة لتوليد الكهرباء من الرياح. تعمل المحطة الجديدة في الميناء بتقنية التناضح العكسي منذ افتتاحها الشهر الماضي، وتستمد طاقتها من حقل شمسي قريب تبلغ قدرته 90 ميغاواط.'
        }
      ],
      entities: [],
      topicFor: () => 't',
      bilingual: false
    });
    const statements = g.candidates
      .map((c) => c.item)
      .filter((i) => i.type === 'truefalse')
      .map((i) => i.prompt.ar);
    expect(statements).toContain(
      'بحسب المقالة، تستمد المحطة الجديدة لتوليد الكهرباء طاقتها من حقل شمسي قريب تبلغ قدرته 90 ميغاواط.'
    );
  });
});

describe('a body the article goes on calling by its head noun', () => {
  const input = {
    slug: 'fixture',
    paragraphs: [
      'أطلقت وزارة التربية التونسية خطة جديدة لإصلاح المدارس في البلاد.',
      'وقالت الوزارة إن الخطة تشمل 300 مدرسة في الجنوب والوسط.',
      'وذكر المعلمون أن العمل بدأ في الربيع الماضي في عدة مدن.',
      'وتسعى الوزارة إلى إنهاء الخطة قبل نهاية العام المقبل.'
    ].map((ar, i) => ({ id: `p-${i + 1}`, ar })),
    entities: [],
    topicFor: () => 't',
    bilingual: false
  };

  it('is in every paragraph that says «الوزارة», and so leads the article', () => {
    const index = indexMentions(input);
    const ministry = [...index.byId.values()].find((e) => e.ar === 'وزارة التربية التونسية');
    expect(ministry).toBeDefined();
    expect(anaphoricIds('وقالت الوزارة إن الخطة تشمل 300 مدرسة', [...index.byId.values()])).toEqual(
      [ministry?.id]
    );
    expect(omnipresentActors(index.located, { byId: index.byId })).toContain(ministry?.id);
  });
});

describe('a place by nearness with nothing to be near', () => {
  it('is found unless what follows says near what', () => {
    expect(relational('انخفضت الحرارة في الأحياء المجاورة في الصيف.')).toEqual([
      'الأحياء المجاورة'
    ]);
    expect(relational('في الأحياء المجاورة للحديقة')).toEqual([]);
    expect(relational('في المناطق المحيطة بالمدينة')).toEqual([]);
  });
});

describe('a statement placed by nearness', () => {
  // «قال رئيس البلدية … إن درجة الحرارة في الأحياء المجاورة انخفضت درجتين في الصيف»: near what?
  const b = buildArticle({
    slug: 'park',
    articleText: readFileSync('tests/fixtures/park-article.txt', 'utf8')
  });
  const near = (i: Item) => i.prompt.ar.includes('الأحياء المجاورة');

  it('is refused, a blank on the same sentence kept', () => {
    expect(b.bank.items.filter((i) => i.type === 'truefalse' && near(i))).toEqual([]);
    expect(b.rejected.some((r) => r.reason.startsWith('near what?'))).toBe(true);
    expect(b.bank.items.some((i) => i.type === 'mcq' && near(i))).toBe(true);
  });
});

describe('fuller forms met in unseen articles (session 20)', () => {
  it('keeps the «لل» complement of a body named with an adjective', () => {
    expect(
      antecedent(
        'مركز',
        'بينما تكفّل المركز الوطني للسينما والصورة ورعاةٌ من القطاع الخاص بالجزء المتبقي.'
      )
    ).toBe('المركز الوطني للسينما والصورة');
  });

  it('takes the project from a work the lead names with «ال»', () => {
    const lead = 'وقّعت الهيئة عقدًا لتنفيذ المرحلة الأولى من الخط السابع لمترو الرياض، الذي يمتد';
    expect(leadProject('مشروع', lead)).toBe('مشروع الخط السابع لمترو الرياض');
  });
});

describe('fuller forms met in unseen articles (session 22)', () => {
  it('is a name in guillemets after its head', () => {
    const lead = 'أعلنت شركة «لهجة» الناشئة، ومقرها القاهرة، يوم الاثنين إتمام جولة تمويل';
    expect(antecedent('شركة', lead)).toBe('شركة «لهجة»');
    expect(antecedent('صندوق', 'وقاد الجولة صندوق «نورث بريدج كابيتال» البريطاني.')).toBe(
      'صندوق «نورث بريدج كابيتال»'
    );
  });

  it('makes one noun before a particle definite, not an adjective of a feminine head', () => {
    expect(antecedent('جولة', 'إتمام جولة تمويل من الفئة «أ» بقيمة 6.5 ملايين دولار')).toBe(
      'جولة التمويل'
    );
    expect(antecedent('حملة', 'أطلقت الوزارة حملة واسعة في المدارس')).toBeUndefined();
  });
});

describe('a bare definite beside another body of its head', () => {
  it('is left unresolved: «الشركة» is not the company the clause names after it', () => {
    const before = 'وقّعت شركة ميناء الدقم اتفاقية مع مجموعة هولندية.';
    const shown = restoreReferents(
      clause('أن الشركة ستتحمل 60 في المئة، في حين تتولى شركة ميناء الدقم تمويل الأعمال'),
      { before },
      '60'
    );
    expect(shown.text).toContain('أن الشركة ستتحمل');
    expect(shown.unresolved).toEqual(['الشركة']);
    expect(restoreReferents(clause('أن الشركة ستتحمل 60 في المئة'), { before }, '60').text).toBe(
      'أن شركة ميناء الدقم ستتحمل 60 في المئة'
    );
  });
});

describe('a construct noun and a speaker restored (session 22)', () => {
  it('takes «منظمي» as a noun in construct, not an adjective', () => {
    const before =
      'رأت رئيسة جمعية منظمي الرحلات السياحية بالأقصر، نادية الحسيني، أن الأرقام جيدة.';
    expect(antecedent('جمعية', before)).toBe('جمعية منظمي الرحلات السياحية');
  });

  it('writes the last person the sentence before names after a speaking verb of their gender', () => {
    const people = [
      { ar: 'محمد أوبلا', forms: ['محمد أوبلا', 'أوبلا'], gender: 'm' as const },
      { ar: 'خديجة بنعلي', forms: ['خديجة بنعلي'], gender: 'f' as const }
    ];
    const previous =
      'وقالت خديجة بنعلي إن المدارس تنتظر. ثم قال الكاتب العام، محمد أوبلا: «علمنا من الإعلام».';
    const text = 'طالب بتأجيل التجريب سنة كاملة منذ 2023';
    const ctx = { before: previous, previous, people };
    expect(restoreSpeaker(clause(text), ctx)?.text).toBe(
      'طالب محمد أوبلا بتأجيل التجريب سنة كاملة منذ 2023'
    );
    expect(restoreSpeaker(clause(`${text}ت`.replace('طالب', 'طالبت')), ctx)).toBeUndefined();
    expect(restoreSpeaker(clause('تراجع عدد المواد إلى ثمانٍ'), ctx)).toBeUndefined();
  });
});

describe('a construct in «ي» of three letters (session 23)', () => {
  it('names «الحملة» as «حملة جني الزيتون», not «الحملة الجني»', () => {
    expect(antecedent('حملة', 'انطلقت حملة جني الزيتون رسميا في ولايات صفاقس')).toBe(
      'حملة جني الزيتون'
    );
  });
});
