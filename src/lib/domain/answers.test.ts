import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeTypedAnswer, normalizeAnswer, normalizeSearch, typoAllowance } from './answers';

describe('normalizeAnswer: one test per rule, with words from the seed article', () => {
  // Each rule with [input, normalised] pairs; the expected forms are written out in full.
  it.each<[string, [string, string][]]>([
    [
      'applies Unicode compatibility forms (NFKC)',
      // Presentation forms of «لا» and full-width Latin.
      [
        ['\uFEFB', 'لا'],
        ['ＮＡＴＯ', 'nato']
      ]
    ],
    [
      'removes harakat, tanween and shadda',
      [
        ['يومَين', 'يومين'],
        ['مسيّرة', 'مسيره'],
        ['دعماً', 'دعما'],
        ['مستوىً', 'مستوي']
      ]
    ],
    [
      'removes superscript alef and Quranic marks',
      [
        ['هٰذا', 'هذا'],
        ['روسيا\u06D6', 'روسيا']
      ]
    ],
    [
      'removes tatweel',
      [
        ['ومحللــين', 'ومحللين'],
        ['فوريـــن بوليسي', 'فورين بوليسي'],
        ['حاورتهـم', 'حاورتهم']
      ]
    ],
    [
      'folds alef forms, alef maqsura, ta marbuta, hamza seats',
      [
        ['إيران', 'ايران'],
        ['آية', 'ايه'],
        ['ٱلله', 'له'],
        ['الله', 'له'],
        ['الأدنى', 'ادني'],
        ['مؤشر', 'موشر'],
        ['رئيسي', 'رييسي']
      ]
    ],
    [
      'removes bidi and zero-width marks',
      [
        ...'\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\uFEFF\u00AD'
      ].map((mark): [string, string] => [`طه${mark}ران`, 'طهران'])
    ],
    [
      'maps Arabic-Indic and Persian digits to 0–9',
      [
        ['٢٠٢٣', '2023'],
        ['۲۰۱۵', '2015'],
        ['١٬٠٠٠', '1000']
      ]
    ],
    [
      'turns punctuation into spaces',
      [
        ['«واشنطن بوست»', 'واشنطن بوست'],
        ['"سي إن إن"', 'سي ان ان'],
        ['روسيا، إيران؛ الصين؟', 'روسيا ايران صين'],
        ['(كوريا-الشمالية)!', 'كوريا شماليه'],
        ["Foreign Policy's.", 'foreign policy s']
      ]
    ],
    ['folds repeated whitespace and trims', [['  بشار \t\n  الأسد  ', 'بشار اسد']]],
    ['lower-cases Latin letters', [['Foreign Policy', 'foreign policy']]],
    [
      'makes «ال» optional on each word, also after و ف ب ك ل',
      [
        ['الحرس الثوري', 'حرس ثوري'],
        ['حرس ثوري', 'حرس ثوري'],
        ['والحرب', 'وحرب'],
        ['فالحرب', 'فحرب'],
        ['بالعقوبات', 'بعقوبات'],
        ['كالمعتاد', 'كمعتاد'],
        ['للمرة', 'لمره'],
        ['والإيراني', 'وايراني'],
        ['وبالعقوبات', 'وبعقوبات'],
        // Short words keep their letters.
        ['إلى', 'الي'],
        ['والي', 'والي']
      ]
    ]
  ])('%s', (_rule, pairs) => {
    for (const [input, normalised] of pairs) {
      expect(normalizeAnswer(input), input).toBe(normalised);
    }
  });

  it('folds every name of a month to one token', () => {
    const same = [
      ['كانون الثاني', 'يناير', 'January', 'كانون ثاني'],
      ['شباط', 'فبراير', 'February'],
      ['آذار', 'مارس', 'March'],
      ['نيسان', 'أبريل', 'ابريل', 'April'],
      ['أيار', 'مايو', 'May'],
      ['حزيران', 'يونيو', 'June'],
      ['تموز', 'يوليو', 'يوليه', 'يوليوز', 'July'],
      ['آب', 'أغسطس', 'غشت', 'أغشت', 'August'],
      ['أيلول', 'سبتمبر', 'شتنبر', 'September'],
      ['تشرين الأول', 'أكتوبر', 'October'],
      ['تشرين الثاني', 'نوفمبر', 'نونبر', 'November'],
      ['كانون الأول', 'ديسمبر', 'دجنبر', 'دجمبر', 'December']
    ];
    const tokens = new Set<string>();
    for (const names of same) {
      const forms = new Set(names.map(normalizeAnswer));
      expect(forms.size, names.join(' = ')).toBe(1);
      tokens.add([...forms][0] ?? '');
    }
    expect(tokens.size).toBe(12);
    expect(normalizeAnswer('10 كانون الثاني 2023')).toBe(normalizeAnswer('10 January 2023'));
    expect(normalizeAnswer('في آب 2022')).toBe(normalizeAnswer('في أغسطس ٢٠٢٢'));
  });

  it('reads a decimal fraction without its trailing zeros («0.30» is «0.3»)', () => {
    expect(normalizeAnswer('0.30')).toBe(normalizeAnswer('0.3'));
    expect(normalizeAnswer('٠٫٣٠')).toBe(normalizeAnswer('0.3'));
    expect(normalizeAnswer('2.0')).toBe(normalizeAnswer('2'));
    expect(normalizeAnswer('0.31')).not.toBe(normalizeAnswer('0.3'));
    expect(normalizeAnswer('2.05')).not.toBe(normalizeAnswer('2.5'));
    expect(normalizeAnswer('1,200')).toBe(normalizeAnswer('1200'));
    expect(gradeTypedAnswer('0.3', ['0.30'])).toBe('correct');
    // A decimal comma, as the Maghreb writes it: «7,5» is 7.5; «1,200» stays twelve hundred.
    expect(gradeTypedAnswer('7,5', ['7.5'])).toBe('correct');
    expect(gradeTypedAnswer('٧،٥', ['7.5'])).toBe('correct');
    expect(gradeTypedAnswer('7,50', ['7.5'])).toBe('correct');
    expect(gradeTypedAnswer('7,5', ['75'])).not.toBe('correct');
    expect(gradeTypedAnswer('1,200', ['1.2'])).not.toBe('correct');
  });

  it('reads «أميركي» and «أمريكي» as one spelling, with clitics and the article', () => {
    expect(normalizeAnswer('الجامعة الأميركية')).toBe(normalizeAnswer('الجامعة الأمريكية'));
    expect(normalizeAnswer('والأميركيون')).toBe(normalizeAnswer('والأمريكيون'));
    expect(normalizeAnswer('أميرة')).toBe('اميره');
  });

  it('is idempotent on article text', () => {
    const s =
      'برأي مسؤولين أميركيين ومحللــين مستقلين حاورتهـم صحيفة "فوريـــن بوليسي"، للمرة الأولى';
    expect(normalizeAnswer(normalizeAnswer(s))).toBe(normalizeAnswer(s));
    expect(normalizeAnswer('الالتزام')).toBe(normalizeAnswer(normalizeAnswer('الالتزام')));
  });
});

