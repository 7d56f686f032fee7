import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';
import { splitSentences } from './sentences';

const SEED = parseArticle(readFileSync('questions/articles/iran-russia-2023/article.txt', 'utf8'));

describe('splitSentences', () => {
  it('splits at full stops and question marks', () => {
    expect(splitSentences('ذهب أحمد إلى السوق. هل عاد؟ نعم عاد!').map((s) => s.text)).toEqual([
      'ذهب أحمد إلى السوق.',
      'هل عاد؟',
      'نعم عاد!'
    ]);
  });

  it('does not split after an abbreviation or an initial', () => {
    expect(splitSentences('قال د. أحمد إن الوضع خطير. ثم غادر.').map((s) => s.text)).toEqual([
      'قال د. أحمد إن الوضع خطير.',
      'ثم غادر.'
    ]);
    expect(splitSentences('The U.S. said so. Then it left.', 'en')).toHaveLength(2);
  });

  it('does not split inside a quotation or parentheses', () => {
    const p =
      'قال زيلينسكي: "أصبحت المسيّرات خطراً. هكذا التقى طرفان". ثم صمت. (أنكرت الحكومة ذلك. وزعمت العكس).';
    expect(splitSentences(p).map((s) => s.text)).toEqual([
      'قال زيلينسكي: "أصبحت المسيّرات خطراً. هكذا التقى طرفان".',
      'ثم صمت.',
      '(أنكرت الحكومة ذلك. وزعمت العكس).'
    ]);
  });

  it('keeps every sentence of the seed a verbatim slice of its paragraph', () => {
    for (const p of SEED.paragraphs) {
      const sentences = splitSentences(p.ar);
      expect(sentences.length).toBeGreaterThan(0);
      for (const s of sentences) {
        expect(p.ar.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });

  it('keeps the seed’s quotations whole (p-10, p-26)', () => {
    const p10 = SEED.paragraphs[9]?.ar ?? '';
    expect(splitSentences(p10).map((s) => s.text)).toHaveLength(3);
    const last = splitSentences(SEED.paragraphs[25]?.ar ?? '').at(-1)?.text ?? '';
    expect(last.startsWith('تضيف نوتي')).toBe(true);
    expect(last.endsWith('معينة؟".')).toBe(true);
  });
});
