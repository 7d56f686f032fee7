import { describe, expect, it } from 'vitest';
import { paragraphMastery, splitAtQuote } from './lib';

describe('splitAtQuote', () => {
  const p = 'تم إسقاط أكثر من 80 طائرة مسيّرة إيرانية الصنع أطلقها الجيش الروسي فوق أوكرانيا';
  it('splits around a verbatim quote, shadda included', () => {
    expect(splitAtQuote(p, '80 طائرة مسيّرة')).toEqual({
      before: 'تم إسقاط أكثر من ',
      mark: '80 طائرة مسيّرة',
      after: ' إيرانية الصنع أطلقها الجيش الروسي فوق أوكرانيا'
    });
  });
  it('returns null for a quote that is not there', () => {
    expect(splitAtQuote(p, '80 طائرة مسيرة')).toBeNull();
    expect(splitAtQuote(p, null)).toBeNull();
  });
});

describe('paragraphMastery', () => {
  it('counts known items per paragraph of their first evidence', () => {
    const items = [
      { id: 'a', evidence: [{ paragraph: 'p-1' }] },
      { id: 'b', evidence: [{ paragraph: 'p-1' }, { paragraph: 'p-2' }] },
      { id: 'c', evidence: [{ paragraph: 'p-2' }] }
    ];
    const m = paragraphMastery(items, [
      { itemId: 'a', phase: 'review' },
      { itemId: 'b', phase: 'learning' }
    ]);
    expect(m.get('p-1')).toEqual({ known: 1, total: 2 });
    expect(m.get('p-2')).toEqual({ known: 0, total: 1 });
  });
});
