import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';
import { roleLabel } from './role-label';
import { messageKeys, messageOf, translate, type MessageKey, type Translate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const tIn =
  (locale: 'nl' | 'en'): Translate =>
  (key, ...params) =>
    translate(locale, key, ...params);

describe('message catalogues', () => {
  it('English has exactly the Dutch keys, none empty', () => {
    expect(messageKeys('en').sort()).toEqual(messageKeys('nl').sort());
    for (const key of messageKeys('nl') as MessageKey[]) {
      expect(messageOf('nl', key).trim(), key).not.toBe('');
      expect(messageOf('en', key).trim(), key).not.toBe('');
    }
  });

  it('every message uses the same placeholders in both languages', () => {
    for (const key of messageKeys('nl') as MessageKey[]) {
      expect(placeholders(messageOf('en', key)), key).toEqual(placeholders(messageOf('nl', key)));
    }
  });

  it('fills placeholders and leaves plain messages alone', () => {
    expect(translate('nl', 'teams.memberCount', { count: 3 })).toBe('3 leden');
    expect(translate('en', 'team.revoked', { email: 'a@b.nl' })).toBe('Invitation for a@b.nl revoked');
    expect(translate('nl', 'login.title')).toBe('Inloggen');
  });

  it('an unknown key or a missing parameter does not typecheck', () => {
    // These lines are checked by `tsc -p apps/web`: the directives fail the build if the calls ever compile.
    // @ts-expect-error unknown message key
    expect(translate('nl', 'login.nonexistent')).toBe('login.nonexistent');
    // @ts-expect-error the message needs {count}
    expect(translate('nl', 'teams.memberCount')).toBe('{count} leden');
  });

  it('labels roles in Dutch and English', () => {
    expect(roleLabel(tIn('nl'), 'admin')).toBe('Beheerder');
    expect(roleLabel(tIn('nl'), 'viewer')).toBe('Meelezer');
    expect(roleLabel(tIn('en'), 'quality-advisor')).toBe('Quality advisor');
  });
});

describe('dates', () => {
  const date = new Date(2026, 2, 7, 9, 5);

  it('writes dd-mm-jjjj in Dutch and dd/mm/yyyy in English', () => {
    expect(formatDate(date, 'nl')).toBe('07-03-2026');
    expect(formatDate(date, 'en')).toBe('07/03/2026');
  });

  it('adds a 24-hour time', () => {
    expect(formatDateTime(new Date(2026, 11, 31, 23, 59), 'nl')).toBe('31-12-2026 23:59');
  });

  it('accepts ISO timestamps', () => {
    const iso = new Date(2025, 0, 2, 12, 0).toISOString();
    expect(formatDate(iso, 'nl')).toBe('02-01-2025');
  });
});
