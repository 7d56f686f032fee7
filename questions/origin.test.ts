import { describe, expect, it } from 'vitest';
import { recogniseEntities } from './names';
import { nameOrigin } from './origin';
import { arabicOnly } from './testing';

describe('the origin a name reads as', () => {
  it('is Arabic for a common given name, a compound or a family name with «ال»', () => {
    for (const ar of ['هالة منصور', 'عبد اللطيف المنصوري', 'سالم بن حمد الهنائي', 'رولا الصايغ']) {
      expect(nameOrigin(ar), ar).toBe('arabic');
    }
    expect(nameOrigin('محمد باقر قاليباف')).toBe('arabic');
    // A father's given name in the chain: «حواء» is no name of the list, «محمد» is.
    expect(nameOrigin('حواء محمد طاهر')).toBe('arabic');
  });

  it('is foreign for a name written in Arabic letters', () => {
    for (const ar of ['دانيال هارتلي', 'كاترينا هوبر', 'يان دي فريس', 'راجيف مينون']) {
      expect(nameOrigin(ar), ar).toBe('foreign');
    }
  });
});

describe('who said it, among names of one origin', () => {
  const g = arabicOnly([
    'وقال وزير الصحة خالد المطيري: «لن تُدفع أي فدية مهما طال توقف الأنظمة في المستشفيات».',
    'وقالت مديرة المستشفى هالة منصور: «نقلنا المرضى إلى مستشفيات أخرى خلال ساعات قليلة».',
    'وقال مدير المركز الوطني سامر خليل: «الهجوم بدأ من حساب أحد الموردين قبل أسابيع».',
    'وقال رئيس فريق الشركة البريطانية دانيال هارتلي: «ستعود الأنظمة إلى العمل خلال عشرة أيام».'
  ]);
  const asked = g.candidates
    .map((c) => c.item)
    .filter((i) => i.type === 'mcq' && i.prompt.ar.startsWith('من قال'));

  it('offers the Arab names for an Arab speaker, then another', () => {
    const minister = asked.find((i) => i.prompt.ar.includes('لن تُدفع'));
    const options = minister?.type === 'mcq' ? minister.options.map((o) => o.ar) : [];
    // The Arab names first: the speaker's shares its origin with the two others.
    expect(options).toEqual(expect.arrayContaining(['خالد المطيري', 'سامر خليل', 'هالة منصور']));
    expect(options).toHaveLength(4);
  });

  it('never asks it of the one foreign name among Arab ones', () => {
    expect(asked.some((i) => i.prompt.ar.includes('ستعود الأنظمة'))).toBe(false);
  });
});

describe('who said a second claim', () => {
  it('writes «وإن» after «قال»', () => {
    const g = arabicOnly([
      'وأوضح الوزير سامر خليل أن الخطة ستشمل 300 مدرسة وأن التمويل سيبدأ في أيار المقبل.',
      'وقالت مديرة المدرسة هالة منصور إن الأهالي ينتظرون القرار منذ سنوات طويلة.',
      'وقال الباحث عمر يوسف إن المدارس الريفية تحتاج إلى معلمين أكثر من غيرها.'
    ]);
    const who = g.candidates.find((c) => c.item.prompt.ar.includes('ستشمل 300 مدرسة'))?.item;
    expect(who?.prompt.ar).toBe(
      'من قال في المقال إن الخطة ستشمل 300 مدرسة وإن التمويل سيبدأ في أيار المقبل؟'
    );
  });
});

describe('what reviews of session 22 found on three more articles', () => {
  const made = (...ars: string[]) => arabicOnly(ars);

  it('makes no statement of someone’s words in guillemets', () => {
    const g = made(
      'وقال الدكتور الهادي بن سالم، أستاذ المعجمية بجامعة تونس وأحد المحررين: «التنوع في الفريق كان ميزة، فالباحث المغربي ينتبه إلى استعمالات أندلسية قد تفوت زميله المشرقي، والعكس صحيح».'
    );
    expect(g.rejected.map((r) => r.reason)).toContain(
      'a statement that quotes someone’s words: true as quoted, it tests no fact'
    );
  });

  it('names in full a person the clause gives by family name alone', () => {
    const g = made(
      'وقالت صاحبة مشغل الصابون هيفاء العمري إن القرض غيّر حياتها وحياة عائلتها.',
      'وحصلت العمري على قرض بقيمة 7500 دينار لشراء معدات جديدة لمشغلها الصغير.'
    );
    const prompts = g.candidates
      .filter((c) => c.item.type === 'mcq' || c.item.type === 'cloze')
      .map((c) => c.item.prompt.ar)
      .filter((p) => p.includes('____ دينار'));
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.every((p) => p.includes('هيفاء العمري'))).toBe(true);
  });

  it('offers no figure after a bound: it is typed', () => {
    const g = made(
      'وأوضح المدير العام مراد يلماز أن فرق العمل تضم أكثر من 900 عامل، بينهم 620 جزائريا من أبناء المنطقة.'
    );
    const options = g.candidates
      .map((c) => c.item)
      .flatMap((i) => (i.type === 'mcq' && i.prompt.ar.includes('____ عامل') ? i.options : []))
      .map((o) => Number(o.ar));
    // More than 900 workers: any smaller option is right too, so it is typed, not chosen.
    expect(options).toEqual([]);
    expect(
      g.candidates.some((c) => c.item.type === 'cloze' && c.item.prompt.ar.includes('____ عامل'))
    ).toBe(true);
  });

  it('reads «مجمع» as a body and «بسبب» as no name', () => {
    const people = recogniseEntities(
      [
        'أعلن مجمع اللغة العربية في القاهرة صدور المجلد الرابع من المعجم.',
        'تتعثر المشاريع في عامها الأول بسبب غياب الخبرة لا بسبب غياب الفكرة.'
      ],
      []
    ).map((e) => `${e.type}:${e.ar}`);
    expect(people).toContain('organisation:مجمع اللغة العربية');
    expect(people.filter((p) => p.startsWith('person'))).toEqual([]);
  });
});
