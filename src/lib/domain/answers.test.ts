import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeTypedAnswer, normalizeAnswer, normalizeSearch, typoAllowance } from './answers';

describe('normalizeAnswer: one test per rule, with words from the seed article', () => {
  it('applies Unicode compatibility forms (NFKC)', () => {
    // Presentation forms of «لا» and full-width Latin.
    expect(normalizeAnswer('\uFEFB')).toBe('لا');
    expect(normalizeAnswer('ＮＡＴＯ')).toBe('nato');
  });

  it('removes harakat, tanween and shadda', () => {
    expect(normalizeAnswer('يومَين')).toBe('يومين');
    expect(normalizeAnswer('مسيّرة')).toBe('مسيره');
    expect(normalizeAnswer('دعماً')).toBe('دعما');
    expect(normalizeAnswer('مستوىً')).toBe('مستوي');
  });

  it('removes superscript alef and Quranic marks', () => {
    expect(normalizeAnswer('هٰذا')).toBe('هذا');
    expect(normalizeAnswer('روسيا\u06D6')).toBe('روسيا');
  });

  it('removes tatweel', () => {
    expect(normalizeAnswer('ومحللــين')).toBe('ومحللين');
    expect(normalizeAnswer('فوريـــن بوليسي')).toBe('فورين بوليسي');
    expect(normalizeAnswer('حاورتهـم')).toBe(normalizeAnswer('حاورتهم'));
  });

  it('folds alef forms, alef maqsura, ta marbuta, hamza seats', () => {
    expect(normalizeAnswer('إيران')).toBe('ايران');
    expect(normalizeAnswer('آية')).toBe('ايه');
    expect(normalizeAnswer('ٱلله')).toBe(normalizeAnswer('الله'));
    expect(normalizeAnswer('الأدنى')).toBe('ادني');
    expect(normalizeAnswer('مؤشر')).toBe('موشر');
    expect(normalizeAnswer('رئيسي')).toBe('رييسي');
  });

  it('removes bidi and zero-width marks', () => {
    const marks =
      '\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\uFEFF\u00AD';
    for (const mark of marks) {
      expect(normalizeAnswer(`طه${mark}ران`)).toBe('طهران');
    }
  });

  it('maps Arabic-Indic and Persian digits to 0–9', () => {
    expect(normalizeAnswer('٢٠٢٣')).toBe('2023');
    expect(normalizeAnswer('۲۰۱۵')).toBe('2015');
    expect(normalizeAnswer('١٬٠٠٠')).toBe('1000');
  });

  it('turns punctuation into spaces', () => {
    expect(normalizeAnswer('«واشنطن بوست»')).toBe('واشنطن بوست');
    expect(normalizeAnswer('"سي إن إن"')).toBe('سي ان ان');
    expect(normalizeAnswer('روسيا، إيران؛ الصين؟')).toBe('روسيا ايران صين');
    expect(normalizeAnswer('(كوريا-الشمالية)!')).toBe('كوريا شماليه');
    expect(normalizeAnswer("Foreign Policy's.")).toBe('foreign policy s');
  });

  it('folds repeated whitespace and trims', () => {
    expect(normalizeAnswer('  بشار \t\n  الأسد  ')).toBe('بشار اسد');
  });

  it('lower-cases Latin letters', () => {
    expect(normalizeAnswer('Foreign Policy')).toBe('foreign policy');
  });

  it('makes «ال» optional on each word, also after و ف ب ك ل', () => {
    expect(normalizeAnswer('الحرس الثوري')).toBe(normalizeAnswer('حرس ثوري'));
    expect(normalizeAnswer('والحرب')).toBe('وحرب');
    expect(normalizeAnswer('فالحرب')).toBe('فحرب');
    expect(normalizeAnswer('بالعقوبات')).toBe('بعقوبات');
    expect(normalizeAnswer('كالمعتاد')).toBe('كمعتاد');
    expect(normalizeAnswer('للمرة')).toBe('لمره');
    expect(normalizeAnswer('والإيراني')).toBe('وايراني');
    expect(normalizeAnswer('وبالعقوبات')).toBe('وبعقوبات');
    // Short words keep their letters.
    expect(normalizeAnswer('إلى')).toBe('الي');
    expect(normalizeAnswer('والي')).toBe('والي');
  });

  it('folds every name of a month to one token', () => {
    const same = [
      ['كانون الثاني', 'يناير', 'January', 'كانون ثاني'],
      ['شباط', 'فبراير', 'February'],
      ['آذار', 'مارس', 'March'],
      ['نيسان', 'أبريل', 'ابريل', 'April'],
      ['أيار', 'مايو', 'May'],
      ['حزيران', 'يونيو', 'June'],
      ['تموز', 'يوليو', 'يوليه', 'July'],
      ['آب', 'أغسطس', 'August'],
      ['أيلول', 'سبتمبر', 'September'],
      ['تشرين الأول', 'أكتوبر', 'October'],
      ['تشرين الثاني', 'نوفمبر', 'November'],
      ['كانون الأول', 'ديسمبر', 'December']
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
