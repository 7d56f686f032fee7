/** نصوص الهيكل: الترويسة والتنقل وحالة الاتصال وشاشة «اليوم»، وهي كل ما تحتاج إليه الشاشة الأولى. */
export default {
  app: {
    name: 'درس',
    tagline: 'مقالٌ يصير درسًا لا يُنسى',
    skip: 'الانتقال إلى المحتوى'
  },
  nav: {
    label: 'التنقل الرئيسي',
    today: 'اليوم',
    study: 'المراجعة',
    quiz: 'الاختبار',
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
    toggle: 'السمة: {{name}}',
    system: 'حسب النظام',
    light: 'فاتحة',
    dark: 'داكنة'
  },
  status: {
    offline: 'لا اتصال بالإنترنت، وكل شيء يعمل كالمعتاد.'
  },
  today: {
    title: 'اليوم',
    greeting: 'مراجعة اليوم في انتظارك.',
    due: 'مستحقة',
    new: 'جديدة',
    studyNow: 'بدء المراجعة',
    quickQuiz: 'اختبار سريع',
    classQuiz: 'اختبار الصف',
    mastery: 'الإتقان حسب الموضوع',
    emptyTitle: 'لا تقدّم بعد',
    emptyBody: 'بعد مراجعة بعض البطاقات يظهر هنا مدى الإتقان في كل موضوع.',
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
