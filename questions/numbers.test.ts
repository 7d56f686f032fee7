import { describe, expect, it } from 'vitest';
import { entityMatchers, findMentions } from './entities';
import { distractorsFor } from './distractors';
import { countingClass, granularity, numberOptions } from './numbers';

describe('countingClass', () => {
  it('follows the last part of the number', () => {
    expect([2, 3, 10, 11, 99, 100, 103, 111, 1200, 2.5, 4.5].map(countingClass)).toEqual([
      'one-two',
      'few',
      'few',
      'many',
      'many',
      'hundreds',
      'few',
      'many',
      'hundreds',
      'fraction',
      'few'
    ]);
  });
});

describe('numberOptions', () => {
  it('gives values of the same magnitude, rounded as the answer is', () => {
    expect(numberOptions(450, ' مليون دولار')).toEqual([300, 600, 750]);
    expect(numberOptions(1200, ' عامل')).toEqual([800, 1600, 2000]);
    expect(granularity(61)).toBe(1);
    expect(granularity(1.5)).toBe(0.5);
    expect(granularity(21.25)).toBe(0.25);
    expect(granularity(33.7)).toBeCloseTo(0.1);
    expect(numberOptions(4.5, ' ملايين طفل')).toEqual([3, 6, 7.5]);
  });

  it('keeps the counted noun agreeing: «61 متراً» never «102 متراً», «8 ملايين» never «13»', () => {
    expect(numberOptions(61, ' متراً مكعباً', 8)).not.toContain(102);
    expect(numberOptions(61, ' متراً مكعباً', 8).every((v) => countingClass(v) === 'many')).toBe(
      true
    );
    const millions = numberOptions(8, ' ملايين دولار', 8);
    expect(millions.length).toBeGreaterThanOrEqual(3);
    expect(millions.every((v) => v >= 3 && v <= 10)).toBe(true);
    // Before a number that counts nothing, any class will do.
    expect(numberOptions(61, '.', 8)).toContain(102);
  });

  it('keeps a percentage at most 100', () => {
    expect(numberOptions(95, ' في المئة', 8).every((v) => v <= 100)).toBe(true);
    expect(numberOptions(95, ' دولاراً', 8).some((v) => v > 100)).toBe(true);
  });
});

describe('number distractors in a sentence', () => {
  it('never offers a value of another unit written in the article', () => {
    const sentence = 'بلغت الكلفة 450 مليون دولار وشارك 1200 عامل.';
    const mentions = findMentions(sentence, entityMatchers([]));
    const cost = mentions.find((m) => m.core === '450')!;
    const pools = {
      entities: [],
      byId: new Map(),
      years: [],
      numbers: [450, 1200],
      dates: []
    };
    const after = sentence.slice(cost.end);
    // Six made-up values to choose three from (`ladder.ts`), none of them the other unit's 1200.
    const got = distractorsFor(cost, mentions, pools, undefined, after).map((d) => d.ar);
    expect(got.slice(0, 3)).toEqual(['300', '600', '750']);
    expect(got).not.toContain('1200');
  });
});
