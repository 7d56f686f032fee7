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
    offline: 'You are offline. Everything keeps working.',
    blocked: 'Dars is open in another tab with an older version. Close the other tabs to continue.',
    stale: 'Dars was updated in another tab. Reload this page to keep working.',
    unavailable:
      'Storage is not available in this browser, so your progress will not be saved. Private browsing may be the cause.',
    reload: 'Reload'
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
