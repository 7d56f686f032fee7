import { describe, expect, it } from 'vitest';
import type { Item } from '$lib/domain/bank';
import { newCard } from '$lib/domain/cards';
import { type CardRecord } from '$lib/domain/records';
import { EMPTY_FILTER, filterRows, makeRows } from './lib';

const base = {
  article: 'a',
  source: 'curated' as const,
  difficulty: 1 as const,
  evidence: [{ paragraph: 'p-2', quote: 'q' }],
  explanation: { ar: 'شرح', en: 'Why' }
};
const items: Item[] = [
  {
    ...base,
    id: 'drones',
    sibling: 'drones',
    topic: 'drones-war',
    type: 'cloze',
    prompt: { ar: 'تم إسقاط أكثر من ____ طائرة مسيّرة إيرانية الصنع', en: 'More than ____ drones' },
    answer: { ar: '80', en: '80' },
    accept: { ar: [], en: [] }
  },
  {
    ...base,
    id: 'camp',
    sibling: 'camp',
    topic: 'iran-camps',
    type: 'truefalse',
    prompt: { ar: 'يضمّ المعسكر الثاني علي شمخاني', en: 'The second camp includes Ali Shamkhani' },
    answer: true
  }
];
const NOW = 1_000_000;
const cards: CardRecord[] = [
  { ...newCard('p', 'drones', 0, 'drones', 0), phase: 'review', due: NOW - 1, leech: true },
  { ...newCard('p', 'camp', 1, 'camp', 0), suspended: true }
];
const rows = makeRows(items, cards);
const ids = (f: Partial<typeof EMPTY_FILTER>) =>
  filterRows(rows, { ...EMPTY_FILTER, ...f }, NOW).map((r) => r.item.id);

describe('filterRows', () => {
  it('finds Arabic without diacritics, shadda or hamza forms', () => {
    expect(ids({ query: 'مسيرة ايرانية' })).toEqual(['drones']);
    expect(ids({ query: 'يضم المعسكر' })).toEqual(['camp']);
    expect(ids({ query: 'اسقاط' })).toEqual(['drones']);
  });
  it('finds English case-insensitively', () => {
    expect(ids({ query: 'SHAMKHANI' })).toEqual(['camp']);
  });
  it('filters by type, topic, state, suspended, leech and due', () => {
    expect(ids({ type: 'cloze' })).toEqual(['drones']);
    expect(ids({ topic: 'iran-camps' })).toEqual(['camp']);
    expect(ids({ phase: 'review' })).toEqual(['drones']);
    expect(ids({ phase: 'new' })).toEqual(['camp']);
    expect(ids({ suspended: true })).toEqual(['camp']);
    expect(ids({ leech: true })).toEqual(['drones']);
    expect(ids({ due: true })).toEqual(['drones']);
  });
});
