// Makes a date, a number and a list format of each locale it is sent, then says so: the first Intl
// format a page makes loads the locale's data, and that data is shared by the page's threads.
self.onmessage = (event: MessageEvent<string[]>) => {
  for (const locale of event.data) {
    new Intl.DateTimeFormat(locale, { calendar: 'gregory', dateStyle: 'long' }).format(0);
    new Intl.NumberFormat(locale, { style: 'percent' }).format(0.5);
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(['a', 'b']);
  }
  self.postMessage('done');
};
