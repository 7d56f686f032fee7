// Asserts the item UI on a phone (360×740, touch only): an ordering flashcard can be tried from
// its front; in matching, a second tap on the picked item keeps it and every option usable, a pair
// shows on both sides and is undone by a tap; every control is at least 44×44 px and nothing
// overflows the screen. And, in both languages, a quiz's matching and ordering mistakes show what
// the student answered and what was right.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openRoute, test, type Lang } from './fixtures';
import {
  againButton,
  item,
  matches,
  mistakes,
  orderList,
  rightAnswer,
  terms,
  verdict,
  yourAnswer
} from './locators';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
// Each test takes a five-question quiz by taps (up to some forty), and two run axe: 6–20 s alone
// on a 2-core machine, up to twice that when it is busy.
test.describe.configure({ timeout: 60_000 });

const L = {
  en: {
    matching: 'Matching',
    ordering: 'Order the events',
    start: 'Start quiz',
    check: 'Check',
    next: 'Next',
    finish: 'Finish',
    pair: 'Pair 1'
  },
  ar: {
    matching: 'مطابقة',
    ordering: 'ترتيب الأحداث',
    start: 'بدء الاختبار',
    check: 'تحقّق',
    next: 'التالي',
    finish: 'إنهاء الاختبار',
    pair: 'الزوج 1'
  }
} as const;

async function startQuiz(page: Page, lang: Lang, types: ('matching' | 'ordering')[]) {
  await openRoute(page, '/quiz', lang);
  for (const type of types) await page.getByRole('checkbox', { name: L[lang][type] }).check();
  await page.getByRole('radio', { name: '5' }).check();
  await page.getByRole('button', { name: L[lang].start }).tap();
  await expect(item(page)).toBeVisible();
}

async function checkAndMoveOn(page: Page, lang: Lang, last: boolean) {
  await page.getByRole('button', { name: L[lang].check, exact: true }).tap();
  await expect(verdict(page)).toBeVisible();
  await page.getByRole('button', { name: last ? L[lang].finish : L[lang].next, exact: true }).tap();
}

/** axe finds nothing to fault on the page as it stands. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)
  ).toEqual([]);
}

/** Every button of the item is at least 44×44 px, and the page is no wider than the screen. */
async function expectTouchable(page: Page, scope: Locator) {
  for (const button of await scope.getByRole('button').all()) {
    const box = (await button.boundingBox())!;
    const name = (await button.textContent()) ?? '';
    expect(box.width, name).toBeGreaterThanOrEqual(44);
    expect(box.height, name).toBeGreaterThanOrEqual(44);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test('an ordering flashcard shows its events on the front and can be ordered and checked', async ({
  page
}) => {
  // Ordering mistakes in a quiz, then "Study these": the flashcards start with them. A quiz holds
  // one item of a sibling group, so it has as many questions as the seed's ordering items have
  // groups (fewer than the five asked for).
  await startQuiz(page, 'en', ['ordering']);
  const heading = page.getByText(/^Question 1 of \d+$/);
  await expect(heading).toBeVisible();
  const count = Number((await heading.textContent())!.replace(/\D+/gu, ' ').trim().split(' ')[1]);
  expect(count).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < count; i++) await checkAndMoveOn(page, 'en', i === count - 1);
  await page.getByRole('button', { name: 'Study these' }).tap();
  await expect(page.getByText('They are now first in today’s flashcards.')).toBeVisible();
  await openRoute(page, '/study');

  const events = orderList(page).getByRole('listitem');
  await expect(events.nth(1)).toBeVisible();
  await expectTouchable(page, item(page));
  const down = events.first().getByRole('button', { name: /^Move down/ });
  const first = (await down.getAttribute('aria-label'))!.replace('Move down: ', '');
  await down.tap();
  await expect(events.nth(1)).toContainText(first);
  await item(page).getByRole('button', { name: 'Check', exact: true }).tap();
  await expect(verdict(page)).toBeVisible();
  await expect(againButton(page)).toBeVisible();
});

test('matching by touch: a second tap keeps the pick, a pair shows on both sides and a tap undoes it', async ({
  page
}) => {
  await startQuiz(page, 'en', ['matching']);
  await expectTouchable(page, item(page));
  const term = terms(page).first();
  const match = matches(page).nth(1);
  // The two sides look different.
  const background = (l: Locator) => l.evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(await background(term)).not.toBe(await background(match));

  await term.tap();
  await expect(term).toHaveAttribute('aria-pressed', 'true');
  await term.tap();
  await expect(term).toHaveAttribute('aria-pressed', 'true');
  for (const option of [...(await terms(page).all()), ...(await matches(page).all())]) {
    await expect(option).toBeEnabled();
  }

  await match.tap();
  await expect(term).toHaveAccessibleDescription(L.en.pair);
  await expect(match).toHaveAccessibleDescription(L.en.pair);
  await expect(term).toHaveAttribute('aria-pressed', 'false');
  const edge = (l: Locator) => l.evaluate((e) => getComputedStyle(e).borderTopColor);
  expect(await edge(match)).toBe(await edge(term));
  expect(await edge(terms(page).nth(1))).not.toBe(await edge(term));
  await terms(page).nth(1).tap();
  await expectAccessible(page);
  await terms(page).nth(1).tap();

  await match.tap();
  await expect(term).toHaveAccessibleDescription('');
  await expect(match).toHaveAccessibleDescription('');
  await expect(match).toHaveAttribute('aria-pressed', 'true');
});

for (const lang of ['en', 'ar'] as const) {
  test(`matching and ordering mistakes show the answer given and the right one, in ${lang}`, async ({
    page
  }) => {
    await startQuiz(page, lang, ['matching', 'ordering']);
    for (let i = 0; i < 5; i++) {
      await expect(verdict(page)).toBeHidden(); // the next question, not the one just checked
      if ((await terms(page).count()) > 0) {
        // Each term with the match shown beside it: the matches are never shown in line.
        const n = await terms(page).count();
        for (let k = 0; k < n; k++) {
          await terms(page).nth(k).tap();
          await matches(page).nth(k).tap();
        }
      } else {
        // Down and back up: the starting order (never the right one) becomes the answer.
        const events = orderList(page).getByRole('listitem');
        await events.first().getByRole('button').nth(1).tap();
        await events.nth(1).getByRole('button').first().tap();
      }
      await checkAndMoveOn(page, lang, i === 4);
    }
    await expect(mistakes(page)).toHaveCount(5);
    let kinds = 0;
    for (const mistake of await mistakes(page).all()) {
      const given = yourAnswer(mistake).getByRole('listitem');
      const right = rightAnswer(mistake).getByRole('listitem');
      expect(await given.count()).toBeGreaterThanOrEqual(2);
      await expect(right).toHaveCount(await given.count());
      expect(await given.allTextContents()).not.toEqual(await right.allTextContents());
      kinds |=
        (await mistake
          .getByRole('list')
          .first()
          .evaluate((e) => e.tagName)) === 'OL'
          ? 1
          : 2;
    }
    expect(kinds).toBe(3);
    await expectAccessible(page);
  });
}
