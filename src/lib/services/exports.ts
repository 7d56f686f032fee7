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

/** The first article's items as a tab-separated file Anki imports, in the interface language. */
export function downloadAnki(lang: Lang): void {
  const article = bank.articles[0];
  if (!article) return;
  const text = ankiExport(bank.items, {
    lang,
    deckName: ankiDeckName(
      lang === 'en' && article.meta.title.en ? article.meta.title.en : article.meta.title.ar
    )
  });
  downloadFile(`dars-${article.slug}-anki.txt`, text, 'text/plain;charset=utf-8');
}
