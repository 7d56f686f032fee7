import type { ItemType } from '$lib/domain/bank';

/** The interface string for each item type. */
export const TYPE_LABEL: Record<ItemType, string> = {
  mcq: 'types.mcq',
  truefalse: 'types.truefalse',
  cloze: 'types.cloze',
  short: 'types.short',
  matching: 'types.matching',
  ordering: 'types.ordering'
};