describe('normalizeSearch', () => {
  it('folds characters like the grader but keeps «ال» and month names', () => {
    expect(normalizeSearch('والإيراني')).toBe('والايراني');
    expect(normalizeSearch('آب 2022')).toBe('اب 2022');
    expect(normalizeSearch('مسيّرة ٨٠')).toBe('مسيره 80');
  });
});

describe('gradeTypedAnswer', () => {
  it('grades an equal answer correct, across spelling variants', () => {
    expect(gradeTypedAnswer('ايران', ['إيران'])).toBe('correct');
    expect(gradeTypedAnswer('خامنئي', ['آية الله علي خامنئي', 'خامنئي'])).toBe('correct');
    expect(gradeTypedAnswer('الحرس الثوري', ['حرس ثوري'])).toBe('correct');
    expect(gradeTypedAnswer('August 2022', ['آب 2022'])).toBe('correct');
    expect(gradeTypedAnswer('أوت 2022', ['آب 2022'])).toBe('correct');
    expect(gradeTypedAnswer('جويلية', ['تموز'])).toBe('correct');
  });

  it('allows no typo up to 4 letters', () => {
    expect(typoAllowance(4)).toBe(0);
    expect(gradeTypedAnswer('روسا', ['روسي'])).toBe('wrong'); // 4 letters, 1 edit
    expect(gradeTypedAnswer('طهرن', ['طهرن'])).toBe('correct');
  });

  it('allows 1 edit from 5 to 8 letters', () => {
    expect(typoAllowance(5)).toBe(1);
    expect(typoAllowance(8)).toBe(1);
    expect(gradeTypedAnswer('روسيه', ['روسيا'])).toBe('typo'); // 5 letters
    expect(gradeTypedAnswer('زلنسكي', ['زيلينسكي'])).toBe('wrong'); // 8 letters, 2 edits
    expect(gradeTypedAnswer('زيلنسكي', ['زيلينسكي'])).toBe('typo'); // 8 letters, 1 edit
  });

  it('allows 2 edits from 9 letters, spaces not counted', () => {
    expect(typoAllowance(9)).toBe(2);
    // «بشار الأسد» → «بشار اسد»: 7 letters, so only 1 edit.
    expect(gradeTypedAnswer('بشر اسط', ['بشار الأسد'])).toBe('wrong');
    // «بورشيفسكايا» → 11 letters: 2 edits allowed, 3 are not.
    expect(gradeTypedAnswer('بورشفسكيا', ['بورشيفسكايا'])).toBe('typo');
    expect(gradeTypedAnswer('برشفسكيا', ['بورشيفسكايا'])).toBe('wrong');
  });

  it('never calls a number a typo', () => {
    expect(gradeTypedAnswer('2022', ['2023'])).toBe('wrong');
    expect(gradeTypedAnswer('أكثر من 81', ['أكثر من 80'])).toBe('wrong');
    expect(gradeTypedAnswer('اكثر من', ['أكثر من 80'])).toBe('wrong');
  });

  it('grades blank or empty input wrong', () => {
    expect(gradeTypedAnswer('', ['روسيا'])).toBe('wrong');
    expect(gradeTypedAnswer('   \u200F ', ['روسيا'])).toBe('wrong');
    expect(gradeTypedAnswer('،', [''])).toBe('wrong');
  });

  it('grades anything else wrong', () => {
    expect(gradeTypedAnswer('الصين', ['روسيا'])).toBe('wrong');
    expect(gradeTypedAnswer('روسيا', [])).toBe('wrong');
  });
});

