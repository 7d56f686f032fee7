// Asserts on a 360×740 touch phone that items of one sentence never meet: a whole day's session
// of new cards (the default limit of 20), each card's sentence read from its evidence link once
// its answer shows, holds no two cards of one sentence, and neither does a self quiz of 20
// (its items read from the stored attempt). Sentences are found by the generator's own splitter
// in the bank the app serves, independently of the sibling groups it stores.
import type { Page } from '@playwright/test';
import type { ArticleBank } from '../../src/lib/domain/bank';
import { splitSentences } from '../../questions/sentences';
import { expect, openRoute, readStores, test } from './fixtures';
import { item, matches, options, orderList, prompt, terms, typedAnswer } from './locators';

const L = {
  en: {
    show: 'Show answer',
    easy: 'Easy',
    done: 'Done for today',
    start: 'Start quiz',
    check: 'Check',
    next: 'Next',
    finish: 'Finish',
    results: 'Results'
  },
  ar: {
    show: 'إظهار الإجابة',
    easy: 'سهل',
    done: 'انتهت مراجعة اليوم',
    start: 'بدء الاختبار',
    check: 'تحقّق',
    next: 'التالي',
    finish: 'إنهاء الاختبار',
    results: 'النتيجة'
  }
} as const;

const SLUG = 'iran-russia-2023';
/** The daily limit of new cards a profile starts with. */
const NEW_PER_DAY = 20;

/** The bank as the app serves it. */
async function servedBank(page: Page): Promise<ArticleBank> {
  return page.evaluate(
    (slug) => fetch(`/bank/${slug}.json`).then((r) => r.json()),
    SLUG
  ) as Promise<ArticleBank>;
}

/** The sentences (`p-N#i`) of its paragraph that a quote's first occurrence overlaps. */
function sentencesOf(bank: ArticleBank, paragraph: string, quote: string): string[] {
  const text = bank.paragraphs.find((p) => p.id === paragraph)?.ar ?? '';
  const from = text.indexOf(quote);
  expect(from, `«${quote}» in ${paragraph}`).toBeGreaterThanOrEqual(0);
  const to = from + quote.length;
  return splitSentences(text)
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.start < to && s.end > from)
    .map(({ i }) => `${paragraph}#${i}`);
}

/** Fails if two of the cards share a sentence; each card is named by what it showed. */
function expectNoSharedSentence(cards: readonly { name: string; sentences: string[] }[]): void {
  const seen = new Map<string, string>();
  for (const card of cards) {
    for (const s of card.sentences) {
      expect(seen.get(s), `${card.name} and ${seen.get(s)} are both on ${s}`).toBeUndefined();
    }
    for (const s of card.sentences) seen.set(s, card.name);
  }
}

for (const lang of ['ar', 'en'] as const) {
  test(`a day's new cards on a phone come from as many sentences, in ${lang}`, async ({
    phone
  }) => {
    // Twenty cards turned over and graded by touch: a budget of its own.
    test.slow();
    const l = L[lang];
    await openRoute(phone, '/study', lang);
    const bank = await servedBank(phone);
    const shown: { name: string; sentences: string[] }[] = [];
    const end = phone.getByRole('heading', { name: l.done });
    for (let n = 0; n < NEW_PER_DAY; n++) {
      await phone.getByRole('button', { name: l.show }).tap();
      // The evidence link names the item's course, its quote and its paragraph.
      const href = await item(phone).locator('a[href^="/article/"]').first().getAttribute('href');
      const url = new URL(href!, 'http://app');
      const quote = url.searchParams.get('q')!;
      const name = `card ${n + 1} («${(await prompt(phone).textContent())?.trim()}»)`;
      shown.push({ name, sentences: sentencesOf(bank, url.hash.slice(1), quote) });
      await phone.getByRole('button', { name: l.easy, exact: true }).tap();
      await expect(phone.getByRole('button', { name: l.show }).or(end)).toBeVisible();
    }
    // The limit reached (Easy sends each card days ahead), the day is done.
    await expect(end).toBeVisible();
    expect(shown).toHaveLength(NEW_PER_DAY);
    expectNoSharedSentence(shown);

    // The log says the same through the item ids: twenty items, twenty sibling groups.
    const { reviews } = await readStores(phone, ['reviews']);
    const logged = (reviews as { itemId: string; sibling: string }[]).map((r) => r.itemId);
    expect(logged).toHaveLength(NEW_PER_DAY);
    const byId = new Map(bank.items.map((i) => [i.id, i]));
    expect(new Set(logged.map((id) => byId.get(id)!.sibling)).size).toBe(NEW_PER_DAY);
  });
}

/** Answers the question on screen by touch: the first option, a typed word, pairs, a move. */
async function answerByTouch(page: Page): Promise<void> {
  if ((await options(page).count()) > 0) {
    await options(page).first().tap();
  } else if ((await typedAnswer(page).count()) > 0) {
    await typedAnswer(page).fill('روسيا');
  } else if ((await terms(page).count()) > 0) {
    const n = await terms(page).count();
    for (let i = 0; i < n; i++) {
      await terms(page).nth(i).tap();
      await matches(page).nth(i).tap();
    }
  } else if ((await orderList(page).count()) > 0) {
    await orderList(page).getByRole('listitem').first().getByRole('button').nth(1).tap();
  }
}

test('a self quiz of 20 on a phone holds no two items of one sentence', async ({ phone }) => {
  // Twenty questions answered and checked by touch: a budget of its own.
  test.slow();
  const l = L.en;
  await openRoute(phone, '/quiz', 'en');
  await phone.getByRole('radio', { name: '20' }).check();
  await phone.getByRole('button', { name: l.start, exact: true }).tap();
  for (let i = 0; i < 20; i++) {
    await expect(item(phone)).toBeVisible();
    await answerByTouch(phone);
    await phone.getByRole('button', { name: l.check, exact: true }).tap();
    await phone.getByRole('button', { name: i === 19 ? l.finish : l.next, exact: true }).tap();
  }
  await expect(phone.getByRole('heading', { name: l.results })).toBeVisible();

  const bank = await servedBank(phone);
  const byId = new Map(bank.items.map((i) => [i.id, i]));
  const { attempts } = await readStores(phone, ['attempts']);
  const plan = (attempts as { plan: { questions: { itemId: string }[] } }[])[0]!.plan;
  expect(plan.questions).toHaveLength(20);
  expectNoSharedSentence(
    plan.questions.map(({ itemId }, i) => {
      const e = byId.get(itemId)!.evidence[0]!;
      return {
        name: `question ${i + 1} (${itemId})`,
        sentences: sentencesOf(bank, e.paragraph, e.quote)
      };
    })
  );
});
