import { describe, expect, it } from 'vitest';
import { generateItems } from './pipeline/candidates';
import { nameOrigin } from './origin';

describe('the origin a name reads as', () => {
  it('is Arabic for a common given name, a compound or a family name with «ال»', () => {
    for (const ar of ['هالة منصور', 'عبد اللطيف المنصوري', 'سالم بن حمد الهنائي', 'رولا الصايغ']) {
      expect(nameOrigin(ar), ar).toBe('arabic');
    }
    expect(nameOrigin('محمد باقر قاليباف')).toBe('arabic');
  });

  it('is foreign for a name written in Arabic letters', () => {
    for (const ar of ['دانيال هارتلي', 'كاترينا هوبر', 'يان دي فريس', 'راجيف مينون']) {
      expect(nameOrigin(ar), ar).toBe('foreign');
    }
  });
});

describe('who said it, among names of one origin', () => {
  const paragraphs = [
    'وقال وزير الصحة خالد المطيري: «لن تُدفع أي فدية مهما طال توقف الأنظمة في المستشفيات».',
    'وقالت مديرة المستشفى هالة منصور: «نقلنا المرضى إلى مستشفيات أخرى خلال ساعات قليلة».',
    'وقال مدير المركز الوطني سامر خليل: «الهجوم بدأ من حساب أحد الموردين قبل أسابيع».',
    'وقال رئيس فريق الشركة البريطانية دانيال هارتلي: «ستعود الأنظمة إلى العمل خلال عشرة أيام».'
  ].map((ar, i) => ({ id: `p-${i + 1}`, ar }));
  const g = generateItems({
    slug: 'fixture',
    paragraphs,
    entities: [],
    topicFor: () => 't',
    bilingual: false
  });
  const asked = g.candidates
    .map((c) => c.item)
    .filter((i) => i.type === 'mcq' && i.prompt.ar.startsWith('من قال'));

  it('offers Arab names for an Arab speaker', () => {
    const minister = asked.find((i) => i.prompt.ar.includes('لن تُدفع'));
    expect(minister?.type === 'mcq' && minister.options.map((o) => o.ar).sort()).toEqual(
      ['خالد المطيري', 'سامر خليل', 'هالة منصور'].sort()
    );
  });

  it('never asks it of the one foreign name among Arab ones', () => {
    expect(asked.some((i) => i.prompt.ar.includes('ستعود الأنظمة'))).toBe(false);
  });
});

describe('who said a second claim', () => {
  it('writes «وإن» after «قال»', () => {
    const paragraphs = [
      'وأوضح الوزير سامر خليل أن الخطة ستشمل 300 مدرسة وأن التمويل سيبدأ في أيار المقبل.',
      'وقالت مديرة المدرسة هالة منصور إن الأهالي ينتظرون القرار منذ سنوات طويلة.',
      'وقال الباحث عمر يوسف إن المدارس الريفية تحتاج إلى معلمين أكثر من غيرها.'
    ].map((ar, i) => ({ id: `p-${i + 1}`, ar }));
    const g = generateItems({
      slug: 'fixture',
      paragraphs,
      entities: [],
      topicFor: () => 't',
      bilingual: false
    });
    const who = g.candidates.find((c) => c.item.prompt.ar.includes('ستشمل 300 مدرسة'))?.item;
    expect(who?.prompt.ar).toBe(
      'من قال في المقال إن الخطة ستشمل 300 مدرسة وإن التمويل سيبدأ في أيار المقبل؟'
    );
  });
});
