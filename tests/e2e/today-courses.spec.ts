// Asserts what Today says is being studied, in both languages: with one course, its title, source
// and date and a link to read it, and on a first visit (no review yet) the advice to read it first,
// gone after a grade. Then Today's course filter: with one course there is none; with a course made
// on the device it lists every course ("All courses" with their number and a link to the list),
// and picking one names its source and links to its article, and narrows Today's Study and Quiz
// buttons and its mastery by topic to that course ("All courses" widens them again).
// Study and Quiz have the same picker of their own, which narrows them through `?course=`.
import { HEALTH_COURSE, HEALTH_TITLE, healthCourse, seedCourse } from './course-seed';
import { expect, gradeShown, nav, openRoute, test } from './fixtures';
import { pageHeading, region } from './locators';

const LABELS = {
  en: {
    course: 'Course',
    all: 'All courses',
    builtIn: 'An Unprecedented Rapprochement Between Iran and Russia',
    study: 'Study now',
    quiz: 'Quick quiz',
    mastery: 'Mastery by topic',
    today: 'Today',
    read: 'Read the article',
    readFirst: 'New here? Read the article first: every question comes from it.',
    date: 'January 10, 2023',
    count: '2 courses',
    seeCourses: 'See every course'
  },
  ar: {
    course: 'الدرس',
    all: 'كل الدروس',
    builtIn: 'تقارب غير مسبوق بين إيران وروسيا',
    study: 'بدء المراجعة',
    quiz: 'اختبار سريع',
    mastery: 'الإتقان حسب الموضوع',
    today: 'اليوم',
    read: 'قراءة المقال',
    readFirst: 'أول زيارة؟ يُستحسن البدء بقراءة المقال، فمنه أُخذت الأسئلة كلها.',
    date: '10 يناير 2023',
    count: 'درسان',
    seeCourses: 'عرض كل الدروس'
  }
} as const;

for (const lang of ['en', 'ar'] as const) {
  test(`Today names its course and, on a first visit, says to read it first, in ${lang}`, async ({
    page
  }) => {
    const l = LABELS[lang];
    await openRoute(page, '/', lang);
    const course = region(page, l.course);
    await expect(course.getByRole('heading', { name: l.builtIn })).toBeVisible();
    await expect(course).toContainText(`Foreign Policy · ${l.date}`);
    await expect(course.getByText(l.readFirst)).toBeVisible();
    const read = course.getByRole('link', { name: l.read });
    await expect(read).toHaveAttribute('href', '/article/iran-russia-2023');

    await page.getByRole('link', { name: l.study }).click();
    await gradeShown(page);
    await nav(page).getByRole('link', { name: l.today }).click();
    await expect(page.getByTestId('new-count')).not.toHaveText('…');
    await expect(read).toBeVisible();
    await expect(course.getByText(l.readFirst)).toHaveCount(0);
  });

  test(`Today narrows to one course in ${lang}`, async ({ page }) => {
    const l = LABELS[lang];
    await openRoute(page, '/', lang);
    await expect(page.getByTestId('new-count')).not.toHaveText('…');
    // One course: no filter.
    await expect(page.getByRole('combobox', { name: l.course })).toHaveCount(0);

    await seedCourse(page);
    await openRoute(page, '/study?course=' + HEALTH_COURSE);
    await gradeShown(page);
    await nav(page).getByRole('link', { name: l.today }).click();
    await expect(pageHeading(page)).toHaveText(l.today);
    const filter = page.getByRole('combobox', { name: l.course });
    await expect(filter.getByRole('option')).toHaveText([l.all, l.builtIn, HEALTH_TITLE]);
    const topics = region(page, l.mastery).getByRole('listitem');
    // Every course's topics: the built-in course's and the health article's.
    await expect(topics.nth(1)).toBeVisible();
    const all = await topics.count();
    const course = region(page, l.course);
    await expect(course).toContainText(l.count);
    await expect(course.getByRole('link', { name: l.seeCourses })).toHaveAttribute(
      'href',
      '/courses'
    );

    await filter.selectOption(HEALTH_COURSE);
    await expect(course).toContainText('صحيفة الصحة اليوم');
    await expect(course.getByRole('link', { name: l.read })).toHaveAttribute(
      'href',
      `/article/${HEALTH_COURSE}`
    );
    await expect(page.getByRole('link', { name: l.study })).toHaveAttribute(
      'href',
      `/study?course=${HEALTH_COURSE}`
    );
    await expect(page.getByRole('link', { name: l.quiz })).toHaveAttribute(
      'href',
      `/quiz?course=${HEALTH_COURSE}`
    );
    const topic = healthCourse().bank.topics[0]!;
    await expect(topics).toHaveText([
      new RegExp(lang === 'en' ? (topic.en ?? topic.ar) : topic.ar)
    ]);

    await filter.selectOption({ label: l.all });
    await expect(page.getByRole('link', { name: l.study })).toHaveAttribute('href', '/study');
    await expect(topics).toHaveCount(all);
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`Study and Quiz pick their course themselves in ${lang}`, async ({ page }) => {
    // Study opened three times (before and after a course is stored, then narrowed), a card
    // revealed, then Quiz: a budget of its own.
    test.slow();
    const l = LABELS[lang];
    await openRoute(page, '/study', lang);
    await expect(page.getByRole('combobox', { name: l.course })).toHaveCount(0);
    await seedCourse(page);
    await openRoute(page, '/study', lang);
    const picker = page.getByRole('combobox', { name: l.course });
    await expect(picker.getByRole('option')).toHaveText([l.all, l.builtIn, HEALTH_TITLE]);
    await expect(picker).toHaveValue('');

    await picker.selectOption(HEALTH_COURSE);
    await expect(page).toHaveURL(new RegExp(`/study\\?(lang=\\w+&)?course=${HEALTH_COURSE}$`));
    // The card now shown is the health course's: its evidence opens that course's article.
    // The picker keeps the focus (Space would open it): the key goes to the page. The session
    // restarts for the course after the URL changes, so a Space that turned over the last
    // session's card is pressed again (on a card already turned over it does nothing).
    await pageHeading(page).click();
    const source = page.getByRole('main').getByRole('link', { name: /paragraph|الفقرة/i });
    await expect(async () => {
      await page.keyboard.press('Space');
      await expect(source).toHaveAttribute('href', new RegExp(`^/article/${HEALTH_COURSE}\\?`), {
        timeout: 2_000
      });
    }).toPass();

    await picker.selectOption({ label: l.all });
    await expect(page).toHaveURL(/\/study(\?lang=\w+)?$/);
    await expect(picker).toHaveValue('');

    await openRoute(page, '/quiz', lang);
    const quizPicker = page.getByRole('combobox', { name: l.course });
    await quizPicker.selectOption(HEALTH_COURSE);
    await expect(page).toHaveURL(new RegExp(`/quiz\\?(lang=\\w+&)?course=${HEALTH_COURSE}$`));
  });
}
