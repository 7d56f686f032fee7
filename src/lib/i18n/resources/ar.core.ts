/** نصوص الهيكل: الترويسة والتنقل وحالة الاتصال وشاشة «اليوم»، وهي كل ما تحتاج إليه الشاشة الأولى. */
export default {
  app: {
    name: 'درس',
    tagline: 'حوِّل المقال إلى درس لا يُنسى',
    skip: 'انتقل إلى المحتوى'
  },
  nav: {
    label: 'التنقل الرئيسي',
    today: 'اليوم',
    study: 'المراجعة',
    quiz: 'اختبار',
    class: 'الصف',
    courses: 'الدروس',
    article: 'المقال',
    cards: 'البطاقات',
    stats: 'الإحصاءات',
    settings: 'الإعدادات',
    more: 'المزيد'
  },
  lang: {
    switch: 'اللغة',
    switchTo: 'English'
  },
  theme: {
    toggle: 'المظهر: {{name}}',
    system: 'حسب النظام',
    light: 'فاتحة',
    dark: 'داكنة'
  },
  status: {
    offline: 'أنت غير متصل بالإنترنت، وكل شيء يعمل كالمعتاد.'
  },
  today: {
    title: 'اليوم',
    greeting: 'هل أنت مستعد لدرس اليوم؟',
    due: 'مستحقة',
    new: 'جديدة',
    studyNow: 'ابدأ المراجعة',
    quickQuiz: 'اختبار سريع',
    classQuiz: 'اختبار الصف',
    mastery: 'الإتقان حسب الموضوع',
    emptyTitle: 'لا تقدّم بعد',
    emptyBody: 'راجع بعض البطاقات وسيظهر هنا مدى إتقانك لكل موضوع.',
    cards_zero: 'لا بطاقات',
    cards_one: 'بطاقة واحدة',
    cards_two: 'بطاقتان',
    cards_few: '{{count, num}} بطاقات',
    cards_many: '{{count, num}} بطاقة',
    cards_other: '{{count, num}} بطاقة'
  },
  profile: {
    label: 'الملف الشخصي',
    me: 'أنا'
  }
};