const NOISE = [
  '\u064E',
  '\u064B',
  '\u0651',
  '\u0652',
  '\u0670',
  '\u0640',
  '\u200F',
  '\u200E',
  '\u2067',
  '\u2069',
  '\u061C',
  '\u200B',
  '\uFEFF'
];
const ARTICLE_WORDS = [
  'روسيا',
  'إيران',
  'طهران',
  'بوتين',
  'خامنئي',
  'مسيّرة',
  'الحرس الثوري',
  'كانون الثاني 2023',
  'آب',
  'بالعقوبات',
  'Foreign Policy',
  '80'
];

function sprinkle(text: string, marks: readonly string[]): string {
  let out = '';
  [...text].forEach((c, i) => {
    out += c + (marks[i % Math.max(1, marks.length)] ?? '');
  });
  return out;
}

describe('properties', () => {
  it('normalising twice equals normalising once', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
        const once = normalizeAnswer(s);
        expect(normalizeAnswer(once)).toBe(once);
        expect(normalizeSearch(normalizeSearch(s))).toBe(normalizeSearch(s));
      }),
      { numRuns: 2000 }
    );
  });

  it('diacritics, tatweel and bidi marks never change the verdict', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ARTICLE_WORDS),
        fc.constantFrom(...ARTICLE_WORDS),
        fc.array(fc.constantFrom('', ...NOISE), { minLength: 1, maxLength: 12 }),
        (typed, accepted, marks) => {
          const noisy = sprinkle(typed, marks);
          expect(gradeTypedAnswer(noisy, [accepted])).toBe(gradeTypedAnswer(typed, [accepted]));
          expect(gradeTypedAnswer(typed, [sprinkle(accepted, marks)])).toBe(
            gradeTypedAnswer(typed, [accepted])
          );
        }
      )
    );
  });

  it('a number in Latin, Arabic-Indic or Persian digits grades correct', () => {
    const toDigits = (n: string, zero: number) =>
      [...n].map((d) => String.fromCodePoint(zero + Number(d))).join('');
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (n) => {
        const latin = String(n);
        const forms = [latin, toDigits(latin, 0x0660), toDigits(latin, 0x06f0)];
        for (const typed of forms) {
          for (const accepted of forms) {
            expect(gradeTypedAnswer(typed, [accepted])).toBe('correct');
          }
        }
      })
    );
  });
});
