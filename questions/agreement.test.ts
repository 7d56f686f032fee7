import { describe, expect, it } from 'vitest';
import {
  clauseWindow,
  EnglishArticles,
  englishWindow,
  grammaticalGender,
  MAX_PROMPT_WORDS,
  MAX_STATEMENT_WORDS
} from './agreement';
import { wordCount } from './arabic';

describe('grammaticalGender', () => {
  it('reads organisations and regions by their head noun', () => {
    expect(grammaticalGender('البيت الأبيض', 'organisation')).toBe('m');
    expect(grammaticalGender('الكونغرس الأميركي', 'organisation')).toBe('m');
    expect(grammaticalGender('الحكومة الإيرانية', 'organisation')).toBe('f');
    expect(grammaticalGender('الإستخبارات الأميركية', 'organisation')).toBe('f');
    expect(grammaticalGender('بحر قزوين', 'place')).toBe('m');
    expect(grammaticalGender('القوى الغربية', 'place')).toBe('f');
  });

  it('makes countries and cities feminine, with the masculine exceptions', () => {
    expect(grammaticalGender('روسيا', 'country')).toBe('f');
    expect(grammaticalGender('الولايات المتحدة', 'country')).toBe('f');
    expect(grammaticalGender('لبنان', 'country')).toBe('m');
    expect(grammaticalGender('طهران', 'place', undefined, true)).toBe('f');
  });

  it('does not guess for a foreign name, and a gazetteer gender wins', () => {
    expect(grammaticalGender('واشنطن بوست', 'organisation')).toBeUndefined();
    expect(grammaticalGender('سي إن إن', 'organisation')).toBeUndefined();
    expect(grammaticalGender('سي إن إن', 'organisation', 'f')).toBe('f');
  });
});

describe('EnglishArticles', () => {
  const names = [
    ['United Arab Emirates', 'UAE'],
    ['Wagner Group'],
    ['Washington'],
    ['The Washington Post', 'Washington Post'],
    ['CNN'],
    ['Iran'],
    ['US State Department', 'State Department']
  ];
  const articles = new EnglishArticles(
    [
      'Then the UAE agreed. The White House said the "Wagner Group" had rockets.',
      'It was first reported by the Washington Post; Zelensky went to Washington.',
      'A former US State Department official said so.'
    ],
    names
  );

  it('learns «the» from the translation, also before a quotation mark', () => {
    expect(articles.inText('UAE')).toBe('the UAE');
    expect(articles.inText('Wagner Group')).toBe('the Wagner Group');
    expect(articles.inText('Washington Post')).toBe('the Washington Post');
  });

  it('does not learn «the» from a longer name («the Washington Post» ≠ «the Washington»)', () => {
    expect(articles.inText('Washington')).toBe('Washington');
  });

  it('falls back on the head noun, and initialisms follow their full name', () => {
    expect(articles.inText('United Arab Emirates')).toBe('the United Arab Emirates');
    expect(articles.inText('State Department')).toBe('the State Department');
    expect(articles.inText('The Washington Post')).toBe('the Washington Post');
    expect(articles.inText('CNN')).toBe('CNN');
    expect(articles.inText('Iran')).toBe('Iran');
  });
});

