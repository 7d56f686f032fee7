import { describe, expect, it } from 'vitest';
import { backupReminder, REMIND_AFTER_DAYS } from './backup-reminder';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 2, 13, 0);

describe('backupReminder', () => {
  it('reminds urgently of a missing backup while the browser may clear the data', () => {
    expect(backupReminder(false, null, NOW)).toEqual({ tone: 'urgent', backup: 'never' });
  });

  it('treats a browser that does not say as one that may clear the data', () => {
    expect(backupReminder(null, null, NOW)).toEqual({ tone: 'urgent', backup: 'never' });
    expect(backupReminder(null, NOW - 8 * DAY, NOW)).toEqual({ tone: 'urgent', backup: 'old' });
  });

  it('reminds calmly of a missing backup once storage is persistent', () => {
    expect(backupReminder(true, null, NOW)).toEqual({ tone: 'calm', backup: 'never' });
  });

  it('comes back a week after a backup while storage is not persistent', () => {
    const week = REMIND_AFTER_DAYS.urgent * DAY;
    expect(backupReminder(false, NOW - week, NOW)).toBeNull();
    expect(backupReminder(false, NOW - week - 1, NOW)).toEqual({ tone: 'urgent', backup: 'old' });
  });

  it('waits a month after a backup once storage is persistent', () => {
    const month = REMIND_AFTER_DAYS.calm * DAY;
    expect(backupReminder(true, NOW - 8 * DAY, NOW)).toBeNull();
    expect(backupReminder(true, NOW - month, NOW)).toBeNull();
    expect(backupReminder(true, NOW - month - 1, NOW)).toEqual({ tone: 'calm', backup: 'old' });
  });

  it('says nothing of a backup stamped later than the clock (a clock set back)', () => {
    expect(backupReminder(false, NOW + DAY, NOW)).toBeNull();
  });
});
