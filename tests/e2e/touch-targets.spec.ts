// Asserts that every control on every screen, in both languages, on a 360×740 touch phone, offers
// a touch area of at least 44×44 CSS px (WCAG 2.5.5): buttons, links, fields, selects, summaries
// and anything focusable, measured by its box (a field wrapped by its label by the label's box).
// A control whose box is smaller passes only if a 44×44 square centred on it hits the control
// everywhere (an enlarged hit area), probed with elementFromPoint. Screens are visited in the states
// a person reaches by acting too: a revealed study card with its menu, a quiz in progress and its
// results with mistakes, the reader, a card's detail, statistics after reviews, a class quiz.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { ROUTES, expect, openRoute, test, type Lang } from './fixtures';
import { cardRows, cardSummary, mistakes, prompt } from './locators';

const MIN = 44;
const HEALTH = readFileSync('tests/fixtures/health-article.txt', 'utf8');
const HEALTH_TITLE = 'حملة وطنية لتلقيح الأطفال ضد الحصبة في المغرب';

const L = {
  en: {
    show: 'Show answer',
    good: 'Good',
    menu: 'Card options',
    types: ['Matching', 'Order the events'],
    start: 'Start quiz',
    check: 'Check',
    next: /^(Next|Finish)$/,
    teacher: 'I am the teacher',
    create: 'Create class quiz',
    student: 'I am a student',
    code: 'Quiz code from your teacher',
    name: 'Your name',
    join: 'Join the quiz',
    text: 'Article text',
    make: 'Make questions',
    save: 'Save course',
    newName: 'New profile name',
    addProfile: 'Add profile',
    profile: 'Profile'
  },
  ar: {
    show: 'إظهار الإجابة',
    good: 'جيد',
    menu: 'خيارات البطاقة',
    types: ['مطابقة', 'ترتيب الأحداث'],
    start: 'بدء الاختبار',
    check: 'تحقّق',
    next: /^(التالي|إنهاء الاختبار)$/,
    teacher: 'أُدرِّس هذا الصف',
    create: 'إنشاء اختبار الصف',
    student: 'أتعلّم في هذا الصف',
    code: 'رمز الاختبار من معلّمك',
    name: 'اسمك',
    join: 'الانضمام إلى الاختبار',
    text: 'نص المقال',
    make: 'إنشاء الأسئلة',
    save: 'حفظ الدرس',
    newName: 'اسم الملف الشخصي الجديد',
    addProfile: 'إضافة ملف شخصي',
    profile: 'الملف الشخصي'
  }
} as const;

/** What shows once each screen has loaded what it reads (in either language). */
const READY: Record<(typeof ROUTES)[number], (page: Page) => Locator> = {
  '/': (page) => page.getByTestId('due-count').filter({ hasNotText: '…' }),
  '/study': (page) => prompt(page),
  '/quiz': (page) => page.getByRole('checkbox', { name: /^(Matching|مطابقة)$/ }),
  '/class': (page) => page.getByRole('button', { name: /^(I am the teacher|أُدرِّس هذا الصف)$/ }),
  '/courses': (page) => page.getByRole('link', { name: /^(Read|قراءة)$/ }).first(),
  '/courses/new': (page) => page.getByRole('textbox', { name: /^(Article text|نص المقال)$/ }),
  '/article': (page) => page.getByRole('region', { name: /^(Paragraph|الفقرة) / }).first(),
  '/cards': (page) => cardRows(page).first(),
  '/stats': (page) => page.getByRole('button', { name: /^(30 days|30 يومًا)$/ }),
  '/settings': (page) =>
    page.getByRole('checkbox', {
      name: /^(Show new cards in random order|عرض البطاقات الجديدة بترتيب عشوائي)$/
    })
};

/** Opens a route and waits until it has loaded what it reads. */
async function open(page: Page, route: (typeof ROUTES)[number], lang: Lang): Promise<void> {
  await openRoute(page, route, lang);
  await expect(READY[route](page)).toBeVisible();
}

