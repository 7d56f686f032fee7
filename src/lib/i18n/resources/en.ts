/** English interface strings. Keys and placeholders must match ar.ts (a unit test checks). */
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
    toggle: 'Theme: {{name}}'
  },
  status: {
    offline: 'You are offline. Everything keeps working.',
    blocked: 'Dars is open in another tab with an older version. Close the other tabs to continue.',
    stale: 'Dars was updated in another tab. Reload this page to keep working.',
    unavailable:
      'Storage is not available in this browser, so your progress will not be saved. Private browsing may be the cause.',
    reload: 'Reload'
  },
  update: {
    title: 'Update available',
    body: 'A new version of Dars is ready.',
    apply: 'Update now',
    later: 'Later'
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
  study: {
    title: 'Study',
    showAnswer: 'Show answer',
    again: 'Again',
    hard: 'Hard',
    good: 'Good',
    easy: 'Easy',
    undo: 'Undo',
    check: 'Check',
    answerPlaceholder: 'Type your answer',
    true: 'True',
    false: 'False',
    trueOrFalse: 'True or false?',
    correct: 'Correct',
    wrong: 'Not quite',
    typo: 'Accepted, with a typo. The right spelling: {{answer}}',
    rightAnswer: 'Answer: {{answer}}',
    explanation: 'Why',
    evidence: 'In the article',
    openParagraph: 'Read paragraph {{n}}',
    progress: '{{done}} of {{total}}',
    remaining: 'Left today',
    leech: 'Leech: you keep forgetting this one. Read its paragraph again.',
    suspend: 'Suspend card',
    suggested: 'Suggested',
    doneTitle: 'Done for today',
    emptyTitle: 'Nothing due right now',
    emptyBody: 'New cards arrive each day. Come back later, or take a quiz.',
    reviewed_one: 'You reviewed {{count, num}} card.',
    reviewed_other: 'You reviewed {{count, num}} cards.',
    accuracy: 'Remembered: {{percent}}',
    nextDue: 'Next card due: {{when}}',
    noneDue: 'No card is scheduled yet.',
    studyAgain: 'Check again',
    saveFailed: 'Your answer could not be saved: {{reason}}. Nothing was lost; try again.',
    loadFailed: 'The question bank could not be loaded.',
    keys: 'Keys: Space shows the answer, 1–4 grade, U undoes.',
    interval: 'Next review in {{time}}',
    newCount: 'New',
    learnCount: 'Learning',
    reviewCount: 'Review'
  },
  types: {
    mcq: 'Multiple choice',
    truefalse: 'True or false',
    cloze: 'Fill in the blank',
    short: 'Short answer',
    matching: 'Matching',
    ordering: 'Order the events'
  },
  placeholder: {
    soon: 'Coming in the next version',
    quiz: 'Build a quiz from any topic or paragraph: multiple choice, true or false, typed answers, matching and ordering.',
    class:
      'Run a class quiz with no internet: a short code puts the same quiz on every device, and each result comes back as a code.',
    article:
      'Read the article in Arabic with the English translation beside it, with people and timeline panels.',
    cards: 'Browse and search every item, filter by topic or state, suspend or reset a card.',
    stats: 'Reviews per day, a calendar heatmap, the due forecast, retention and mastery by topic.',
    back: 'Back to today'
  },
  settings: {
    title: 'Settings',
    appearance: 'Appearance',
    language: 'Interface language',
    digits: 'Digits in the Arabic interface',
    digitsLatn: 'Western',
    digitsArab: 'Eastern Arabic',
    digitsHint: 'Affects the Arabic interface only.',
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    textSize: 'Text size',
    textSm: 'Small',
    textMd: 'Medium',
    textLg: 'Large',
    textXl: 'Extra large',
    preview: 'Sample',
    storage: 'Storage on this device',
    persistent: 'Protected: the browser will not clear your data on its own.',
    notPersistent: 'Not protected: the browser may clear your data when space runs low.',
    persistUnknown: 'This browser does not say whether your data is protected.',
    protect: 'Protect my data',
    protectRefused: 'The browser declined for now. Installing the app usually allows it.',
    usage: '{{used}} used of {{quota}} available',
    usageUnknown: 'This browser does not report how much space is used.',
    saved: 'Saved',
    saveFailed: 'Could not save the setting: {{reason}}'
  },
  notFound: {
    title: 'Page not found',
    body: 'There is nothing at this address.'
  }
} as const;
