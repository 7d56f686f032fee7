import { describe, expect, it } from 'vitest';
import { clauseWindow } from './agreement';
import { attributionOnly } from './fragments';
import { tellsGender } from './pipeline/quotes';
import { arabicOnly } from './testing';

// Rules drawn from the first and second readings of the olive harvest, Petra and Sudan floods
// articles (questions/reviews/2026-12-05-*-2501*.md).

const statements = (g: ReturnType<typeof arabicOnly>) =>
  g.candidates.flatMap((c) => (c.item.type === 'truefalse' ? [c.item] : []));

describe('who said it, when the quotation tells its speaker’s gender', () => {
  const people = [
    'وقال مفوض العون الإنساني عبد الرحيم آدم أوهاج إن منسوب النهر بلغ ذروته فجر الأحد الماضي.',
    'وقال المهندس سامر خليل إن الطريق الرابط بين المدينتين تضرر بطول 12 كيلومترا على الأقل.',
    'وقالت الممرضة سعاد الفيتوري إن الفرق الطبية وصلت إلى مناطق الإيواء صباح الاثنين الماضي.'
  ];
  const whoSaid = (quote: string) =>
    arabicOnly([...people, `وقالت حواء محمد طاهر: «${quote}».`]).candidates.filter(
      (c) =>
        c.item.type === 'mcq' &&
        c.item.prompt.ar.startsWith('من قال') &&
        c.item.prompt.ar.includes(quote.slice(0, 12))
    );

  it('offers no man for «زوجي»: with one other woman, it is not asked', () => {
    expect(whoSaid('انهار الحائط الذي بناه زوجي قبل عامين، ونحن الآن ننام في فصل دراسي')).toEqual(
      []
    );
  });

  it('offers the others where the quotation does not tell', () => {
    expect(whoSaid('انهار الحائط الذي بنيناه قبل عامين، ونحن الآن ننام في فصل دراسي')).toHaveLength(
      1
    );
  });

  it('reads the cues of either gender, in direct and reported speech', () => {
    expect(tellsGender('انهار الحائط الذي بناه زوجي', 'f')).toBe(true);
    expect(tellsGender('ارتفعت المياه داخل منزلها ليلا', 'f')).toBe(true);
    expect(tellsGender('لم أعد أرى زوجتي منذ أسبوع', 'm')).toBe(true);
    expect(tellsGender('إنني متأكدة من أن المياه ستنحسر', 'f')).toBe(true);
    expect(tellsGender('ارتفعت المياه داخل المنازل ليلا', 'f')).toBe(false);
    expect(tellsGender('انهار الحائط الذي بناه زوجي', undefined)).toBe(false);
  });
});

describe('a false date beside another date or a span of time', () => {
  it('is not made: the changed date would contradict the clause', () => {
    const g = arabicOnly([
      'تعرضت شبكة مستشفيات النخيل لهجوم إلكتروني واسع أوقف أنظمة الحجز في فروعها الخمسة.',
      'ويأتي الهجوم بعد نحو عامين من إنشاء المركز الوطني للأمن السيبراني عام 2022، في إطار خطة وطنية.',
      'تبلغ حملة جني الزيتون في تونس ذروتها خلال شهر ديسمبر وتتواصل إلى أواخر فيفري 2025.'
    ]);
    const falses = statements(g).filter((i) => !i.answer && i.evidence[0]!.paragraph === 'p-2');
    expect(falses.filter((i) => !i.prompt.ar.includes('2022'))).toEqual([]);
    const tied = g.rejected.filter((r) => r.reason.startsWith('a date beside another date'));
    expect(tied.map((r) => r.answer)).toEqual(['2022', 'فيفري 2025']);
    expect(statements(g).filter((i) => !i.answer && i.evidence[0]!.paragraph === 'p-3')).toEqual(
      []
    );
  });
});

describe('a hedged claim', () => {
  it('is no statement: «لا يعني بالضرورة» is guessed true', () => {
    const g = arabicOnly([
      'ارتفعت صادرات زيت الزيتون التونسي هذا الموسم إلى نحو 210 آلاف طن بحسب الديوان الوطني للزيت.',
      'واعتبر الخبير الاقتصادي نبيل الحمروني أن ارتفاع الكميات المصدرة لا يعني بالضرورة تحسن المداخيل.'
    ]);
    expect(statements(g).filter((i) => i.prompt.ar.includes('بالضرورة'))).toEqual([]);
    expect(g.rejected.some((r) => r.reason.startsWith('a hedged claim'))).toBe(true);
  });
});

describe('a statement whose subject carries a pronoun', () => {
  it('is not made: «تأخر تسليمه» (the delivery of what?)', () => {
    const g = arabicOnly([
      'افتتحت الحكومة الأردنية محطة جديدة لتحلية مياه البحر في العقبة بكلفة 400 مليون دولار.',
      'بدأ العمل في مشروع المحطة في نيسان 2021، وتأخر تسليمه ستة أشهر بسبب نقص في المعدات المستوردة.'
    ]);
    expect(statements(g).filter((i) => i.prompt.ar.includes('تأخر تسليمه'))).toEqual([]);
  });
});

describe('an opener that turns from another party', () => {
  it('is left out of the window: «من جهتها، استعانت…» shows as «استعانت…»', () => {
    const text =
      'من جهتها، استعانت مجموعة «النخيل» بشركة «نورثغيت» البريطانية المتخصصة في الاستجابة للحوادث الرقمية.';
    const at = text.indexOf('البريطانية');
    const w = clauseWindow(text, at, at + 'البريطانية'.length);
    expect(text.slice(w!.start, w!.end)).toMatch(/^استعانت/u);
  });
});

describe('an attribution alone', () => {
  it('is one even with a name in guillemets («تكتل «لبنان السيادي»»)', () => {
    expect(attributionOnly('اعتبر رئيس تكتل «لبنان السيادي»، النائب جورج عقيقي')).toBe(true);
    expect(attributionOnly('اعتبر النائب جورج عقيقي أن «تقسيم الدوائر فصّل على مقاس القوى»')).toBe(
      false
    );
  });
});