/** A control under the minimum: what it says and its size. */
interface Offender {
  what: string;
  width: number;
  height: number;
}

/**
 * Every visible control on the page whose touch area is under `min` px in either dimension.
 * Runs in the page.
 */
function smallControls(min: number): Offender[] {
  const SELECTOR = [
    'a[href]',
    'button',
    'input:not([type="hidden"])',
    'select',
    'textarea',
    'summary',
    '[role="button"]',
    '[tabindex]:not([tabindex="-1"])'
  ].join(',');
  const fits = (r: DOMRect) => r.width + 0.01 >= min && r.height + 0.01 >= min;
  // A 44×44 square centred on the control, at its corners and edges: all of it must hit the control.
  const hitAreaFits = (el: Element) => {
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const r = el.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const h = min / 2 - 0.5;
    for (const dx of [-h, 0, h]) {
      for (const dy of [-h, 0, h]) {
        const hit = document.elementFromPoint(cx + dx, cy + dy);
        if (!hit || !el.contains(hit)) return false;
      }
    }
    return true;
  };
  const targets = new Set<Element>();
  for (const el of document.querySelectorAll(SELECTOR)) {
    const field = el.matches('input, select, textarea');
    targets.add((field && el.closest('label')) || el);
  }
  const x = scrollX;
  const y = scrollY;
  const out: Offender[] = [];
  for (const el of targets) {
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || fits(r) || hitAreaFits(el)) continue;
    const text = (
      el.getAttribute('aria-label') ??
      (el as HTMLElement).innerText ??
      el.textContent ??
      ''
    )
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 40);
    const tag = el.tagName.toLowerCase();
    const type = el.getAttribute('type');
    out.push({
      what: `${tag}${type ? `[type=${type}]` : ''} "${text}"`,
      width: Math.round(r.width * 10) / 10,
      height: Math.round(r.height * 10) / 10
    });
  }
  scrollTo(x, y);
  return out;
}

/** Collects the page's small controls under a name for the state it is in. */
class Survey {
  readonly found: string[] = [];
  constructor(private readonly page: Page) {}

  async measure(state: string): Promise<void> {
    await this.page.evaluate(() => document.fonts.ready);
    const small = await this.page.evaluate(smallControls, MIN);
    for (const s of small) this.found.push(`${state}: ${s.what} ${s.width}×${s.height}`);
  }

  check(): void {
    expect(this.found, `${this.found.length} controls under ${MIN}×${MIN} px`).toEqual([]);
  }
}

/** Grades `n` cards Good on /study, by touch. */
async function study(page: Page, lang: Lang, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await page.getByRole('button', { name: L[lang].show }).tap();
    // Read once turned over: a cloze's answer fills its blank then.
    const before = await prompt(page).textContent();
    await page.getByRole('button', { name: L[lang].good, exact: true }).tap();
    await expect(prompt(page)).not.toHaveText(before!);
  }
}

