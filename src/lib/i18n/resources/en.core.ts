/** The shell's strings: header, navigation, connection status and the Today screen: all the first screen needs. */
export default {
  app: {
    name: 'Dars',
    tagline: 'Turn an article into a course you remember',
    skip: 'Skip to content'
  },
  nav: {
    label: 'Main',
    today: 'Today',
    study: 'Study',
    quiz: 'Quiz',
    class: 'Class',
    courses: 'Courses',
    article: 'Article',
    cards: 'Cards',
    stats: 'Stats',
    settings: 'Settings',
    more: 'More'
  },
  lang: {
    switch: 'Language',
    switchTo: 'العربية'
  },
  theme: {
    toggle: 'Theme: {{name}}',
    system: 'System',
    light: 'Light',
    dark: 'Dark'
  },
  status: {
    offline: 'You are offline. Everything keeps working.'
  },
  today: {
    title: 'Today',
    greeting: 'Ready for today’s study?',
    due: 'Due',
    new: 'New',
    studyNow: 'Study now',
    quickQuiz: 'Quick quiz',
    classQuiz: 'Class quiz',
    mastery: 'Mastery by topic',
    emptyTitle: 'No progress yet',
    emptyBody: 'Study a few cards and your mastery of each topic will show here.',
    cards_one: '{{count, num}} card',
    cards_other: '{{count, num}} cards'
  },
  profile: {
    label: 'Profile',
    me: 'Me'
  }
};
