import { ankiDeckName, ankiExport } from '$lib/domain/anki';
import type { Lang } from '$lib/i18n/locales';
import { bank } from '$lib/state/bank.svelte';

/** Hands a file to the browser's downloads. CSV gets a byte-order mark so spreadsheets read UTF-8. */
export function downloadFile(name: string, text: string, type: string): void {
  const bom = type.startsWith('text/csv') ? '\uFEFF' : '';
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([bom + text], { type }));
  a.download = name;
  a.click();
  // Revoked once the download has taken the file.
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/**
 * Every course's items as one tab-separated file Anki imports, in the interface language: each
 * course's notes in a deck of its own (the deck is a column of every note, so one header serves).
 * The courses are loaded first if no screen has loaded them (Settings reads no bank on its own).
 */
export async function downloadAnki(lang: Lang): Promise<void> {
  await bank.load();
  const courses = bank.courses;
  const lines = courses.flatMap((course, i) => {
    const title =
      lang === 'en' && course.meta.title.en ? course.meta.title.en : course.meta.title.ar;
    const text = ankiExport(course.items, { lang, deckName: ankiDeckName(title) });
    const all = text.split('\n').filter((line) => line !== '');
    return i === 0 ? all : all.filter((line) => !line.startsWith('#'));
  });
  if (lines.length === 0) return;
  const name = courses.length === 1 ? `dars-${courses[0]!.slug}-anki.txt` : 'dars-anki.txt';
  downloadFile(name, `${lines.join('\n')}\n`, 'text/plain;charset=utf-8');
}
