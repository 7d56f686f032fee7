import type { ArticleBank, Item } from '$lib/domain/bank';

/**
 * The question bank, loaded on first use (it is not part of the first page's code) from the static
 * JSON that the service worker precaches, and validated before the app trusts it.
 */
class BankState {
  articles = $state.raw<ArticleBank[]>([]);
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  error = $state<string | null>(null);
  #items = new Map<string, Item>();
  #loading: Promise<void> | null = null;

  /** Every item of every article, in bank order. */
  get items(): Item[] {
    return this.articles.flatMap((a) => a.items);
  }

  item(id: string): Item | undefined {
    return this.#items.get(id);
  }

  /** A topic's name in the language asked for, or its id when the bank does not know it. */
  topicName(id: string, lang: 'ar' | 'en'): string {
    const topic = this.articles.flatMap((a) => a.topics).find((x) => x.id === id);
    return topic ? topic[lang] : id;
  }

  /** A paragraph of the (first) article by id, p-1 … p-N. */
  paragraph(id: string): ArticleBank['paragraphs'][number] | undefined {
    return this.articles[0]?.paragraphs.find((p) => p.id === id);
  }

  /** A version that changes whenever any article's bank changes. */
  get version(): string {
    return this.articles.map((a) => a.bankVersion).join('+');
  }

  load(): Promise<void> {
    this.#loading ??= this.#load().catch((e: unknown) => {
      this.status = 'error';
      this.error = e instanceof Error ? e.message : String(e);
      this.#loading = null;
    });
    return this.#loading;
  }

  async #load(): Promise<void> {
    this.status = 'loading';
    // The schema's code loads with the bank, not with the first page.
    const { parseArticleBank, parseBankIndex } = await import('$lib/domain/bank');
    const index = parseBankIndex(await fetchJson('/bank/index.json'));
    const articles = await Promise.all(
      index.articles.map(async (a) => parseArticleBank(await fetchJson(`/bank/${a.file}`)))
    );
    this.#items = new Map(articles.flatMap((a) => a.items.map((item) => [item.id, item])));
    this.articles = articles;
    this.status = 'ready';
  }
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

export const bank = new BankState();
