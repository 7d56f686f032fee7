import type { Item, Lang, Text } from './bank';
import { hashString, seededRandom, shuffled } from './random';

/**
 * The question bank as a file Anki's File › Import reads (the "text file with headers" format):
 * one Basic note per item, tab-separated, one line each.
 *
 * Fields are HTML (`#html:true`) that this module writes itself: every piece of bank text is
 * escaped (`& < > "`), so nothing in the bank can become markup in Anki, and line breaks become
 * `<br>`. Each language sits in its own `<div dir lang>` so that Arabic lays out right to left.
 *
 * Things Anki's importer does that shaped the columns:
 * - `#deck:` only selects a deck that already exists (else the import goes to Default), so the deck
 *   travels in a column, which creates it.
 * - `#columns:` would map columns to fields by name, and a localised Anki names Basic's fields in
 *   its own language, leaving Back empty; without it, columns map to fields in order.
 * - A line starting with `#` is a comment and a field starting with `"` is read as quoted: the
 *   HTML fields start with `<div` and hold no raw `"`, the deck starts with `Dars`, and tags and
 *   the GUID have their `"` removed.
 * - A GUID column makes importing a newer export update the notes instead of duplicating them.
 */

export type AnkiLang = Lang | 'both';

export interface AnkiOptions {
  /** The language(s) of the notes; an item without English falls back to Arabic. */
  lang: AnkiLang;
  /** The article's title: the notes go into the deck `Dars::<deckName>`. */
  deckName: string;
}

/** 1-based columns of each note line. */
export const ANKI_COLUMNS = Object.freeze({ front: 1, back: 2, tags: 3, deck: 4, guid: 5 });

const TRUE_FALSE: Record<Lang, { ask: string; yes: string; no: string }> = {
  ar: { ask: 'صح أم خطأ؟', yes: 'صح', no: 'خطأ' },
  en: { ask: 'True or false?', yes: 'True', no: 'False' }
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Bank text as HTML text: escaped, tabs to spaces, every kind of line break to `<br>`. */
export function ankiEscape(text: string): string {
  return text
    .replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c)
    .replace(/\t/g, ' ')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>');
}

/** A tag or GUID: Anki splits tags on whitespace, so each run of it becomes one underscore. */
export function ankiToken(text: string): string {
  return text.replace(/\s+/gu, '_').replace(/"/g, '');
}

/** `Dars::<title>` on one line; `::` inside the title would make sub-decks, so it is cut to `:`. */
export function ankiDeckName(title: string): string {
  const clean = title.replace(/\s+/gu, ' ').replace(/:{2,}/g, ':').trim();
  return clean ? `Dars::${clean}` : 'Dars';
}

const langsOf = (item: Item, lang: AnkiLang): Lang[] => {
  const hasEnglish = item.prompt.en !== undefined;
  if (lang === 'both') return hasEnglish ? ['ar', 'en'] : ['ar'];
  return lang === 'en' && hasEnglish ? ['en'] : ['ar'];
};

const say = (text: Text, lang: Lang) => (lang === 'en' && text.en ? text.en : text.ar);

/** A shuffled order of 0…n-1 that is never 0…n-1 itself, the same on every export. */
function scrambled(n: number, seed: string): number[] {
  const order = shuffled(
    Array.from({ length: n }, (_, i) => i),
    seededRandom(hashString(seed))
  );
  if (n > 1 && order.every((v, i) => v === i)) order.push(order.shift() as number);
  return order;
}

function frontLines(item: Item, lang: Lang): string[] {
  const prompt = say(item.prompt, lang);
  switch (item.type) {
    case 'mcq':
      return [prompt, ...item.options.map((o, i) => `${i + 1}) ${say(o, lang)}`)];
    case 'truefalse':
      return [`${prompt} (${TRUE_FALSE[lang].ask})`];
    case 'cloze':
    case 'short':
      return [prompt];
    case 'matching': {
      const right = scrambled(item.pairs.length, item.id);
      return [
        prompt,
        '',
        ...item.pairs.map((p, i) => `${i + 1}) ${say(p.left, lang)}`),
        '',
        ...right.flatMap((r) => {
          const pair = item.pairs[r];
          return pair ? [`• ${say(pair.right, lang)}`] : [];
        })
      ];
    }
    case 'ordering': {
      const order = scrambled(item.sequence.length, item.id);
      return [
        prompt,
        '',
        ...order.flatMap((i) => {
          const step = item.sequence[i];
          return step ? [`• ${say(step, lang)}`] : [];
        })
      ];
    }
  }
}

function answerLines(item: Item, lang: Lang): string[] {
  switch (item.type) {
    case 'mcq': {
      const option = item.options[item.answer];
      return [option ? `${item.answer + 1}) ${say(option, lang)}` : ''];
    }
    case 'truefalse':
      return [item.answer ? TRUE_FALSE[lang].yes : TRUE_FALSE[lang].no];
    case 'cloze':
    case 'short':
      return [say(item.answer, lang)];
    case 'matching':
      return item.pairs.map((p) => `${say(p.left, lang)} – ${say(p.right, lang)}`);
    case 'ordering':
      return item.sequence.map(
        (s, i) => `${i + 1}) ${say(s, lang)}${s.date ? ` (${s.date})` : ''}`
      );
  }
}

const block = (lang: Lang, lines: readonly string[]) =>
  `<div dir="${lang === 'ar' ? 'rtl' : 'ltr'}" lang="${lang}">${lines.map(ankiEscape).join('<br>')}</div>`;

/** One note line: front, back, tags, deck, GUID, in the order of {@link ANKI_COLUMNS}. */
function noteLine(item: Item, lang: AnkiLang, deck: string): string {
  const langs = langsOf(item, lang);
  const front = langs.map((l) => block(l, frontLines(item, l))).join('');
  const back =
    langs.map((l) => block(l, [...answerLines(item, l), '', say(item.explanation, l)])).join('') +
    // The evidence is quoted verbatim from the Arabic article, whatever the language.
    block(
      'ar',
      item.evidence.map((e) => `«${e.quote}»`)
    );
  const tags = [item.topic, item.type].map(ankiToken).filter(Boolean).join(' ');
  const guid = ankiToken(`dars:${item.article}:${item.id}`);
  return [front, back, tags, deck, guid].join('\t');
}

/** The items as an Anki import file: header lines, then one note per line, ending in a newline. */
export function ankiExport(items: readonly Item[], opts: AnkiOptions): string {
  const deck = ankiDeckName(opts.deckName);
  const header = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#tags column:${ANKI_COLUMNS.tags}`,
    `#deck column:${ANKI_COLUMNS.deck}`,
    `#guid column:${ANKI_COLUMNS.guid}`
  ];
  return [...header, ...items.map((item) => noteLine(item, opts.lang, deck))].join('\n') + '\n';
}
