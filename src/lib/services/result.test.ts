// Asserts the services' promise to the screens: a write never throws, a refused one carries the
// reason the notice explains, and with no database open a write is refused as 'closed' instead of
// doing nothing.
import { describe, expect, it } from 'vitest';
import { saveCard } from './cards';
import { addClassResult, saveClassQuiz } from './classes';
import { createProfile, renameProfile } from './profiles';
import { attempt, openRecords, StorageError } from './result';
import { saveStudySettings } from './settings';

describe('attempt', () => {
  it('gives the value of a write that went through', async () => {
    expect(await attempt(async () => 3)).toEqual({ ok: true, value: 3 });
  });

  it('turns what the browser throws into a reason', async () => {
    const full = await attempt(() =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    );
    const closed = await attempt(() =>
      Promise.reject(new DOMException('The database connection is closing.', 'InvalidStateError'))
    );
    const other = await attempt(() => Promise.reject(new TypeError('boom')));
    expect([full, closed, other].map((s) => !s.ok && s.error.reason)).toEqual([
      'quota',
      'closed',
      'unknown'
    ]);
    expect(!other.ok && other.error).toBeInstanceOf(StorageError);
  });
});

describe('with no database open', () => {
  it('refuses every write as closed', async () => {
    const card = { profileId: 'default', itemId: 'x' } as Parameters<typeof saveCard>[0];
    const quiz = { code: 'ABCD' } as Parameters<typeof saveClassQuiz>[0];
    const result = { key: 'k', name: 'n', answers: [], addedAt: 0 };
    const saved = await Promise.all([
      saveCard(card),
      saveClassQuiz(quiz),
      addClassResult('ABCD', result),
      createProfile('Layla', 0),
      renameProfile('default', 'Sam'),
      saveStudySettings({ queue: { newPerDay: 7 } })
    ]);
    expect(saved.map((s) => (s.ok ? 'ok' : s.error.reason))).toEqual(Array(6).fill('closed'));
    await expect(openRecords()).rejects.toMatchObject({ reason: 'closed' });
  });
});
