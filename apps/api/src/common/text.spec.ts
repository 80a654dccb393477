import { cleanText, forLog } from './text';
import { canonicalTimeZone, localDateProblem } from './validators';

describe('text rules', () => {
  it('trims one-line text and refuses control characters, NUL and lone surrogates', () => {
    expect(cleanText('  Alex  ', 'LINE')).toEqual({ ok: true, value: 'Alex' });
    expect(cleanText('A\nB', 'LINE').ok).toBe(false);
    expect(cleanText('A\u0000B', 'MULTILINE').ok).toBe(false);
    expect(cleanText('A\ud800B', 'LINE').ok).toBe(false);
    expect(cleanText('A\udc00', 'SECRET').ok).toBe(false);
    // A complete surrogate pair is an emoji, not a problem.
    expect(cleanText('Tea 🍵', 'LINE')).toEqual({ ok: true, value: 'Tea 🍵' });
  });

  it('keeps line breaks and tabs in several lines, as LF', () => {
    expect(cleanText(' One\r\nTwo\tthree\rfour ', 'MULTILINE')).toEqual({
      ok: true,
      value: 'One\nTwo\tthree\nfour',
    });
    expect(cleanText('One\u001b[2J', 'MULTILINE').ok).toBe(false);
  });

  it('keeps secrets exactly as typed', () => {
    expect(cleanText('  spaced out  ', 'SECRET')).toEqual({ ok: true, value: '  spaced out  ' });
    expect(cleanText('bell\u0007', 'SECRET').ok).toBe(false);
  });

  it('writes control characters and lone surrogates to the log as escapes', () => {
    expect(forLog('a\nFAKE LOG LINE\u001b[31m\ud800')).toBe(
      'a\\u000aFAKE LOG LINE\\u001b[31m\\ud800',
    );
    expect(forLog('plain 🍵')).toBe('plain 🍵');
  });
});

describe('dates and time zones', () => {
  it('accepts real calendar days only, within a range', () => {
    for (const bad of ['2026-13-01', '0000-01-01', '2026-02-30', '9999-12-31', '2026-3-1', ''])
      expect(localDateProblem(bad)).not.toBeNull();
    expect(localDateProblem('2028-02-29')).toBeNull();
    expect(localDateProblem('1989-12-31', { notBefore: '1990-01-01' })).not.toBeNull();
    expect(localDateProblem('2990-01-01', { maxDaysAhead: 366 })).not.toBeNull();
  });

  it('canonicalises IANA zones and refuses offsets and unknown names', () => {
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
    expect(canonicalTimeZone('EUROPE/LONDON')).toBe('Europe/London');
    expect(canonicalTimeZone('+05:00')).toBeNull();
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
  });
});
