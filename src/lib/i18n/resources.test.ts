// Asserts that both locales carry the same keys with the same placeholders, that Arabic plural keys
// have all six forms, and that every key is used somewhere in the source.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import arRest from './resources/ar';
import arCore from './resources/ar.core';
import enRest from './resources/en';
import enCore from './resources/en.core';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Merges the first screen's strings and the rest, as i18next does when both are loaded. */
function merge(a: Tree, b: Tree): Tree {
  const out: Record<string, string | Tree> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = typeof prev === 'object' && typeof v === 'object' ? merge(prev, v) : v;
  }
  return out;
}

const ar = merge(arCore, arRest);
const en = merge(enCore, enRest);

const PLURAL = /_(zero|one|two|few|many|other)$/;
const AR_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];
const EN_FORMS = ['one', 'other'];

function groups(flat: Map<string, string>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [key, value] of flat) {
    const m = PLURAL.exec(key);
    const base = m ? key.slice(0, m.index) : key;
    const form = m?.[1] ?? '';
    if (!out.has(base)) out.set(base, new Map());
    out.get(base)!.set(form, value);
  }
  return out;
}

const placeholders = (s: string) =>
  [...s.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!).sort();

const arGroups = groups(flatten(ar));
const enGroups = groups(flatten(en));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'resources' ? [] : sourceFiles(path);
    return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('interface strings', () => {
  it('has the same keys in Arabic and English', () => {
    expect([...arGroups.keys()].sort()).toEqual([...enGroups.keys()].sort());
  });

  it('gives Arabic plural keys all six forms and English ones two', () => {
    for (const [base, forms] of arGroups) {
      const enForms = enGroups.get(base)!;
      const isPlural = [...forms.keys(), ...enForms.keys()].some((f) => f !== '');
      if (!isPlural) continue;
      expect([...forms.keys()].sort(), base).toEqual([...AR_FORMS].sort());
      expect([...enForms.keys()].sort(), base).toEqual([...EN_FORMS].sort());
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [base, forms] of arGroups) {
      const enForms = enGroups.get(base)!;
      const arOther = forms.get('other') ?? forms.get('')!;
      const enOther = enForms.get('other') ?? enForms.get('')!;
      expect(placeholders(arOther), base).toEqual(placeholders(enOther));
      // A special plural form may drop the number ("بطاقتان") but never add a placeholder.
      for (const [form, text] of [...forms, ...enForms]) {
        for (const p of placeholders(text)) {
          expect(placeholders(arOther), `${base}_${form}`).toContain(p);
        }
      }
    }
  });

  it('keeps each key in one part only: the first screen’s strings or the rest', () => {
    for (const [core, rest] of [
      [arCore, arRest],
      [enCore, enRest]
    ] as const) {
      const restKeys = flatten(rest);
      const both = [...flatten(core).keys()].filter((key) => restKeys.has(key));
      expect(both).toEqual([]);
    }
  });

  it('has no empty string', () => {
    for (const flat of [flatten(ar), flatten(en)]) {
      for (const [key, value] of flat) expect(value.trim(), key).not.toBe('');
    }
  });

  it('writes no Latin digit into an Arabic string: numbers come through the digits setting', () => {
    const withDigits = [...flatten(ar)].filter(([, v]) =>
      /[0-9]/.test(v.replace(/\{\{[^}]*\}\}/g, ''))
    );
    expect(withDigits).toEqual([]);
  });

  it('keeps phrases a native editor struck out of the Arabic strings', () => {
    const BANNED = [
      'علّق', // «comment» where suspend (a pause) is meant
      'التعليق',
      'الأسئلة الخاطئة', // says the questions are faulty
      'الأكثر خطأً',
      'اليوم الدراسي', // the scheduler's day is not a school day
      'المظهر:', // the theme setting is «السمة»
      'يمسحون', // reads «wipe» next to the board
      'حُدِّث درس', // the brand inside a sentence reads «a lesson»: «تطبيق درس»
      'تعذّر حفظ الاختبار'
    ];
    for (const [key, value] of flatten(ar)) {
      for (const phrase of BANNED) expect(value, key).not.toContain(phrase);
    }
    // A grade of its own: «مجددًا» alone is an adverb, not an answer.
    expect(flatten(ar).get('study.again')).not.toBe('مجددًا');
  });

  it('words Arabic buttons and hints without a command to one man', () => {
    // Imperatives addressed to a boy (a girl is addressed otherwise): buttons take verbal nouns
    // (حذف، فتح، إلغاء), hints impersonal forms.
    const IMPERATIVES = new Set(
      ['اضغط', 'اكتب', 'احذف', 'أضف', 'أضِف', 'افتح', 'ابدأ', 'صدّر', 'استورد', 'راجع', 'راجِع']
        .concat(['اقرأ', 'ألغِ', 'أعد', 'حدّث', 'حدِّث', 'انضم', 'اعرض', 'أظهر', 'عدّل', 'احفظ'])
        .concat(['أوقف', 'أوقِف', 'الصق', 'اختر', 'جرّب', 'اطلب', 'عد', 'عُد', 'أرِ', 'دع', 'احمِ'])
        .concat(['شارك', 'استخدم', 'استأنِف', 'رتّب', 'املأ', 'امسح', 'اجمع', 'أنشئ', 'حاول'])
    );
    for (const [key, value] of flatten(ar)) {
      const words = value.split(/[\s،.؛:!؟«»()]+/);
      expect(
        words.filter((w) => IMPERATIVES.has(w)),
        key
      ).toEqual([]);
    }
  });

  it('isolates names, titles and answers set inside a sentence', () => {
    // Shown text only: an aria-label (a QR code's, a move button's) is read out, not laid out.
    const NAMES = ['name', 'title', 'answer', 'source'];
    // Its name is the interface's own word (Light, Dark), in the sentence's language.
    const OWN_WORDS = new Set(['theme.toggle']);
    for (const flat of [flatten(ar), flatten(en)]) {
      for (const [key, value] of flat) {
        if (OWN_WORDS.has(key)) continue;
        for (const m of value.matchAll(/\{\{\s*(\w+)\s*(,[^}]*)?\}\}/g)) {
          if (NAMES.includes(m[1]!)) expect(m[2] ?? '', `${key}: ${m[1]}`).toMatch(/bidi/);
        }
      }
    }
  });

  it('uses every key somewhere in the source', () => {
    const source = sourceFiles('src')
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = [...enGroups.keys()].filter((key) => !source.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});