describe('clauseWindow', () => {
  const long =
    'قال المسؤول في مؤتمر صحفي طويل عقد في العاصمة يوم أمس، إن روسيا وافقت على إطلاق قمر اصطناعي جديد في الصيف الماضي بعد مفاوضات طويلة، وإن الولايات المتحدة تراقب الوضع عن قرب منذ أشهر عديدة، وإن الحلفاء الأوروبيين يشعرون بقلق متزايد من هذا التعاون المتنامي بين البلدين في المجالات العسكرية والاقتصادية كافة.';

  it('keeps a short sentence whole', () => {
    const s = 'وافقت روسيا على إطلاق قمر اصطناعي إيراني جديد.';
    expect(clauseWindow(s, 6, 11)).toEqual({ start: 0, end: s.length });
  });

  it('trims a long sentence to whole clauses around the answer, at most the limit', () => {
    expect(wordCount(long)).toBeGreaterThan(MAX_PROMPT_WORDS);
    const at = long.indexOf('الولايات المتحدة');
    const w = clauseWindow(long, at, at + 'الولايات المتحدة'.length);
    expect(w).toBeDefined();
    const text = long.slice(w!.start, w!.end);
    expect(text).toContain('الولايات المتحدة');
    expect(wordCount(text)).toBeLessThanOrEqual(MAX_PROMPT_WORDS);
    expect(text).not.toMatch(/[،,]$/u);
  });

  it('never leaves a quotation mark unmatched', () => {
    const quoted = `قالت الباحثة في المعهد الكبير للدراسات الاستراتيجية والدولية: "للمرة الأولى، بدأت روسيا تتكل على إيران أكثر من أي وقت مضى لتلقّي الطائرات المسيّرة والتأثير على شؤون المنطقة، لا سيما في سوريا حيث تضطر موسكو للاتكال على طهران للحفاظ على مكاسبها بعدما أصبحت قواتها عالقة في المستنقع".`;
    const at = quoted.indexOf('طهران');
    const w = clauseWindow(quoted, at, at + 5)!;
    const text = quoted.slice(w.start, w.end);
    expect(text).toContain('طهران');
    expect((text.match(/"/g) ?? []).length % 2).toBe(0);
  });
});

describe('englishWindow', () => {
  it('keeps the names the Arabic window shows and leaves out the ones it dropped', () => {
    const en =
      'On the diplomatic front, Putin has not travelled far, but he went to Tehran last July, for a summit with Khamenei.';
    const range = (w: string) => ({ start: en.indexOf(w), end: en.indexOf(w) + w.length });
    const hit = range('Tehran');
    const w = englishWindow(en, hit.start, hit.end, [range('Khamenei')], [range('Putin')], 10)!;
    const text = en.slice(w.start, w.end);
    expect(text).toContain('Tehran');
    expect(text).toContain('Khamenei');
    expect(text).not.toContain('Putin');
  });
});

describe('a statement around an aside (session 23)', () => {
  const statement = (s: string, answer: string) => {
    const at = s.indexOf(answer);
    const w = clauseWindow(s, at, at + answer.length, MAX_STATEMENT_WORDS, true);
    return w === undefined ? undefined : s.slice(w.start, w.end);
  };

  it('does not cut a verb and its subject from what follows the aside', () => {
    const camel =
      'وعبر المالك الإماراتي محمد سعيد المزروعي، الذي فازت ناقته بالمركز الأول في شوط الحقايق، عن سعادته بالنتيجة، وقال إن الفوز له طعم خاص.';
    expect(statement(camel, 'المزروعي')).toContain('عن سعادته');
    const strike =
      'ويطالب المضربون، وعددهم نحو 1800 عامل من أصل 3200 يعملون في المصفى، بتثبيت العمال المتعاقدين على الملاك الدائم، وصرف مخصصات الخطورة المتأخرة منذ ثمانية أشهر، فضلا عن تحسين إجراءات السلامة.';
    const s = statement(strike, '1800');
    expect(s === undefined || s.includes('بتثبيت')).toBe(true);
  });

  it('ends no clause whose subject comes after the aside', () => {
    const fair =
      'وشاركت في المعرض، الذي نظمه اتحاد الناشرين الأردنيين بالتعاون مع وزارة الثقافة، 340 دار نشر من 24 دولة، عرضت أكثر من 120 ألف عنوان.';
    const s = statement(fair, 'اتحاد الناشرين');
    expect(s === undefined || s.includes('340')).toBe(true);
  });

  it('ends a clause with its complements before the aside', () => {
    const film =
      'وذهبت الجائزة الخاصة إلى فيلم مغربي، فيما نال الممثل المصري كريم عبد الحميد جائزة أفضل ممثل عن دوره في فيلم «الطابق الأخير»، الذي صُوّر في حي شبرا بالقاهرة خلال ثلاثة أسابيع فقط، بميزانية لم تتجاوز 80 ألف دولار.';
    expect(statement(film, 'كريم عبد الحميد')).toMatch(/«الطابق الأخير»$/u);
  });
});
