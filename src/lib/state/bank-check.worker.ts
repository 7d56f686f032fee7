// Checks a bank's JSON text against the schema, off the page's thread, and answers null when it
// passes or the problems as text (`bank-check.ts`).
import { parseArticleBank } from '$lib/domain/bank';

self.onmessage = (event: MessageEvent<string>) => {
  try {
    parseArticleBank(JSON.parse(event.data));
    self.postMessage(null);
  } catch (e) {
    self.postMessage(e instanceof Error ? e.message : String(e));
  }
};
