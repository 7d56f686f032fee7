import type { BaseIssue } from 'valibot';

// Where a file being read goes wrong, said the same way for every file the app reads (backups,
// course files): the first problem's path and what is wrong there.

/** `text` cut to `max` characters, with an ellipsis when cut. */
export const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max)}…` : text;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function pathOf(issue: BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(clip(String(key), 40))}]`;
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  Object: 'an object',
  Array: 'a list'
};

function describe(issue: BaseIssue<unknown>): string {
  const requirement = (issue as { requirement?: unknown }).requirement;
  const one = requirement === 1;
  const unit =
    typeof issue.input === 'string'
      ? one
        ? 'character'
        : 'characters'
      : one
        ? 'entry'
        : 'entries';
  switch (issue.type) {
    case 'raw_check':
    case 'custom':
      return issue.message;
    case 'finite':
      return 'expected a finite number';
    case 'integer':
      return 'expected a whole number';
    case 'min_value':
      return `expected at least ${String(requirement)}`;
    case 'max_value':
      return `expected at most ${String(requirement)}`;
    case 'min_length':
      return `expected at least ${String(requirement)} ${unit}`;
    case 'max_length':
    case 'max_entries':
      return `more than ${String(requirement)} ${unit}`;
  }
  if (issue.kind === 'schema') {
    if (issue.received === 'undefined') return 'missing';
    const expected = (issue.expected ?? '').replace(/^\((.*)\)$/s, '$1');
    return `expected ${TYPE_NAMES[expected] ?? (expected.includes('|') ? `one of ${expected}` : expected)}`;
  }
  return issue.message;
}

/** "cards[3].due: expected a number": where the first problem is, and what it is. */
export function detailOf(issues: readonly BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid';
  const path = pathOf(issue);
  const message = describe(issue);
  const raw = issue.type === 'raw_check' && !issue.path;
  return clip(raw || !path ? message : `${path}: ${message}`, 300);
}
