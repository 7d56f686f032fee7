// What these tests assert: the export is a file Anki's text import reads as intended (its header
// lines, one line per item, five tab-separated columns, tags and deck in their columns); bank text
// is escaped so it can never become markup, and Arabic (diacritics included) comes out unchanged.
import fc from 'fast-check';
import { array, parse } from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  ANKI_COLUMNS,
  ankiDeckName,
  ankiEscape,
  ankiExport,
  type AnkiLang,
  type AnkiOptions
} from './anki';
import { ItemSchema, type Item } from './bank';
import raw from './fixtures/quiz-items.json';

/** 42 items copied from static/bank/iran-russia-2023.json. */
const ITEMS: Item[] = parse(array(ItemSchema), raw);

function first<T extends Item['type']>(type: T): Extract<Item, { type: T }> {
  const found = ITEMS.find((item) => item.type === type);
  if (!found) throw new Error(`no ${type} in the fixture`);
  return found as Extract<Item, { type: T }>;
}

const HEADER = [
  '#separator:tab',
  '#html:true',
  '#notetype:Basic',
  '#tags column:3',
  '#deck column:4',
  '#guid column:5'
];

const OPTS: AnkiOptions = { lang: 'ar', deckName: 'Iran and Russia' };

interface Note {
  front: string;
  back: string;
  tags: string;
  deck: string;
  guid: string;
}

/** Splits an export as Anki does: header lines (starting with #), then one note per line. */
function read(text: string): { header: string[]; notes: Note[]; fields: string[][] } {
  expect(text.endsWith('\n')).toBe(true);
  const lines = text.slice(0, -1).split('\n');
  const header = lines.filter((l) => l.startsWith('#'));
  const body = lines.slice(header.length);
  expect(lines.slice(0, header.length)).toEqual(header);
  const fields = body.map((l) => l.split('\t'));
  const notes = fields.map(([front = '', back = '', tags = '', deck = '', guid = '']) => ({
    front,
    back,
    tags,
    deck,
    guid
  }));
  return { header, notes, fields };
}

const exportOne = (item: Item, opts: Partial<AnkiOptions> = {}): Note => {
  const { notes } = read(ankiExport([item], { ...OPTS, ...opts }));
  expect(notes).toHaveLength(1);
  return notes[0] as Note;
};

/** Bank text must appear as text: this is what is left once the markup the module writes is gone. */
const withoutOwnMarkup = (field: string) =>
  field.replace(/<div dir="(rtl|ltr)" lang="(ar|en)">|<\/div>|<br>/g, '');

const hostile = (over: Partial<Item> = {}): Item =>
  ({
    ...first('mcq'),
    prompt: { ar: 'سؤال\tفيه\nسطران <b>', en: 'A\ttab\r\nand <script>alert("x")</script> & co' },
    explanation: { ar: 'شرح\r\n', en: 'Why?\u2028Because.' },
    options: [
      { ar: '<img src=x onerror=alert(1)>', en: '"quoted"' },
      { ar: 'ب', en: 'B\tb' }
    ],
    answer: 0,
    ...over
  }) as Item;

