import { describe, expect, it } from 'vitest';
import { splitAtQuote } from './lib';

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