for (const lang of ['ar', 'en'] as const) {
  const l = L[lang];

  for (const route of ROUTES) {
    test(`${route}: every control is at least 44×44 on a phone, in ${lang}`, async ({ phone }) => {
      const survey = new Survey(phone);
      await open(phone, route, lang);
      await survey.measure(route);
      survey.check();
    });
  }

  test(`a revealed study card and its menu, in ${lang}`, async ({ phone }) => {
    const survey = new Survey(phone);
    await open(phone, '/study', lang);
    await phone.getByRole('button', { name: l.show }).tap();
    await survey.measure('study, answer shown');
    await phone.getByRole('button', { name: l.menu }).tap();
    await survey.measure('study, card menu');
    survey.check();
  });

  test(`statistics, a card's detail and the reader after reviews, in ${lang}`, async ({
    phone
  }) => {
    // Two cards studied, then three more screens opened and surveyed: a budget of its own.
    test.slow();
    const survey = new Survey(phone);
    await open(phone, '/study', lang);
    await study(phone, lang, 2);
    await open(phone, '/stats', lang);
    await survey.measure('stats after reviews');
    await open(phone, '/cards', lang);
    await cardSummary(cardRows(phone).first()).tap();
    await survey.measure("cards, a card's detail");
    await open(phone, '/article', lang);
    await survey.measure('reader after reviews');
    survey.check();
  });

  test(`a quiz in progress, checked, and its results with mistakes, in ${lang}`, async ({
    phone
  }) => {
    const survey = new Survey(phone);
    await open(phone, '/quiz', lang);
    // Matching and ordering too: their boards and arrows are controls of their own.
    for (const type of l.types) await phone.getByRole('checkbox', { name: type }).check();
    await phone.getByRole('radio', { name: '5', exact: true }).check();
    await phone.getByRole('button', { name: l.start, exact: true }).tap();
    for (let i = 0; i < 5; i++) {
      await expect(prompt(phone)).toBeVisible();
      if (i < 2) await survey.measure(`quiz, question ${i + 1}`);
      // Checked with no answer: every question is a mistake.
      await phone.getByRole('button', { name: l.check, exact: true }).tap();
      if (i < 2) await survey.measure(`quiz, question ${i + 1} checked`);
      await phone.getByRole('button', { name: l.next }).tap();
    }
    await expect(mistakes(phone)).toHaveCount(5);
    await survey.measure('quiz results');
    survey.check();
  });

  test(`a class quiz made by a teacher and taken by a student, in ${lang}`, async ({ phone }) => {
    const survey = new Survey(phone);
    await open(phone, '/class', lang);
    await phone.getByRole('button', { name: l.teacher }).tap();
    await phone.getByRole('radio', { name: '5', exact: true }).check();
    await phone.getByRole('button', { name: l.create }).tap();
    const code = (await phone.getByTestId('class-code').textContent())!.trim();
    await survey.measure('class, quiz made');
    await phone.getByRole('button', { name: l.student }).tap();
    await phone.getByLabel(l.code).fill(code);
    await phone.getByLabel(l.name).fill('Sara');
    await phone.getByRole('button', { name: l.join }).tap();
    for (let i = 0; i < 5; i++) {
      await expect(prompt(phone)).toBeVisible();
      if (i === 0) await survey.measure('class, a question');
      await phone.getByRole('button', { name: l.check, exact: true }).tap();
      if (i === 0) await survey.measure('class, a question checked');
      await phone.getByRole('button', { name: l.next }).tap();
    }
    await expect(phone.getByTestId('result-code')).toBeVisible();
    await survey.measure('class, result code');
    survey.check();
  });

  test(`an article pasted, its questions reviewed, and the course listed, in ${lang}`, async ({
    phone
  }) => {
    const survey = new Survey(phone);
    await open(phone, '/courses/new', lang);
    await phone.getByRole('textbox', { name: l.text }).fill(HEALTH);
    await phone.getByRole('button', { name: l.make, exact: true }).tap();
    await expect(phone.getByRole('button', { name: l.save })).toBeVisible();
    await survey.measure('courses/new, review');
    await phone.getByRole('button', { name: l.save }).tap();
    await expect(phone.getByRole('region', { name: HEALTH_TITLE })).toBeVisible();
    await survey.measure('courses, a course made here');
    survey.check();
  });

  test(`settings with a second profile, its picker in the header, in ${lang}`, async ({
    phone
  }) => {
    const survey = new Survey(phone);
    await open(phone, '/settings', lang);
    await phone.getByLabel(l.newName).fill('Layla');
    await phone.getByRole('button', { name: l.addProfile }).tap();
    await expect(phone.getByRole('combobox', { name: l.profile })).toBeVisible();
    await survey.measure('settings, two profiles');
    survey.check();
  });
}