describe('ankiExport', () => {
  it('starts with the header lines Anki reads', () => {
    const { header } = read(ankiExport(ITEMS, OPTS));
    expect(header).toEqual(HEADER);
    expect(ANKI_COLUMNS).toEqual({ front: 1, back: 2, tags: 3, deck: 4, guid: 5 });
  });

  it('writes one line per item, each of exactly five fields', () => {
    for (const lang of ['ar', 'en', 'both'] as const) {
      const { notes, fields } = read(ankiExport([...ITEMS, hostile()], { ...OPTS, lang }));
      expect(notes).toHaveLength(ITEMS.length + 1);
      for (const f of fields) expect(f).toHaveLength(5);
    }
    expect(ankiExport([], OPTS)).toBe(`${HEADER.join('\n')}\n`);
  });

  it('never lets a tab or a line break into a field', () => {
    const note = exportOne(hostile(), { lang: 'both' });
    for (const field of Object.values(note)) expect(field).not.toMatch(/[\t\r\n\u2028]/);
    expect(note.front).toContain('سؤال فيه<br>سطران');
    expect(note.front).toContain('A tab<br>and');
    expect(note.back).toContain('Why?<br>Because.');
  });

  it('escapes HTML in bank text, so it can never become markup in Anki', () => {
    const note = exportOne(hostile(), { lang: 'both' });
    expect(note.front).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(note.front).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(note.front).toContain('&quot;quoted&quot;');
    expect(note.front).not.toContain('<script');
    expect(note.back).toContain('1) &lt;img src=x onerror=alert(1)&gt;');
    for (const field of [note.front, note.back]) {
      expect(withoutOwnMarkup(field)).not.toMatch(/[<>"]/);
    }
  });

  it('keeps Arabic exactly as written, diacritics included', () => {
    const vowelled = 'هَلْ زارَ بوتينُ طهرانَ في تمّوز؟';
    const note = exportOne(hostile({ prompt: { ar: vowelled }, explanation: { ar: 'نَعَمْ' } }));
    expect(note.front).toContain(`<div dir="rtl" lang="ar">${vowelled}<br>`);
    expect(note.back).toContain('نَعَمْ');
    const mcq = first('mcq');
    expect(exportOne(mcq).front).toContain('1) طائرات انتحارية مسيّرة');
  });

  it('puts the topic and the item type in the tags column, spaces as underscores', () => {
    const { header, notes } = read(ankiExport(ITEMS, OPTS));
    expect(header).toContain(`#tags column:${ANKI_COLUMNS.tags}`);
    notes.forEach((note, i) => {
      const item = ITEMS[i] as Item;
      expect(note.tags).toBe(`${item.topic} ${item.type}`);
    });
    const spaced = exportOne({ ...first('short'), topic: 'war  and\tpeace "now"' });
    expect(spaced.tags).toBe('war_and_peace_now short');
  });

  it('puts every note in the deck Dars::<title>, on one line and without sub-decks', () => {
    const { notes } = read(ankiExport(ITEMS, OPTS));
    expect(new Set(notes.map((n) => n.deck))).toEqual(new Set(['Dars::Iran and Russia']));
    expect(ankiDeckName(' روسيا\tو::إيران\n')).toBe('Dars::روسيا و:إيران');
    expect(ankiDeckName('  ')).toBe('Dars');
  });

  it('gives each note a stable GUID of its own, so a new export updates the old notes', () => {
    const a = read(ankiExport(ITEMS, OPTS)).notes.map((n) => n.guid);
    const b = read(ankiExport(ITEMS, { lang: 'en', deckName: 'other' })).notes.map((n) => n.guid);
    expect(new Set(a).size).toBe(ITEMS.length);
    expect(b).toEqual(a);
    expect(a[0]).toBe(`dars:${ITEMS[0]?.article}:${ITEMS[0]?.id}`);
  });

  it('starts no note line with # (a comment to Anki) and no field with a quote', () => {
    const { fields } = read(ankiExport([...ITEMS, hostile({ topic: '"#x' })], OPTS));
    for (const f of fields) {
      expect(f[0]?.startsWith('#')).toBe(false);
      for (const field of f) expect(field.startsWith('"')).toBe(false);
    }
  });

  it('writes the chosen language, or both, each in its own direction', () => {
    const mcq = first('mcq');
    const ar = exportOne(mcq, { lang: 'ar' });
    const en = exportOne(mcq, { lang: 'en' });
    const both = exportOne(mcq, { lang: 'both' });
    expect(ar.front).toContain(mcq.prompt.ar);
    expect(ar.front).not.toContain(mcq.prompt.en);
    expect(en.front).toContain(`<div dir="ltr" lang="en">${ankiEscape(mcq.prompt.en ?? '')}`);
    expect(en.front).not.toContain(mcq.prompt.ar);
    expect(both.front).toContain(mcq.prompt.ar);
    expect(both.front).toContain(ankiEscape(mcq.prompt.en ?? ''));
    expect(both.back).toContain(mcq.explanation.ar);
    expect(both.back).toContain(ankiEscape(mcq.explanation.en ?? ''));
  });

  it('falls back to Arabic for an item without English', () => {
    const mcq = first('mcq');
    const arabicOnly = {
      ...mcq,
      prompt: { ar: mcq.prompt.ar },
      explanation: { ar: mcq.explanation.ar },
      options: mcq.options.map((o) => ({ ar: o.ar }))
    };
    const note = exportOne(arabicOnly, { lang: 'en' });
    expect(note.front).toBe(exportOne(arabicOnly, { lang: 'ar' }).front);
    expect(exportOne(arabicOnly, { lang: 'both' })).toEqual(note);
  });

  it('asks an mcq with its options and answers with the right one, evidence quoted', () => {
    const mcq = first('mcq');
    const note = exportOne(mcq);
    mcq.options.forEach((o, i) => expect(note.front).toContain(`<br>${i + 1}) ${o.ar}`));
    const right = mcq.options[mcq.answer]?.ar ?? '';
    expect(note.back).toContain(`${mcq.answer + 1}) ${right}<br><br>${mcq.explanation.ar}`);
    expect(note.back).toContain(`«${mcq.evidence[0]?.quote}»`);
  });

  it('marks a true/false statement and answers it in each language', () => {
    const tf = first('truefalse');
    expect(tf.answer).toBe(false);
    const both = exportOne(tf, { lang: 'both' });
    expect(both.front).toContain(`${tf.prompt.ar} (صح أم خطأ؟)`);
    expect(both.front).toContain('(True or false?)');
    expect(both.back).toContain('>خطأ<br>');
    expect(both.back).toContain('>False<br>');
  });

  it('answers cloze and short items with their answer', () => {
    const cloze = first('cloze');
    expect(exportOne(cloze).front).toContain('____');
    expect(exportOne(cloze).back).toContain(`>${cloze.answer.ar}<br>`);
    const short = first('short');
    expect(exportOne(short, { lang: 'en' }).back).toContain(`>${short.answer.en}<br>`);
  });

  it('shows matching and ordering items scrambled on the front and solved on the back', () => {
    for (const item of ITEMS) {
      if (item.type === 'matching') {
        const note = exportOne(item);
        const rights = [...note.front.matchAll(/• ([^<]*)/g)].map((m) => m[1]);
        expect(rights).toHaveLength(item.pairs.length);
        expect(rights).not.toEqual(item.pairs.map((p) => p.right.ar));
        expect(new Set(rights)).toEqual(new Set(item.pairs.map((p) => p.right.ar)));
        for (const p of item.pairs) expect(note.back).toContain(`${p.left.ar} – ${p.right.ar}`);
      }
      if (item.type === 'ordering') {
        const note = exportOne(item);
        const shown = [...note.front.matchAll(/• ([^<]*)/g)].map((m) => m[1]);
        expect(shown).not.toEqual(item.sequence.map((s) => s.ar));
        expect(new Set(shown)).toEqual(new Set(item.sequence.map((s) => s.ar)));
        item.sequence.forEach((s, i) => {
          expect(note.back).toContain(`${i + 1}) ${s.ar}${s.date ? ` (${s.date})` : ''}`);
        });
      }
    }
    expect(ankiExport(ITEMS, OPTS)).toBe(ankiExport(ITEMS, OPTS));
  });

  it('keeps any text inside its field and escaped', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    fc.assert(
      fc.property(
        text,
        text,
        text,
        fc.constantFrom<AnkiLang>('ar', 'en', 'both'),
        (a, b, c, lang) => {
          const item = hostile({
            topic: c || 't',
            prompt: { ar: a || 'x', en: b || 'y' },
            explanation: { ar: b || 'x', en: c || 'y' }
          });
          const { notes, fields } = read(ankiExport([item, item], { lang, deckName: c }));
          expect(notes).toHaveLength(2);
          for (const f of fields) expect(f).toHaveLength(5);
          for (const note of notes) {
            expect(withoutOwnMarkup(note.front)).not.toMatch(/[<>"\r\n\t]/);
            expect(withoutOwnMarkup(note.back)).not.toMatch(/[<>"\r\n\t]/);
            expect(note.tags).toMatch(/^\S+( \S+)?$/);
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
